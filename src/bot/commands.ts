import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { Logger } from "../logger.js";
import { LOCALES, DEFAULT_LOCALE } from "./i18n.js";

export const MENU_COMMANDS = ["menu", "start", "route", "diagnostics", "profile", "settings", "language", "help", "cancel"] as const;

/** The command menu in every language (and the default for everyone else); a failure is logged, never fatal. */
export async function publishCommands(api: Api, i18n: I18n, logger: Logger): Promise<void> {
  const list = (locale: string) => MENU_COMMANDS.map((command) => ({ command, description: i18n.t(locale, `command-${command}`) }));
  const calls = [
    api.setMyCommands(list(DEFAULT_LOCALE)),
    ...LOCALES.map((locale) => api.setMyCommands(list(locale), { language_code: locale })),
  ];
  const results = await Promise.allSettled(calls);
  for (const result of results) {
    if (result.status === "rejected") logger.warn({ err: result.reason }, "setMyCommands failed; the bot works without the menu");
  }
}
