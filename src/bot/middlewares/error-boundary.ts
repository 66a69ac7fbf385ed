import { BotError, type ErrorHandler } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { BotContext } from "../context.js";
import { isStorageFailure } from "../../data/index.js";
import { DEFAULT_LOCALE } from "../i18n.js";

/**
 * One failing update never stops the bot: log it and tell the user truthfully what happened.
 * A database failure means the last action was not saved; the user is asked to repeat it. When
 * the failure came before the user's language was known, the answer is in the default language.
 */
export function updateErrorHandler(i18n: I18n): ErrorHandler<BotContext> {
  return async (error: BotError<BotContext>) => {
    const ctx = error.ctx;
    const logger = ctx.logger ?? ctx.deps?.logger;
    logger?.error({ err: error.error, update_id: ctx.update.update_id }, "update failed");
    const key = isStorageFailure(error.error) ? "error-not-saved" : "error-generic";
    const text = typeof ctx.t === "function" ? ctx.t(key) : i18n.t(DEFAULT_LOCALE, key);
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (ctx.chat?.type === "private") await ctx.reply(text);
    } catch (replyError) {
      logger?.warn({ err: replyError }, "could not tell the user about the failure");
    }
  };
}
