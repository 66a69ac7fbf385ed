// A message to another person, in their language. Nobody erased, blocked or without a private
// chat gets anything; a failure is logged, never thrown (what was saved stays saved).
import type { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { BotContext } from "../context.js";
import { userById } from "../views/people.js";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface Note {
  text: string;
  keyboard?: InlineKeyboard;
}

export async function tell(ctx: BotContext, userId: number | null | undefined, note: (t: Translate) => Note): Promise<Message.TextMessage | undefined> {
  if (userId === null || userId === undefined) return undefined;
  const user = await userById(ctx, userId);
  if (!user?.isActive || user.telegramId <= 0n) return undefined;
  const t: Translate = (key, params) => ctx.deps.i18n.t(user.locale, key, params);
  const { text, keyboard } = note(t);
  try {
    return await ctx.api.sendMessage(Number(user.telegramId), text, keyboard ? { reply_markup: keyboard } : {});
  } catch (error) {
    ctx.logger.warn({ err: error, userId }, "could not deliver a message");
    return undefined;
  }
}

/** A route's title as people read it: an erased one is never shown as «». */
export function titleOf(t: Translate, route: { title: string }): string {
  return route.title.trim() || t("route-untitled");
}
