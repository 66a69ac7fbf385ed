// The deputy, the director or (in one step) the association head decides a submitted route (002 §3.2,
// §3.3.2; in two steps the subject association reviews it first, see review-route.ts): approve it (it starts at once
// if its term has begun, with its checkpoints planned) or return it with a comment. One decision
// per submitted version, whoever presses and however often; the decision, the comment, the
// checkpoints and the audit record are written together.
import type { Store } from "../data/index.js";
import { shouldActivate, transition } from "../domain/lifecycle.js";
import type { Route } from "../domain/route.js";
import { planCheckpoints } from "../domain/schedule.js";
import type { LocalDate } from "../domain/time.js";
import { refusalOn, type KnownFacts, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export type RouteDecision = { decision: "approve" } | { decision: "return"; comment: string };

export interface DecideRouteInput {
  person: Person;
  routeId: number;
  /** The submitted version the decision is about (a newer submission needs a new decision). */
  version: number;
  choice: RouteDecision;
  at: Date;
  today: LocalDate;
  /**
   * The route as the caller read it in this update, with who acts and where: not read again.
   * Its status and version are checked here all the same, and the write is conditional on them.
   */
  known?: KnownFacts & { route?: Route };
}

export async function decideRoute(store: Store, input: DecideRouteInput): Promise<Outcome<{ route: Route; next: Route }>> {
  const given = input.known?.route;
  const route = given?.id === input.routeId ? given : await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  // A decision moves the route on in the same transaction: a route still submitted at this version has none.
  if (route.status !== "submitted" || route.version !== input.version) return refusedAfter(store, input);
  const refusal = await refusalOn(store, input.person, input.choice.decision === "approve" ? "route.approve" : "route.decide", route, input.known);
  if (refusal) return refused(refusal);

  const { choice, at } = input;
  let next = choice.decision === "approve" ? transition(route, { type: "approve" }, at) : transition(route, { type: "return", comment: choice.comment }, at);
  if (shouldActivate(next, input.today)) next = transition(next, { type: "activate", today: input.today }, at);
  const recorded = await store.routes.decide({
    route,
    next,
    deciderId: input.person.userId,
    decision: choice.decision,
    ...(choice.decision === "return" ? { comment: choice.comment } : { checkpoints: planCheckpoints(next) }),
    audit: { actorId: input.person.userId, action: `route_${choice.decision}`, targetType: "route", targetId: route.id!, details: { version: route.version } },
    at,
  });
  return recorded ? done({ route, next }) : refusedAfter(store, input);
}

/** Someone decided this version first, or the route changed since the press. */
async function refusedAfter(store: Store, input: DecideRouteInput): Promise<Outcome<never>> {
  const decided = await store.routes.decisionOf(input.routeId, input.version);
  return refused(decided ? { reason: "already_decided", deciderId: decided.deciderId, decision: decided.decision } : { reason: "changed_meanwhile" });
}
