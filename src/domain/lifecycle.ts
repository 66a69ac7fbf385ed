// The route's lifecycle as an explicit state machine:
// draft → submitted → returned (with a comment) → draft … → approved → active
// (half-year analyses) → completed (final reflection) → archived; the next route starts from it.
import { DomainError, IllegalTransitionError } from "./errors.js";
import { assertSubmittable, reflectionTextSchema } from "./validation.js";
import type { Reflection, Route, RouteStatus } from "./route.js";
import type { LocalDate } from "./time.js";

export type RouteEvent =
  | { type: "submit" }
  | { type: "withdraw" }
  | { type: "return"; comment: string }
  | { type: "reopen" }
  | { type: "approve" }
  | { type: "activate"; today: LocalDate }
  | { type: "half_year_analysis"; reflection: Reflection }
  | { type: "complete"; reflection: Reflection; selfAssessment: number }
  | { type: "archive" };

export type RouteEventType = RouteEvent["type"];

export const TRANSITIONS: Record<RouteStatus, Partial<Record<RouteEventType, RouteStatus>>> = {
  draft: { submit: "submitted", archive: "archived" },
  submitted: { withdraw: "draft", return: "returned", approve: "approved" },
  returned: { reopen: "draft" },
  approved: { activate: "active" },
  active: { half_year_analysis: "active", complete: "completed" },
  completed: { archive: "archived" },
  archived: {},
};

/** Statuses in which the teacher may change the route's content. */
export const EDITABLE_STATUSES: readonly RouteStatus[] = ["draft", "returned", "active"];

export function canTransition(status: RouteStatus, event: RouteEventType): boolean {
  return TRANSITIONS[status][event] !== undefined;
}

export function allowedEvents(status: RouteStatus): RouteEventType[] {
  return Object.keys(TRANSITIONS[status]) as RouteEventType[];
}

/** A new submission is reviewed anew. */
function withoutReview(route: Route): Route {
  const { reviewedAt: _reviewed, ...rest } = route;
  return rest;
}

function requireText(text: string | undefined, code: string): void {
  if (!reflectionTextSchema.safeParse(text ?? "").success) throw new DomainError(code, code);
}

/** Applies `event` at instant `at`; returns the new route or throws a typed error. */
export function transition(route: Route, event: RouteEvent, at: Date): Route {
  const next = TRANSITIONS[route.status][event.type];
  if (!next) throw new IllegalTransitionError(route.status, event.type);
  const stamp = at.toISOString();
  switch (event.type) {
    case "submit":
      assertSubmittable(route);
      return { ...withoutReview(route), status: next, version: route.version + 1, submittedAt: stamp };
    case "return":
      requireText(event.comment, "return_needs_comment");
      return { ...route, status: next };
    case "approve":
      return { ...route, status: next, approvedAt: stamp };
    case "activate":
      if (route.term && event.today < route.term.start) throw new DomainError("term_not_started", "the term has not started");
      return { ...route, status: next, activatedAt: stamp };
    case "half_year_analysis":
      if (event.reflection.kind !== "half_year") throw new DomainError("wrong_reflection_kind", "expected a half-year analysis");
      requireText(event.reflection.fact, "reflection_needs_fact");
      return { ...route, reflections: [...route.reflections, event.reflection] };
    case "complete":
      if (event.reflection.kind !== "final") throw new DomainError("wrong_reflection_kind", "expected a final reflection");
      requireText(event.reflection.fact, "reflection_needs_fact");
      if (!Number.isInteger(event.selfAssessment) || event.selfAssessment < 1 || event.selfAssessment > 5) {
        throw new DomainError("self_assessment_range", "self-assessment is 1..5");
      }
      return {
        ...route,
        status: next,
        reflections: [...route.reflections, event.reflection],
        selfAssessment: event.selfAssessment,
        completedAt: stamp,
      };
    case "archive":
      return { ...route, status: next, archivedAt: stamp };
    default:
      return { ...route, status: next };
  }
}

/** An approved route starts on the first day of its term (at once when that day has come). */
export function shouldActivate(route: Route, today: LocalDate): boolean {
  return route.status === "approved" && (!route.term || route.term.start <= today);
}
