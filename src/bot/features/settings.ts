// /settings: the settings menu (language, time zone, a pause in reminders; views/settings.ts).
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { showSettings } from "../views/settings.js";

export function settingsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("settings", showSettings);
  return composer;
}
