// What a person decides about themselves: consent to personal data processing (152-ФЗ, the
// version of the text they agreed to, audited), the interface language, the fields of their
// educational history (002 §4.1) — only after consent; the time zone of their reminders.
import type { HistoryField, Store, UserRecord } from "../data/index.js";
import type { EducationalHistory } from "../domain/route.js";
import { RUSSIAN_TIME_ZONES } from "../domain/time.js";
import { done, refused, type Outcome } from "./outcome.js";

/** The version of the consent text the bot asks for; raise it when the text changes. */
export const CONSENT_VERSION = "2026-11-27";

export async function giveConsent(store: Store, input: { userId: number; username?: string; at: Date }): Promise<void> {
  await store.users.recordConsent(input.userId, CONSENT_VERSION, input.at, input.username, { actorId: input.userId, action: "consent_given", details: { version: CONSENT_VERSION } });
}

export async function chooseLanguage(store: Store, input: { userId: number; locale: "ru" | "en" }): Promise<void> {
  await store.users.setLocale(input.userId, input.locale);
}

/** The person's time zone (her reminders keep quiet at night there); only Russia's zones are offered. */
export async function chooseTimeZone(store: Store, input: { userId: number; timezone: string }): Promise<Outcome<{ timezone: string }>> {
  if (!(RUSSIAN_TIME_ZONES as readonly string[]).includes(input.timezone)) return refused({ reason: "not_found" });
  await store.users.setTimezone(input.userId, input.timezone);
  return done({ timezone: input.timezone });
}

/** `known`: the person as the caller read them in this update (not read again). */
export async function saveHistoryField<F extends HistoryField>(
  store: Store,
  input: { userId: number; field: F; value: EducationalHistory[F]; known?: { user: UserRecord } },
): Promise<Outcome<{ field: F }>> {
  const user = input.known?.user.id === input.userId ? input.known.user : await store.users.byId(input.userId);
  if (!user?.consentAt) return refused({ reason: "not_authorised", action: "route.edit" });
  await store.profiles.saveField(input.userId, input.field, input.value);
  return done({ field: input.field });
}
