// Asking inside a conversation: a typed answer checked against the limits, and the first
// question (or the last news) in place of the message pressed.
import type { Context, InlineKeyboard } from "grammy";
import type { Conversation } from "@grammyjs/conversations";
import type { BotContext, ConversationContext } from "./context.js";
import { LIMITS, parseField, textSchema } from "../domain/validation.js";
import { leadAbove } from "./views/screen.js";
import { issueText } from "./text.js";

type Convo = Conversation<BotContext, ConversationContext>;

export function isCommand(ctx: Context): boolean {
  const entity = ctx.message?.entities?.[0];
  return entity?.type === "bot_command" && entity.offset === 0 && !ctx.message?.text?.startsWith("/cancel");
}

/** `text` in place of the message pressed (the screen that began, the scale that ended), else as a new one. */
export async function openWith(ctx: ConversationContext, text: string, keyboard?: InlineKeyboard): Promise<void> {
  const pressed = ctx.callbackQuery?.message;
  const markup = keyboard ? { reply_markup: keyboard } : {};
  if (pressed && "text" in pressed && pressed.text !== undefined) {
    const edited = await ctx.editMessageText(text, markup).then(
      () => true,
      () => false,
    );
    if (edited) return;
  }
  await ctx.reply(text, markup);
}

/**
 * Asks `question`: with the introduction above it, in place of the message pressed, when it is the
 * conversation's first (`intro.text` is then dropped); else as a new message, below the answer.
 */
export async function ask(ctx: ConversationContext, question: string, intro?: { text?: string }, keyboard?: InlineKeyboard): Promise<void> {
  if (intro?.text === undefined) return void (await ctx.reply(question, keyboard ? { reply_markup: keyboard } : {}));
  await openWith(ctx, leadAbove(intro.text, question), keyboard);
  intro.text = undefined;
}

/**
 * Waits for a text answer; a command leaves the conversation (the answers so far are kept).
 * `intro.text`, until asked once, goes above the question, which then opens the conversation.
 */
export async function askText(conversation: Convo, ctx: ConversationContext, prompt: string, intro?: { text?: string }): Promise<string> {
  await ask(ctx, prompt, intro);
  for (;;) {
    const answer = await conversation.wait();
    if (isCommand(answer)) await conversation.halt({ next: true });
    const text = answer.message?.text;
    if (text === undefined) {
      await answer.reply(answer.t("expect-text"));
      continue;
    }
    const parsed = parseField(textSchema(LIMITS.longText), text);
    if (parsed.ok) return parsed.value;
    await answer.reply(issueText(answer, parsed.issue));
  }
}
