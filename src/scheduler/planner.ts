// Turns what the domain says is due into outbox rows. Planning happens when a route changes
// (and for the yearly monitoring and the weekly digest), so a tick costs what is due, not what exists.
import { outboxKey, type OutboxInput, type Store } from "../data/index.js";
import type { Route } from "../domain/route.js";
import { approvalNudges, monitoringReminders, planReminders, schoolYearOf, type PlannedReminder } from "../domain/schedule.js";
import { approversOf } from "../domain/permissions.js";
import { addDays, localDateOf, zonedInstant, endOfLocalDay, type LocalDate } from "../domain/time.js";

export interface PlannerSettings {
  timeZone: string;
  daysAhead: number[];
}

function row(userId: number, chatId: bigint, reminder: PlannedReminder, routeId: number, extra: Record<string, unknown> = {}): OutboxInput {
  return {
    key: outboxKey(userId, reminder.kind, `route:${routeId}/${reminder.subject}`, reminder.dueAt),
    userId,
    chatId,
    kind: reminder.kind,
    payload: { routeId, subject: reminder.subject, date: reminder.date, ...extra },
    dueAt: reminder.dueAt,
    notAfter: reminder.notAfter,
    routeId,
  };
}

/** (Re)plans one route's reminders: pending rows are replaced, sent ones stay unique by key. */
export async function planRoute(store: Store, route: Route, settings: PlannerSettings): Promise<number> {
  await store.outbox.removePending(route.id!);
  const rows: OutboxInput[] = [];
  if (route.status === "approved" || route.status === "active") {
    const teacher = await store.users.byId(route.teacherId);
    if (!teacher) return 0;
    for (const reminder of planReminders(route, { timeZone: settings.timeZone, daysAhead: settings.daysAhead })) {
      const activityId = reminder.subject.startsWith("activity:") ? Number(reminder.subject.slice("activity:".length)) : undefined;
      rows.push(row(teacher.id, teacher.telegramId, reminder, route.id!, activityId ? { activityId } : {}));
    }
  }
  if (route.status === "submitted" && route.submittedAt) {
    const people = await store.organisations.peopleOfSchool(route.schoolId);
    const teacherMembership = (await store.organisations.membershipsOf(route.teacherId)).find((m) => m.role === "teacher" && m.organisationId === route.schoolId);
    const approvers = approversOf({ teacherId: route.teacherId, schoolId: route.schoolId, ...(teacherMembership?.associationId ? { associationId: teacherMembership.associationId } : {}) }, people);
    for (const approverId of approvers) {
      const approver = await store.users.byId(approverId);
      if (!approver) continue;
      for (const nudge of approvalNudges(new Date(route.submittedAt), settings.timeZone)) {
        rows.push(row(approverId, approver.telegramId, { ...nudge, subject: `v${route.version}:${nudge.subject}` }, route.id!, { version: route.version }));
      }
    }
  }
  return store.outbox.enqueue(rows);
}

/** Start- and end-of-year monitoring for deputies and methodists, once per school year. */
export async function planMonitoring(store: Store, today: LocalDate, settings: PlannerSettings): Promise<number> {
  const year = schoolYearOf(today);
  const mark = `monitoring:${year}`;
  if (await store.schedulerState.get(mark)) return 0;
  const people = await store.organisations.usersWithRoles(["deputy", "methodist"]);
  const rows: OutboxInput[] = [];
  for (const person of new Map(people.map((p) => [p.userId, p])).values()) {
    const user = await store.users.byId(person.userId);
    if (!user) continue;
    for (const reminder of monitoringReminders(year, settings.timeZone)) {
      rows.push({
        key: outboxKey(user.id, reminder.kind, reminder.subject, reminder.dueAt),
        userId: user.id,
        chatId: user.telegramId,
        kind: reminder.kind,
        payload: { role: person.role, organisationId: person.organisationId },
        dueAt: reminder.dueAt,
        notAfter: reminder.notAfter,
      });
    }
  }
  const added = await store.outbox.enqueue(rows);
  await store.schedulerState.set(mark, new Date().toISOString());
  return added;
}

export const DIGEST_WEEKDAY = 1; // Monday
export const DIGEST_HOUR = 9;

/** On Mondays: one digest row per deputy and mentor for the week, instead of a message per event. */
export async function planDigest(store: Store, now: Date, settings: PlannerSettings): Promise<number> {
  const today = localDateOf(now, settings.timeZone);
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  if (weekday !== DIGEST_WEEKDAY) return 0;
  const mark = `digest:${today}`;
  if (await store.schedulerState.get(mark)) return 0;
  const people = await store.organisations.usersWithRoles(["deputy", "mentor"]);
  const dueAt = zonedInstant(today, DIGEST_HOUR, 0, settings.timeZone);
  const rows: OutboxInput[] = [];
  for (const userId of new Set(people.map((p) => p.userId))) {
    const user = await store.users.byId(userId);
    if (!user) continue;
    rows.push({
      key: outboxKey(userId, "weekly_digest", `week:${today}`, dueAt),
      userId,
      chatId: user.telegramId,
      kind: "weekly_digest",
      payload: { week: today },
      dueAt,
      notAfter: endOfLocalDay(addDays(today, 2), settings.timeZone),
    });
  }
  const added = await store.outbox.enqueue(rows);
  await store.schedulerState.set(mark, new Date().toISOString());
  return added;
}
