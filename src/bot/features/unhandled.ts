import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/** Anything no feature understood gets help, never silence. */
export function unhandledFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("callback_query", async (ctx) => {
    ctx.logger.warn({ data: ctx.callbackQuery.data }, "unknown callback");
    await ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
  });
  composer.on("message", (ctx) => ctx.reply(ctx.t("unknown-input")));
  return composer;
}
