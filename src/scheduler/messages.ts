// What a reminder says, in the recipient's language, with buttons for the expected action.
// A reminder whose subject no longer needs it (the activity is done, the route was decided)
// renders to nothing and is dropped.
import { InlineKeyboard } from "grammy";
import { approvalButtons, homeButtons, interviewButtons, livingButtons, reminderButtons } from "../bot/callback-data/buttons.js";
import type { I18n } from "@grammyjs/i18n";
import type { ActivityFacts, OutboxRow, Store } from "../data/index.js";
import { activityState, allActivities, routeProgress, type Route } from "../domain/route.js";
import { formatDate, localDateOf } from "../domain/time.js";

export interface Rendered {
  text: string;
  keyboard?: InlineKeyboard;
}

type T = (key: string, params?: Record<string, string | number>) => string;

function snooze(t: T, row: OutboxRow, keyboard: InlineKeyboard): InlineKeyboard {
  return keyboard.row().text(t("rm-snooze"), reminderButtons.pack("snooze", row.id));
}

export type ActivityLookup = (activityId: number) => Promise<ActivityFacts | undefined>;

export async function renderReminder(
  store: Store,
  i18n: I18n,
  row: OutboxRow,
  locale: string,
  timeZone: string,
  now: Date,
  activity: ActivityLookup = async (id) => (await store.routes.activityFacts([id])).get(id),
): Promise<Rendered | undefined> {
  const t: T = (key, params) => i18n.t(locale, key, params);
  const payload = row.payload;
  const routeId = Number(payload.routeId);
  const open = (keyboard = new InlineKeyboard()) => keyboard.text(t("lv-open"), livingButtons.pack("open", routeId));
  if (row.kind === "activity_ahead" || row.kind === "activity_due" || row.kind === "activity_overdue") {
    // The most frequent reminders: read only the activity and its route's state.
    const activityId = Number(payload.activityId);
    const facts = Number.isInteger(activityId) ? await activity(activityId) : undefined;
    if (!facts || facts.routeId !== routeId || facts.status !== "planned" || (facts.routeStatus !== "active" && facts.routeStatus !== "approved")) return undefined;
    const keyboard = new InlineKeyboard().text(t("rm-mark-done"), livingButtons.pack("markDone", routeId, activityId));
    open(keyboard);
    return { text: t(`rm-${row.kind}`, { event: facts.event, date: formatDate(facts.date) }), keyboard: snooze(t, row, keyboard) };
  }
  const route = Number.isInteger(routeId) && routeId > 0 ? await store.routes.byId(routeId) : undefined;
  const living = route && (route.status === "active" || route.status === "approved");

  switch (row.kind) {
    case "checkpoint": {
      const checkpoint = living ? route.checkpoints.find((c) => c.dueDate === String(payload.date).slice(0, 10) || `checkpoint:${c.dueDate}` === payload.subject) : undefined;
      if (!checkpoint || checkpoint.answeredAt) return undefined;
      const keyboard = new InlineKeyboard().text(t("lv-checkpoint"), livingButtons.pack("checkpoint", routeId, checkpoint.id!));
      return { text: t("rm-checkpoint", { date: formatDate(checkpoint.dueDate) }), keyboard: snooze(t, row, keyboard) };
    }
    case "half_year": {
      if (route?.status !== "active") return undefined;
      if (route.reflections.some((r) => r.kind === "half_year" && r.createdAt >= row.dueAt.toISOString().slice(0, 10))) return undefined;
      const keyboard = new InlineKeyboard().text(t("lv-half-year"), livingButtons.pack("halfYear", routeId));
      return { text: t("rm-half_year"), keyboard: snooze(t, row, keyboard) };
    }
    case "term_end_ahead":
    case "final_reflection": {
      if (route?.status !== "active" || !route.term) return undefined;
      const keyboard = row.kind === "final_reflection" ? new InlineKeyboard().text(t("lv-final"), livingButtons.pack("finalReflection", routeId)) : open();
      return { text: t(`rm-${row.kind}`, { date: formatDate(route.term.end) }), keyboard: snooze(t, row, keyboard) };
    }
    case "approval_pending": {
      if (route?.status !== "submitted" || route.version !== Number(payload.version)) return undefined;
      const teacher = await store.users.byId(route.teacherId);
      const keyboard = new InlineKeyboard()
        .text(t("ap-approve"), approvalButtons.pack("approve", routeId, route.version))
        .text(t("ap-return"), approvalButtons.pack("returnForCorrection", routeId, route.version))
        .row()
        .text(t("ap-open"), approvalButtons.pack("openInFull", routeId));
      return { text: t("rm-approval_pending", { teacher: teacher?.fullName ?? "", title: route.title }), keyboard };
    }
    case "correction_interview": {
      const interview = await store.interviews.byId(Number(payload.interviewId));
      if (!route || !interview || interview.heldAt) return undefined;
      const teacher = await store.users.byId(route.teacherId);
      const keyboard = new InlineKeyboard().text(t("ci-open"), interviewButtons.pack("open", interview.id)).row().text(t("ap-open"), approvalButtons.pack("openInFull", routeId));
      return { text: t("rm-correction_interview", { event: String(payload.event ?? ""), teacher: teacher?.fullName ?? "" }), keyboard };
    }
    case "school_year_start":
    case "school_year_end":
      return { text: t(`rm-${row.kind}`), keyboard: new InlineKeyboard().text(t("rm-open-home"), homeButtons.pack("show")) };
    case "weekly_digest":
      return digest(store, t, row, timeZone, now);
    default:
      return undefined;
  }
}

async function digest(store: Store, t: T, row: OutboxRow, timeZone: string, now: Date): Promise<Rendered | undefined> {
  if (row.userId === null) return undefined;
  const today = localDateOf(now, timeZone);
  const memberships = await store.organisations.membershipsOf(row.userId);
  const lines: string[] = [];
  for (const school of new Set(memberships.filter((m) => m.role === "deputy").map((m) => m.organisationId))) {
    const routes = await store.routes.ofSchool(school);
    const organisation = await store.organisations.byId(school);
    const submitted = routes.filter((r) => r.status === "submitted").length;
    const overdue = routes.reduce((sum, r) => sum + (r.status === "active" ? routeProgress(r, today).overdue : 0), 0);
    const active = routes.filter((r) => r.status === "active" || r.status === "approved").length;
    // A school with nothing going on is not worth a weekly message.
    if (submitted + overdue + active === 0) continue;
    lines.push(t("rm-digest-school", { school: organisation?.name ?? "", submitted, active, overdue }));
  }
  const mentees = await store.organisations.menteesOf(row.userId);
  if (mentees.length) {
    const routes: Route[] = await store.routes.ofTeachers(mentees);
    for (const route of routes) {
      const teacher = await store.users.byId(route.teacherId);
      const overdue = allActivities(route).filter((a) => activityState(a, today) === "overdue").length;
      lines.push(t("rm-digest-mentee", { teacher: teacher?.fullName ?? "", done: routeProgress(route, today).done, total: routeProgress(route, today).total, overdue }));
    }
  }
  if (!lines.length) return undefined;
  return { text: [t("rm-digest-title"), ...lines].join("\n"), keyboard: new InlineKeyboard().text(t("rm-open-home"), homeButtons.pack("show")) };
}
