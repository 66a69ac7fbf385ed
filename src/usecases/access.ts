// Who acts, and on what: the domain's Actor and Target built from the store, so that every use
// case asks the domain's permission rules the same way.
import type { Store } from "../data/index.js";
import { authorize, type Action, type Actor, type Target } from "../domain/permissions.js";
import type { Route } from "../domain/route.js";
import type { Refusal } from "./outcome.js";

export type RouteTarget = Extract<Target, { kind: "route" }>;

export interface Person {
  userId: number;
  /** Named in ADMIN_IDS: may do what the system allows an administrator. */
  isSuperAdmin?: boolean;
}

export async function actorFor(store: Store, person: Person): Promise<Actor> {
  const [memberships, menteeIds] = await Promise.all([store.organisations.membershipsOf(person.userId), store.organisations.menteesOf(person.userId)]);
  return { userId: person.userId, memberships, menteeIds, isSuperAdmin: person.isSuperAdmin === true };
}

/** The permission target of a route: its school, its district and the subject association of its teacher. */
export async function routeTargetFor(store: Store, route: Route): Promise<RouteTarget> {
  const [school, memberships] = await Promise.all([store.organisations.byId(route.schoolId), store.organisations.membershipsOf(route.teacherId)]);
  const teacher = memberships.find((m) => m.role === "teacher" && m.organisationId === route.schoolId);
  return {
    kind: "route",
    teacherId: route.teacherId,
    schoolId: route.schoolId,
    districtId: school?.parentId ?? route.schoolId,
    status: route.status,
    ...(teacher?.associationId ? { associationId: teacher.associationId } : {}),
    ...(school?.reviewSteps === 2 ? { twoStep: true } : {}),
    ...(route.reviewedAt ? { reviewed: true } : {}),
  };
}

/** Who acts and the route's place, when the caller has read them in this update already. */
export interface KnownFacts {
  actor?: Actor;
  target?: RouteTarget;
}

/** A route's place (the same for its teacher and school) with the route's own status and review. */
export function targetOfRoute(place: RouteTarget, route: Route): RouteTarget {
  const { reviewed: _reviewed, ...rest } = place;
  return { ...rest, status: route.status, ...(route.reviewedAt ? { reviewed: true } : {}) };
}

/** Undefined when `person` may do `action` on the route; otherwise the refusal. */
export async function refusalOn(store: Store, person: Person, action: Action, route: Route, known: KnownFacts = {}): Promise<Refusal | undefined> {
  const actor = known.actor?.userId === person.userId ? known.actor : await actorFor(store, person);
  const place = known.target?.teacherId === route.teacherId && known.target.schoolId === route.schoolId ? known.target : await routeTargetFor(store, route);
  const decision = authorize(actor, action, targetOfRoute(place, route));
  return decision.allowed ? undefined : { reason: decision.reason, action };
}
