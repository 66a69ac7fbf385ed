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
  const i18n = new I18n({
    defaultLocale: DEFAULT_LOCALE,
    directory: localesDirectory,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => {
      const locale = (ctx as { user?: { locale?: string } }).user?.locale;
      return isLocale(locale) ? locale : DEFAULT_LOCALE;
    },
  });
  rememberBundleMatches(i18n);
  return i18n;
}

type BundleMatching = { matchBundles?: (locales: string[]) => unknown; addBundle?: (...args: unknown[]) => void };

/**
 * @grammyjs/i18n negotiates the locale (Intl and @fluent/langneg) anew for every text it formats,
 * though the answer depends only on the locales asked for and the bundles loaded: it is kept.
 * Its private methods are wrapped only where they exist, so another version works as before.
 */
function rememberBundleMatches(i18n: I18n): void {
  const fluent = i18n.fluent as unknown as BundleMatching;
  const match = fluent.matchBundles?.bind(fluent);
  const add = fluent.addBundle?.bind(fluent);
  if (!match || !add) return;
  const matched = new Map<string, unknown>();
  fluent.matchBundles = (locales) => {
    const key = locales.join("\n");
    if (!matched.has(key)) {
      if (matched.size >= 64) matched.clear(); // locales come from stored records: keep the memory bounded
      matched.set(key, match(locales));
    }
    return matched.get(key);
  };
  fluent.addBundle = (...args) => {
    matched.clear();
    add(...args);
  };
}
