import { BotError, type ErrorHandler } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { BotContext } from "../context.js";
import { isStorageFailure } from "../../data/index.js";
import { DomainError, IllegalTransitionError, ValidationError } from "../../domain/errors.js";
import { DEFAULT_LOCALE } from "../i18n.js";

/** What the person is told: a refusal of the rules in their words, a storage failure as "not saved". */
export function messageFor(error: unknown): [string, Record<string, string | number>] {
  if (error instanceof IllegalTransitionError) return ["error-wrong-status", {}];
  if (error instanceof ValidationError) return [`issue-${error.code.replace(/_/g, "-")}`, error.issues[0]?.params ?? {}];
  if (error instanceof DomainError) return [`error-${error.code.replace(/_/g, "-")}`, error.params];
  return [isStorageFailure(error) ? "error-not-saved" : "error-generic", {}];
}

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
    const [key, params] = messageFor(error.error);
    const text = typeof ctx.t === "function" ? ctx.t(key, params) : i18n.t(DEFAULT_LOCALE, key, params);
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (ctx.chat?.type === "private") await ctx.reply(text);
    } catch (replyError) {
      logger?.warn({ err: replyError }, "could not tell the user about the failure");
    }
  };
}
