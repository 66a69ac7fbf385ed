// The bot works in private chats. In a group or a channel it answers at most once per chat with
// a pointer to the private chat, and nothing from the group reaches the database (the update is
// dropped before it is recorded).
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";
import { DEFAULT_LOCALE } from "../i18n.js";

const REMEMBERED_CHATS = 10_000;

export function privateChatsOnly(): MiddlewareFn<BotContext> {
  const answered = new Set<number>();
  return async (ctx, next) => {
    const chat = ctx.chat ?? ctx.callbackQuery?.message?.chat;
    if (!chat || chat.type === "private") return next();
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    if (answered.has(chat.id) || chat.type === "channel") return;
    if (answered.size >= REMEMBERED_CHATS) answered.clear();
    answered.add(chat.id);
    const text = ctx.deps.i18n.t(DEFAULT_LOCALE, "private-only", { bot: ctx.me.username });
    await ctx.api.sendMessage(chat.id, text).catch((error: unknown) => ctx.deps.logger.debug({ err: error }, "could not answer in a group"));
  };
}
