// A teacher starts her route (002 §4.1): from the deficits of her self-diagnosis (an automatic
// draft with tasks, resources and dated activities) or empty, to fill by hand. One route at a
// time: while one is not completed, it is the one she works on. A returned route is reopened
// for correction before she edits it.
import type { Store } from "../data/index.js";
import { currentFramework, type Locale } from "../domain/framework.js";
import { draftRoute } from "../domain/draft.js";
import { transition } from "../domain/lifecycle.js";
import { emptyRoute, type Route, type Term } from "../domain/route.js";
import { currentDiagnosis } from "./diagnosis.js";
import { refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export interface CreateRouteInput {
  person: Person;
  mode: "auto" | "manual";
  term: Term;
  /** The route's title and the language of the drafted texts. */
  title: string;
  locale: Locale;
  at: Date;
}

export type CreatedRoute = { created: Route } | { existing: Route };

export async function createRoute(store: Store, input: CreateRouteInput): Promise<Outcome<CreatedRoute>> {
  const userId = input.person.userId;
  const schoolId = (await store.organisations.membershipsOf(userId)).find((m) => m.role === "teacher")?.organisationId;
  if (schoolId === undefined) return refused({ reason: "not_authorised", action: "route.edit" });
  const current = await store.routes.currentOf(userId);
  if (current && current.status !== "completed") return done({ existing: current });
  const diagnosis = await currentDiagnosis(store, userId);
  if (input.mode === "auto" && !diagnosis) return refused({ reason: "not_ready", issues: [{ code: "diagnosis_needed", path: [] }] });
  let route: Route = { ...emptyRoute(userId, schoolId, input.title), term: input.term, history: await store.profiles.history(userId), ...(diagnosis ? { profile: diagnosis.profile } : {}) };
  if (input.mode === "auto" && diagnosis) {
    const holidays = await store.organisations.holidaysOf(await store.organisations.districtIdOf(schoolId));
    route = { ...route, ...draftRoute(diagnosis.deficits, { framework: currentFramework, catalog: await store.catalog.all(), term: input.term, locale: input.locale, holidays }) };
  }
  const created = await store.routes.create(route, {
    ...(diagnosis?.diagnosticId ? { diagnosticId: diagnosis.diagnosticId } : {}),
    audit: { entry: { actorId: userId, action: "route_created", details: { mode: input.mode } }, at: input.at },
  });
  return done({ created });
}

/** A returned route goes back to a draft when its teacher opens it to correct it. */
export async function reopenRoute(store: Store, input: { person: Person; routeId: number; at: Date }): Promise<Outcome<Route>> {
  const route = await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, input.person, "route.edit", route);
  if (refusal) return refused(refusal);
  if (route.status !== "returned") return done(route);
  const reopened = transition(route, { type: "reopen" }, input.at);
  const audit = { entry: { actorId: input.person.userId, action: "route_reopened", targetType: "route", targetId: route.id!, details: { version: route.version } }, at: input.at };
  return (await store.routes.changeStatus(route, reopened, audit)) ? done(reopened) : refused({ reason: "changed_meanwhile" });
}
