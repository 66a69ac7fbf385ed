// Consent to personal data processing (152-ФЗ) comes before anything personal: the question, and
// the check every feature that stores personal data makes first.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "./context.js";
import { consentButtons } from "./callback-data/buttons.js";

export async function askConsent(ctx: BotContext): Promise<void> {
  const keyboard = new InlineKeyboard().text(ctx.t("consent-yes"), consentButtons.pack("give")).row().text(ctx.t("consent-no"), consentButtons.pack("refuse"));
  await ctx.reply(ctx.t("consent-text"), { reply_markup: keyboard });
}

/** Only a user who consented gets here. */
export async function requireConsent(ctx: BotContext): Promise<boolean> {
  if (ctx.user.consentAt) return true;
  await askConsent(ctx);
  return false;
}
