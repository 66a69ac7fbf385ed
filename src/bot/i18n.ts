import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";

export const LOCALES = ["ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ru";

export const localesDirectory = fileURLToPath(new URL("../../locales", import.meta.url));

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Fluent translations from locales/*.ftl. The locale is negotiated from the user's record,
 * which middleware puts on the context as `user`; Russian is the default.
 */
export function createI18n(): I18n {
  return new I18n({
    defaultLocale: DEFAULT_LOCALE,
    directory: localesDirectory,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => {
      const locale = (ctx as { user?: { locale?: string } }).user?.locale;
      return isLocale(locale) ? locale : DEFAULT_LOCALE;
    },
  });
}
