// What is waiting for a person: a teacher's next step on her route, the lists of routes each
// managing role works through (which routes, in which order), and paging of those lists.
import { addDays, type LocalDate } from "./time.js";
import { allActivities, type Route, type RouteStatus } from "./route.js";
import type { Actor, Role } from "./permissions.js";

// ---- the teacher ----

export interface TeacherState {
  isTeacher: boolean;
  historyComplete: boolean;
  /** Statements answered in an unfinished self-diagnosis, if one is under way. */
  diagnosis: { answered: number; total: number; completed: boolean };
  route?: Pick<Route, "id" | "status" | "tasks" | "submittedAt">;
}

export type TeacherStep =
  | { kind: "wait_for_invite" }
  | { kind: "fill_history" }
  | { kind: "start_diagnosis"; total: number }
  | { kind: "continue_diagnosis"; answered: number; total: number }
  | { kind: "create_route" }
  | { kind: "continue_draft"; routeId: number }
  | { kind: "fix_returned"; routeId: number }
  | { kind: "wait_for_decision"; routeId: number; since?: string }
  | { kind: "mark_done"; routeId: number; thisWeek: number; overdue: number };

/** The one thing the teacher should do next, from where she stands on `today`. */
export function teacherNextStep(state: TeacherState, today: LocalDate): TeacherStep {
  if (!state.isTeacher) return { kind: "wait_for_invite" };
  const route = state.route;
  if (route?.id !== undefined) {
    if (route.status === "draft") return { kind: "continue_draft", routeId: route.id };
    if (route.status === "returned") return { kind: "fix_returned", routeId: route.id };
    if (route.status === "submitted") return { kind: "wait_for_decision", routeId: route.id, ...(route.submittedAt ? { since: route.submittedAt } : {}) };
    if (route.status === "approved" || route.status === "active") return { kind: "mark_done", routeId: route.id, ...openWork(route, today) };
  }
  if (!state.historyComplete) return { kind: "fill_history" };
  const { answered, total, completed } = state.diagnosis;
  if (!completed) return answered > 0 ? { kind: "continue_diagnosis", answered, total } : { kind: "start_diagnosis", total };
  return { kind: "create_route" };
}

/** Planned activities dated within the coming week (today included), and those already past. */
export function openWork(route: Pick<Route, "tasks">, today: LocalDate): { thisWeek: number; overdue: number } {
  const planned = allActivities(route as Route).filter((a) => a.status === "planned");
  const weekEnd = addDays(today, 6);
  return {
    thisWeek: planned.filter((a) => a.date >= today && a.date <= weekEnd).length,
    overdue: planned.filter((a) => a.date < today).length,
  };
}

// ---- the people who manage routes ----

/** The lists of routes a managing person works through. */
export const WORK_LISTS = ["awaiting", "returned", "overdue", "school", "association", "mentees"] as const;
export type WorkList = (typeof WORK_LISTS)[number];

/** Which routes a list holds: in one school (optionally one subject association), or of named teachers. */
export type RouteScope = { schoolId: number; associationId?: number } | { teacherIds: number[] };

export interface ListSpec {
  scope: RouteScope;
  statuses: readonly RouteStatus[];
  /**
   * Two-step approval: "pending" — not yet reviewed by the subject association (the head's list); "ready" —
   * reviewed, or of a teacher outside any subject association (the deputy's list).
   */
  review?: "pending" | "ready";
  /** Only routes with a planned activity dated before this day (overdue). */
  overdueBefore?: LocalDate;
  /** Waiting longest first (by submission), or by teacher's name. */
  order: "waiting" | "teacher";
}

const LIVE_STATUSES: readonly RouteStatus[] = ["draft", "submitted", "returned", "approved", "active", "completed"];

/** The school a person runs (deputy or director) or heads a subject association in, for a role. */
export function schoolsWhere(actor: Actor, roles: readonly Role[]): { schoolId: number; districtId: number; associationId?: number }[] {
  return actor.memberships
    .filter((m) => roles.includes(m.role))
    .map((m) => ({ schoolId: m.organisationId, districtId: m.districtId, ...(m.associationId !== undefined ? { associationId: m.associationId } : {}) }));
}

/**
 * The list `list` as this actor may see it, or undefined when it is not theirs: a deputy's
 * "awaiting" and "returned" lists hold her school's routes; a association head's hold her association's;
 * "school" is every live route of a school for its deputy or director and the district's
 * methodists; "mentees" a mentor's teachers.
 */
export function listSpec(actor: Actor, list: WorkList, school: { schoolId: number; districtId: number; twoStep?: boolean; today?: LocalDate }): ListSpec | undefined {
  const schoolId = school.schoolId;
  const deciding = schoolsWhere(actor, ["deputy", "director"]).find((s) => s.schoolId === schoolId);
  const review = school.twoStep ? (deciding ? ("ready" as const) : ("pending" as const)) : undefined;
  const heading = schoolsWhere(actor, ["shmo_head"]).find((s) => s.schoolId === schoolId && s.associationId !== undefined);
  const running =
    schoolsWhere(actor, ["deputy", "director"]).some((s) => s.schoolId === schoolId) ||
    actor.isSuperAdmin === true ||
    actor.memberships.some((m) => (m.role === "methodist" || m.role === "admin") && m.districtId === school.districtId);
  const decidingScope: RouteScope | undefined = deciding ? { schoolId } : heading ? { schoolId, associationId: heading.associationId! } : undefined;
  switch (list) {
    case "awaiting":
      return decidingScope && { scope: decidingScope, statuses: ["submitted"], order: "waiting", ...(review ? { review } : {}) };
    case "returned":
      return decidingScope && { scope: decidingScope, statuses: ["returned"], order: "waiting" };
    case "overdue":
      return running && school.today ? { scope: { schoolId }, statuses: ["approved", "active"], order: "teacher", overdueBefore: school.today } : undefined;
    case "school":
      return running ? { scope: { schoolId }, statuses: LIVE_STATUSES, order: "teacher" } : undefined;
    case "association":
      return heading && { scope: { schoolId, associationId: heading.associationId! }, statuses: LIVE_STATUSES, order: "teacher" };
    case "mentees":
      return actor.menteeIds?.length ? { scope: { teacherIds: actor.menteeIds }, statuses: LIVE_STATUSES, order: "teacher" } : undefined;
  }
}

// ---- paging ----

export interface PageWindow {
  /** 0-based page actually shown (a page past the end shows the last one). */
  page: number;
  pages: number;
  skip: number;
  take: number;
}

export function pageWindow(total: number, page: number, size: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  return { page: current, pages, skip: current * size, take: size };
}
