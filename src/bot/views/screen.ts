// One screen, one message: a press on a screen's button edits that message in place; a command
// or typed text gets the screen as a new message.
import { GrammyError, type InlineKeyboard } from "grammy";
import type { Menu } from "@grammyjs/menu";
import type { BotContext } from "../context.js";

export interface Screen {
  text: string;
  keyboard: InlineKeyboard | Menu<BotContext>;
}

export async function showScreen(ctx: BotContext, screen: Screen): Promise<void> {
  const message = ctx.callbackQuery?.message;
  // A picture's caption or a document cannot become a text screen: those get a new message.
  if (message && "text" in message && message.text !== undefined) {
    try {
      await ctx.editMessageText(screen.text, { reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } });
      return;
    } catch (error) {
      // Too old to edit (or deleted meanwhile): the screen comes as a new message instead.
      if (!(error instanceof GrammyError)) throw error;
      ctx.logger.debug({ err: error }, "screen sent anew: the old message cannot be edited");
    }
  }
  await ctx.reply(screen.text, { reply_markup: screen.keyboard, link_preview_options: { is_disabled: true } });
}
