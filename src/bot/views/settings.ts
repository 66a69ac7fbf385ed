// Settings as one screen (language, a pause in reminders), built with @grammyjs/menu: a fixed
// set of buttons whose labels show the current state, so a press on an old copy is recognised.
import { Menu } from "@grammyjs/menu";
import type { BotContext } from "../context.js";
import { today } from "../clock.js";
import { LOCALES } from "../i18n.js";
import { showHome } from "./home.js";
import { refreshedWith, showScreen } from "./screen.js";
import { chooseLanguage, chooseTimeZone } from "../../usecases/personal.js";
import { pauseReminders } from "../../usecases/reminders.js";
import { addDays, formatDate, localDateOf, RUSSIAN_TIME_ZONES, zonedInstant } from "../../domain/time.js";

const PAUSES = [7, 14] as const;

/** Russia's time zones, one to a row; a choice goes back to the settings. */
const timeZonesMenu = new Menu<BotContext>("settings-tz", { onMenuOutdated: refreshedWith(showSettings) })
  .dynamic((ctx, range) => {
    for (const zone of RUSSIAN_TIME_ZONES) {
      range
        .text(`${zoneOf(ctx) === zone ? "✓ " : ""}${ctx.t(zoneKey(zone))}`, async (c) => {
          await chooseTimeZone(c.deps.store, { userId: c.user.id, timezone: zone });
          c.user = { ...c.user, timezone: zone };
          await showSettings(c);
        })
        .row();
    }
  })
  .back((ctx) => ctx.t("settings-back"));

export const settingsMenu = new Menu<BotContext>("settings", { onMenuOutdated: refreshedWith(showSettings) })
  .dynamic((ctx, range) => {
    for (const locale of LOCALES) {
      const label = `${ctx.user.locale === locale ? "✓ " : ""}${ctx.t(`language-${locale}`)}`;
      range.text(label, async (c) => {
        await chooseLanguage(c.deps.store, { userId: c.user.id, locale });
        c.user = { ...c.user, locale };
        c.i18n.useLocale(locale);
        await showSettings(c);
      });
    }
  })
  .row()
  .dynamic((ctx, range) => {
    if (pausedUntil(ctx)) {
      range.text(ctx.t("settings-resume"), (c) => setPause(c, null));
      return;
    }
    for (const days of PAUSES) range.text(ctx.t("settings-pause", { days }), (c) => setPause(c, days));
  })
  .row()
  .submenu((ctx) => ctx.t("settings-tz-button", { zone: ctx.t(zoneKey(zoneOf(ctx))) }), "settings-tz")
  .row()
  .text((ctx) => ctx.t("home-back-home"), (ctx) => showHome(ctx));

settingsMenu.register(timeZonesMenu);

function zoneOf(ctx: BotContext): string {
  return ctx.user.timezone ?? ctx.deps.config.TIMEZONE;
}

/** "Asia/Yekaterinburg" → the key of its name, "tz-Asia-Yekaterinburg". */
function zoneKey(zone: string): string {
  return (RUSSIAN_TIME_ZONES as readonly string[]).includes(zone) ? `tz-${zone.replace("/", "-")}` : "tz-other";
}

function pausedUntil(ctx: BotContext): Date | undefined {
  const until = ctx.user.pausedUntil;
  return until && until > ctx.deps.clock() ? until : undefined;
}

async function setPause(ctx: BotContext, days: number | null): Promise<void> {
  const until = days === null ? null : zonedInstant(addDays(today(ctx), days), 0, 0, ctx.deps.config.TIMEZONE);
  await pauseReminders(ctx.deps.store, { userId: ctx.user.id, until });
  ctx.user = { ...ctx.user, pausedUntil: until };
  await showSettings(ctx);
}

export async function showSettings(ctx: BotContext): Promise<void> {
  const until = pausedUntil(ctx);
  const reminders = until ? ctx.t("settings-paused", { date: formatDate(localDateOf(until, ctx.deps.config.TIMEZONE)) }) : ctx.t("settings-reminders-on");
  const zone = ctx.t("settings-tz", { zone: ctx.t(zoneKey(zoneOf(ctx))) });
  const text = [ctx.t("settings-title"), ctx.t("settings-language", { language: ctx.t(`language-${ctx.user.locale}`) }), zone, reminders].join("\n");
  await showScreen(ctx, { text, keyboard: settingsMenu });
}
