import { BotError, type ErrorHandler } from "grammy";
import type { BotContext } from "../context.js";

/** One failing update never stops the bot: log it, tell the user their data is safe. */
export const handleUpdateError: ErrorHandler<BotContext> = async (error: BotError<BotContext>) => {
  const ctx = error.ctx;
  const logger = ctx.logger ?? ctx.deps?.logger;
  logger?.error({ err: error.error, update_id: ctx.update.update_id }, "update failed");
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    if (ctx.chat && typeof ctx.t === "function") await ctx.reply(ctx.t("error-generic"));
  } catch (replyError) {
    logger?.warn({ err: replyError }, "could not tell the user about the failure");
  }
};
