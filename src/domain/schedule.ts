// What is due when: from an approved route, its time zone and a moment, the reminders
// (activity deadlines, overdue items, checkpoints, half-year analyses, the end of the term)
// and the school-year monitoring of 000 §3.1.4. Quiet hours, holidays and pauses decide
// when a due reminder may actually be delivered.
import {
  addDays,
  addMonths,
  endOfLocalDay,
  localDate,
  localDateOf,
  partsOf,
  zonedInstant,
  zonedParts,
  type LocalDate,
} from "./time.js";
import type { Checkpoint, Route } from "./route.js";

export const REMINDER_KINDS = [
  "activity_ahead",
  "activity_due",
  "activity_overdue",
  "checkpoint",
  "half_year",
  "term_end_ahead",
  "final_reflection",
  "approval_pending",
  "correction_interview",
  "school_year_start",
  "school_year_end",
  "weekly_digest",
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface PlannedReminder {
  kind: ReminderKind;
  /** What the reminder is about: `activity:12`, `checkpoint:2027-03-01`, `route:5`. */
  subject: string;
  date: LocalDate;
  dueAt: Date;
  /** After this moment the reminder is useless and is dropped rather than sent late. */
  notAfter: Date;
}

export interface ScheduleSettings {
  timeZone: string;
  /** Days before an activity's date to remind (the day itself is always reminded). */
  daysAhead?: number[];
  /** Local hour at which reminders fall due. */
  sendHour?: number;
  termEndDaysAhead?: number;
}

export const DEFAULT_DAYS_AHEAD = [3];
export const DEFAULT_SEND_HOUR = 10;
const HALF_YEAR_MONTHS = 6;
const QUARTER_MONTHS = 3;

/** Reflective checkpoints: at least one a quarter from the start of the term, and at each task deadline. */
export function planCheckpoints(route: Route): Checkpoint[] {
  if (!route.term) return [];
  const { start, end } = route.term;
  const byDate = new Map<LocalDate, Checkpoint>();
  for (let k = 1; ; k++) {
    const date = addMonths(start, QUARTER_MONTHS * k);
    if (date >= end) break;
    byDate.set(date, { kind: "quarterly", dueDate: date });
  }
  for (const task of route.tasks) {
    if (task.deadline && task.deadline >= start && task.deadline < end) byDate.set(task.deadline, { kind: "task_deadline", dueDate: task.deadline });
  }
  byDate.set(end, { kind: "final", dueDate: end });
  return [...byDate.values()].sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1));
}

/** Half-year analyses every six months from approval (002 §4.3), before the end of the term. */
export function halfYearDates(approvedOn: LocalDate, termEnd: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  for (let k = 1; ; k++) {
    const date = addMonths(approvedOn, HALF_YEAR_MONTHS * k);
    if (date >= termEnd) return dates;
    dates.push(date);
  }
}

/** Every reminder of an approved or active route over its whole term. */
export function planReminders(route: Route, settings: ScheduleSettings): PlannedReminder[] {
  if (!route.term || (route.status !== "approved" && route.status !== "active")) return [];
  const tz = settings.timeZone;
  const hour = settings.sendHour ?? DEFAULT_SEND_HOUR;
  const at = (date: LocalDate, kind: ReminderKind, subject: string, usefulDays: number): PlannedReminder => ({
    kind,
    subject,
    date,
    dueAt: zonedInstant(date, hour, 0, tz),
    notAfter: endOfLocalDay(addDays(date, usefulDays), tz),
  });
  const approvedOn = route.approvedAt ? localDateOf(new Date(route.approvedAt), tz) : route.term.start;
  const reminders: PlannedReminder[] = [];

  route.tasks.forEach((task, t) =>
    task.activities.forEach((activity, a) => {
      if (activity.status !== "planned") return;
      const subject = `activity:${activity.id ?? `${t}.${a}`}`;
      for (const days of settings.daysAhead ?? DEFAULT_DAYS_AHEAD) {
        const ahead = addDays(activity.date, -days);
        // Useful until the activity's own day has passed.
        if (ahead >= approvedOn) reminders.push({ ...at(ahead, "activity_ahead", subject, days), notAfter: endOfLocalDay(activity.date, tz) });
      }
      reminders.push(at(activity.date, "activity_due", subject, 0));
      reminders.push(at(addDays(activity.date, 1), "activity_overdue", subject, 7));
    }),
  );
  for (const checkpoint of route.checkpoints.length ? route.checkpoints : planCheckpoints(route)) {
    if (checkpoint.answeredAt || checkpoint.kind === "final") continue;
    reminders.push(at(checkpoint.dueDate, "checkpoint", `checkpoint:${checkpoint.dueDate}`, 14));
  }
  for (const date of halfYearDates(approvedOn, route.term.end)) {
    reminders.push(at(date, "half_year", `half_year:${date}`, 30));
  }
  const termEndAhead = addDays(route.term.end, -(settings.termEndDaysAhead ?? 14));
  if (termEndAhead > approvedOn) reminders.push({ ...at(termEndAhead, "term_end_ahead", `term:${route.term.end}`, 0), notAfter: endOfLocalDay(route.term.end, tz) });
  reminders.push(at(route.term.end, "final_reflection", `term:${route.term.end}`, 60));
  return reminders.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/** The reminders of a route that fall due in [from, to). */
export function remindersDue(route: Route, settings: ScheduleSettings, from: Date, to: Date): PlannedReminder[] {
  return planReminders(route, settings).filter((r) => r.dueAt >= from && r.dueAt < to);
}

export interface MonitoringSettings {
  /** Month and day of the start-of-year and end-of-year monitoring (000 §3.1.4). */
  start?: { month: number; day: number };
  end?: { month: number; day: number };
  sendHour?: number;
}

/** The school year that contains `date`: it starts on 1 September. */
export function schoolYearOf(date: LocalDate): number {
  const { year, month } = partsOf(date);
  return month >= 9 ? year : year - 1;
}

/** Start- and end-of-school-year monitoring for deputies and methodists in the school year starting `year`. */
export function monitoringReminders(year: number, timeZone: string, settings: MonitoringSettings = {}): PlannedReminder[] {
  const start = settings.start ?? { month: 9, day: 15 };
  const end = settings.end ?? { month: 5, day: 20 };
  const hour = settings.sendHour ?? DEFAULT_SEND_HOUR;
  const make = (kind: ReminderKind, date: LocalDate): PlannedReminder => ({
    kind,
    subject: `school_year:${year}`,
    date,
    dueAt: zonedInstant(date, hour, 0, timeZone),
    notAfter: endOfLocalDay(addDays(date, 14), timeZone),
  });
  return [
    make("school_year_start", localDate(year, start.month, start.day)),
    make("school_year_end", localDate(year + 1, end.month, end.day)),
  ];
}

/** Nudges to approvers while a route waits: every `everyDays` days after submission, at most `max` times. */
export function approvalNudges(submittedAt: Date, timeZone: string, everyDays = 3, max = 3, sendHour = DEFAULT_SEND_HOUR): PlannedReminder[] {
  const submittedOn = localDateOf(submittedAt, timeZone);
  return Array.from({ length: max }, (_, i) => {
    const date = addDays(submittedOn, everyDays * (i + 1));
    return {
      kind: "approval_pending" as const,
      subject: `submission:${submittedAt.toISOString()}`,
      date,
      dueAt: zonedInstant(date, sendHour, 0, timeZone),
      notAfter: endOfLocalDay(addDays(date, everyDays - 1), timeZone),
    };
  });
}

export interface DeliveryWindow {
  timeZone: string;
  /** Quiet hours [from, to) in local hours; from > to wraps midnight (21 → 8). */
  quietFrom: number;
  quietTo: number;
  /** School holidays and personal pauses: inclusive local date ranges. */
  pauses: { start: LocalDate; end: LocalDate }[];
}

export const DEFAULT_QUIET_FROM = 21;
export const DEFAULT_QUIET_TO = 8;

function inQuietHours(hour: number, from: number, to: number): boolean {
  if (from === to) return false;
  return from < to ? hour >= from && hour < to : hour >= from || hour < to;
}

/** The earliest moment at or after `instant` outside quiet hours, holidays and pauses. */
export function nextDeliveryTime(instant: Date, window: DeliveryWindow): Date {
  let candidate = instant;
  for (let guard = 0; guard < 400; guard++) {
    const date = localDateOf(candidate, window.timeZone);
    const pause = window.pauses.find((p) => p.start <= date && date <= p.end);
    if (pause) {
      candidate = zonedInstant(addDays(pause.end, 1), window.quietTo, 0, window.timeZone);
      continue;
    }
    const { hour } = zonedParts(candidate, window.timeZone);
    if (!inQuietHours(hour, window.quietFrom, window.quietTo)) return candidate;
    const resumeDate = window.quietFrom > window.quietTo && hour >= window.quietFrom ? addDays(date, 1) : date;
    candidate = zonedInstant(resumeDate, window.quietTo, 0, window.timeZone);
  }
  return candidate;
}
