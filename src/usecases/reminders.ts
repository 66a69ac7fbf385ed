// Reminders that respect people: a reminder snoozed for a day (once per reminder and day), all of
// them paused for a vacation, and the district's school holidays when none are sent.
import { outboxKey, type Store } from "../data/index.js";
import type { LocalDate } from "../domain/time.js";
import { done, refused, type Outcome } from "./outcome.js";

const DAY_MS = 86_400_000;

export async function snoozeReminder(store: Store, input: { userId: number; reminderId: number; at: Date }): Promise<Outcome<{ dueAt: Date }>> {
  const row = await store.outbox.byId(input.reminderId);
  if (!row || row.userId !== input.userId) return refused({ reason: "not_found" });
  const dueAt = new Date(input.at.getTime() + DAY_MS);
  const notAfter = row.notAfter ? new Date(Math.max(row.notAfter.getTime(), dueAt.getTime()) + DAY_MS) : null;
  await store.outbox.enqueue([
    {
      key: outboxKey(input.userId, row.kind, `snooze:${row.id}`, dueAt),
      userId: input.userId,
      chatId: row.chatId,
      kind: row.kind,
      payload: JSON.parse(row.payload) as Record<string, unknown>,
      dueAt,
      ...(notAfter ? { notAfter } : {}),
    },
  ]);
  return done({ dueAt });
}

/** Pauses every reminder until `until` (an instant), or lifts the pause (null). */
export async function pauseReminders(store: Store, input: { userId: number; until: Date | null }): Promise<void> {
  await store.users.setPausedUntil(input.userId, input.until);
}

export async function setSchoolHolidays(store: Store, input: { userId: number; districtId: number; ranges: { start: LocalDate; end: LocalDate }[]; at: Date }): Promise<void> {
  await store.organisations.setHolidays(input.districtId, input.ranges);
  await store.audit.record({ actorId: input.userId, action: "holidays_set", targetType: "district", targetId: input.districtId, details: { ranges: input.ranges.length } }, input.at);
}
