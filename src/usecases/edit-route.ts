// Saving what the teacher changed in her route's plan: a draft (or returned route) is written in
// place; a route being carried out keeps its approved plan and the change goes to the copy that
// will be sent for approval (a correction). Small edits of a draft are not audited one by one:
// what counts is audited when the route is submitted, decided or corrected.
import type { Store } from "../data/index.js";
import { planOf } from "../domain/correction.js";
import { EDITABLE_STATUSES } from "../domain/lifecycle.js";
import type { Route } from "../domain/route.js";
import { refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

/** `route` is the edited route (for an active one: the copy of its plan with the change). */
export async function saveRoutePlan(store: Store, input: { person: Person; route: Route }): Promise<Outcome<Route>> {
  const stored = await store.routes.byId(input.route.id!);
  if (!stored) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, input.person, "route.edit", stored);
  if (refusal) return refused(refusal);
  if (stored.status === "active") {
    return (await store.routes.saveCorrection(stored.id!, planOf(input.route))) ? done(input.route) : refused({ reason: "awaiting_decision" });
  }
  const saved = await store.routes.saveContent({ ...input.route, status: stored.status }, EDITABLE_STATUSES);
  return saved ? done(saved) : refused({ reason: "changed_meanwhile" });
}

/** The teacher drops the changes she prepared; the approved plan stays as it is. */
export async function discardCorrection(store: Store, input: { person: Person; routeId: number; at: Date }): Promise<Outcome<{ discarded: boolean }>> {
  const route = await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, input.person, "route.edit", route);
  if (refusal) return refused(refusal);
  const correction = await store.routes.openCorrection(route.id!);
  if (correction?.status === "submitted") return refused({ reason: "awaiting_decision" });
  const discarded = correction ? await store.routes.discardCorrection(correction.id) : false;
  if (discarded) await store.audit.record({ actorId: input.person.userId, action: "route_correction_discarded", targetType: "route", targetId: route.id! }, input.at);
  return done({ discarded });
}
