import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import type { BotContext } from "../context.js";
import { callbackData, callbackPattern, parseCallback } from "../callbacks.js";
import { LOCALES } from "../i18n.js";

const NS = "lang";
const localeParts = z.tuple([z.enum(LOCALES)]);

export function languageFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("language", async (ctx) => {
    const keyboard = new InlineKeyboard();
    for (const locale of LOCALES) keyboard.text(ctx.t(`language-${locale}`), callbackData(NS, locale));
    await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard });
  });

  composer.callbackQuery(callbackPattern(NS), async (ctx) => {
    const parsed = parseCallback(NS, localeParts, ctx.callbackQuery.data);
    if (!parsed) {
      ctx.logger.warn({ data: ctx.callbackQuery.data }, "refused malformed callback");
      return ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
    }
    const [locale] = parsed;
    await ctx.deps.store.users.setLocale(ctx.user.id, locale);
    ctx.user = { ...ctx.user, locale };
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("language-changed"));
  });

  return composer;
}
