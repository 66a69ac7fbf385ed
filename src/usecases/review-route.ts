// Review by the subject association (002 §3.3.2): in a school that approves in two steps, the head of the
// teacher's association records that the route was considered at its meeting — the protocol's
// number and date and the association's recommendation — and the deputy or director approves it.
import type { Store } from "../data/index.js";
import type { Route } from "../domain/route.js";
import type { LocalDate } from "../domain/time.js";
import { LIMITS } from "../domain/validation.js";
import { refusalOn, routeTargetFor, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export interface ReviewRouteInput {
  person: Person;
  routeId: number;
  version: number;
  protocolNumber: string;
  protocolDate: LocalDate;
  recommendation?: string;
  at: Date;
  today: LocalDate;
}

export async function reviewRoute(store: Store, input: ReviewRouteInput): Promise<Outcome<{ route: Route }>> {
  const route = await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  if (route.status !== "submitted" || route.version !== input.version) return refused({ reason: "changed_meanwhile" });
  const refusal = await refusalOn(store, input.person, "route.review", route);
  if (refusal) return refused(refusal);
  const number = input.protocolNumber.trim();
  if (!number || number.length > LIMITS.protocolNumber || input.protocolDate > input.today) {
    return refused({ reason: "not_ready", issues: [{ code: "protocol_invalid", path: ["protocol"] }] });
  }
  const target = await routeTargetFor(store, route);
  const recorded = await store.reviews.record({
    routeId: route.id!,
    routeVersion: route.version,
    associationId: target.associationId ?? null,
    reviewerId: input.person.userId,
    protocolNumber: number,
    protocolDate: input.protocolDate,
    recommendation: input.recommendation?.trim() || null,
    audit: { actorId: input.person.userId, action: "route_reviewed", targetType: "route", targetId: route.id!, details: { version: route.version, protocol: number } },
    at: input.at,
  });
  if (!recorded) return refused({ reason: "changed_meanwhile" });
  return done({ route: { ...route, reviewedAt: input.at.toISOString() } });
}
