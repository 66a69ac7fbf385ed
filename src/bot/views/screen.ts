// One screen, one message: a press on a screen's button edits that message in place; a command
// or typed text gets the screen as a new message, and the screen it supersedes loses its
// buttons, so that no stale button invites a press.
import { GrammyError, InlineKeyboard } from "grammy";
import type { Menu } from "@grammyjs/menu";
import type { BotContext } from "../context.js";

export interface Screen {
  text: string;
  keyboard: InlineKeyboard | Menu<BotContext>;
}

/** `anew`: a new message even after a press, when the pressed message must stay as it is. */
export async function showScreen(ctx: BotContext, screen: Screen, options: { anew?: boolean } = {}): Promise<void> {
  const message = ctx.callbackQuery?.message;
  // A picture's caption or a document cannot become a text screen: those get a new message.
  if (!options.anew && message && "text" in message && message.text !== undefined) {
    try {
      await ctx.editMessageText(screen.text, { reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } });
      ctx.session.screenMessageId = message.message_id;
      return;
    } catch (error) {
      // Too old to edit (or deleted meanwhile): the screen comes as a new message instead.
      if (!(error instanceof GrammyError)) throw error;
      ctx.logger.debug({ err: error }, "screen sent anew: the old message cannot be edited");
    }
  }
  await retireScreen(ctx);
  const sent = await ctx.reply(screen.text, { reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } });
  ctx.session.screenMessageId = sent.message_id;
}

/** An irreversible change asks first: what will go, then "yes" (`yes`) or "cancel" (`back`, the screen it came from), both in the user's language. */
export async function confirmScreen(ctx: BotContext, question: string, yes: string, back: string): Promise<void> {
  const keyboard = new InlineKeyboard().text(ctx.t("confirm-yes"), yes).row().text(ctx.t("confirm-cancel"), back);
  await showScreen(ctx, { text: question, keyboard });
}

/** For a press on a button that is out of date: says so, then shows the screen as it is now. */
export function refreshedWith(show: (ctx: BotContext) => Promise<void>): (ctx: BotContext) => Promise<void> {
  return async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("home-outdated") });
    await show(ctx);
  };
}

/** `text` with a line of news (what just happened) or an introduction above it, in one message; as it is without one. */
export function leadAbove(lead: string | undefined, text: string): string {
  return lead === undefined ? text : `${lead}\n\n${text}`;
}

/** The screen with a line of news above it, so that both fit in one message; as it is without one. */
export function withLead(lead: string | undefined, screen: Screen): Screen {
  return lead === undefined ? screen : { ...screen, text: leadAbove(lead, screen.text) };
}

/** The previous screen keeps its text and loses its buttons. */
async function retireScreen(ctx: BotContext): Promise<void> {
  const previous = ctx.session.screenMessageId;
  if (previous === undefined || ctx.chat === undefined) return;
  ctx.session.screenMessageId = undefined;
  // Gone, too old or already without buttons: nothing to tidy, and nothing lost.
  await ctx.api.editMessageReplyMarkup(ctx.chat.id, previous, { reply_markup: { inline_keyboard: [] } }).catch(() => undefined);
}
