// Control characters never get past the door: texts, captions and the sender's names are
// cleaned before any handler sees them (see domain/text.ts for why).
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import { cleanText } from "../../domain/text.js";

export function cleanIncomingText(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const message = ctx.message as { text?: string; caption?: string } | undefined;
    if (message?.text !== undefined) message.text = cleanText(message.text);
    if (message?.caption !== undefined) message.caption = cleanText(message.caption);
    const from = ctx.from as { first_name: string; last_name?: string; username?: string } | undefined;
    if (from) {
      from.first_name = cleanText(from.first_name);
      if (from.last_name !== undefined) from.last_name = cleanText(from.last_name);
    }
    await next();
  };
}
