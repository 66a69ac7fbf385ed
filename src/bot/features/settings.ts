// /settings and the settings menu (language, a pause in reminders). Installed before the features
// that show it, so that its menu renders wherever it is sent.
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { settingsMenu, showSettings } from "../views/settings.js";

export function settingsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(settingsMenu);
  composer.command("settings", showSettings);
  return composer;
}
