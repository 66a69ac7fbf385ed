import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { chooseLanguage } from "../../usecases/personal.js";
import { languageButtons } from "../callback-data/buttons.js";
import { LOCALES } from "../i18n.js";

export function languageFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("language", async (ctx) => {
    const keyboard = new InlineKeyboard();
    for (const locale of LOCALES) keyboard.text(ctx.t(`language-${locale}`), languageButtons.pack(locale));
    await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard });
  });

  composer.callbackQuery(languageButtons.filter, async (ctx) => {
    const press = languageButtons.unpack(ctx.callbackQuery.data);
    if (!press || press === "stale") {
      ctx.logger.warn({ data: ctx.callbackQuery.data }, "refused malformed callback");
      return ctx.answerCallbackQuery({ text: ctx.t("error-stale-button") });
    }
    const locale = press.action;
    await chooseLanguage(ctx.deps.store, { userId: ctx.user.id, locale });
    ctx.user = { ...ctx.user, locale };
    ctx.i18n.useLocale(locale);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("language-changed"));
  });

  return composer;
}
