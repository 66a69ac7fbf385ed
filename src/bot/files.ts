// Pictures and documents go after the text they belong to, and their failure hides nothing:
// the person is told in one line and gets a button to try again.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "./context.js";

/**
 * Sends a file (rendering included); when that fails even after the API's retries, says so and
 * offers `retryData` as a "try again" button. True when the file went out.
 */
export async function sendFileOrOfferRetry(ctx: BotContext, send: () => Promise<unknown>, retryData: string): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    ctx.logger.warn({ err: error }, "a file could not be sent");
    await ctx.reply(ctx.t("file-failed"), { reply_markup: new InlineKeyboard().text(ctx.t("file-retry"), retryData) });
    return false;
  }
}
