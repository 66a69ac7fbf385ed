// Waiting for typed input outside a conversation: what the bot waits for (one kind at a time,
// typed in awaiting.ts), the handler for it, and a checked text answer.
import { InlineKeyboard, type Filter, type MiddlewareFn } from "grammy";
import { inputButtons } from "./callback-data/buttons.js";
import type { BotContext } from "./context.js";
import type { AwaitedInputs, AwaitedKind, Awaiting } from "./awaiting.js";
import { parseField, textSchema } from "../domain/validation.js";
import { issueText } from "./text.js";
import { showScreen } from "./views/screen.js";

export function awaitInput<K extends AwaitedKind>(ctx: BotContext, kind: K, ...payload: AwaitedInputs[K] extends Record<string, never> ? [] : [AwaitedInputs[K]]): void {
  ctx.session.awaiting = { kind, payload: payload[0] ?? {} } as Awaiting;
}

export type MessageContext = Filter<BotContext, "message">;

/**
 * Handles a message when the bot waits for input of `kind`; anything else goes on.
 * The handler gets the payload stored with the wait.
 */
export function whenAwaiting<K extends AwaitedKind>(kind: K, handler: (ctx: MessageContext, payload: AwaitedInputs[K]) => Promise<unknown>): MiddlewareFn<MessageContext> {
  return async (ctx, next) => {
    const awaiting = ctx.session.awaiting;
    if (awaiting?.kind !== kind) return next();
    await handler(ctx, (awaiting.payload ?? {}) as AwaitedInputs[K]);
  };
}

/**
 * The text a user typed, checked against `max`; for anything else (a photo, an empty or too long
 * text) the user is told what is expected and gets another chance.
 */
export async function typedText(ctx: MessageContext, max: number): Promise<string | undefined> {
  const text = ctx.message.text;
  if (text === undefined) {
    await ctx.reply(ctx.t("expect-text"));
    return undefined;
  }
  const parsed = parseField(textSchema(max), text);
  if (parsed.ok) return parsed.value;
  await ctx.reply(issueText(ctx, parsed.issue));
  return undefined;
}

/** Just the Cancel button, for a screen that turns into a prompt. */
export function cancelKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t("input-cancel"), inputButtons.pack("cancel"));
}

function withCancel(ctx: BotContext, keyboard: InlineKeyboard): InlineKeyboard {
  return (keyboard.inline_keyboard.length ? keyboard.row() : keyboard).text(ctx.t("input-cancel"), inputButtons.pack("cancel"));
}

/** A prompt for typed text as a new message, with the Cancel button under it: news pressed stays as it was. */
export async function askTyped(ctx: BotContext, text: string, keyboard: InlineKeyboard = new InlineKeyboard()): Promise<unknown> {
  return ctx.reply(text, { reply_markup: withCancel(ctx, keyboard) });
}

/** A prompt for typed text that replaces the screen pressed (its own buttons above Cancel). */
export async function askInPlace(ctx: BotContext, text: string, keyboard: InlineKeyboard = new InlineKeyboard()): Promise<void> {
  await showScreen(ctx, { text, keyboard: withCancel(ctx, keyboard) });
}
