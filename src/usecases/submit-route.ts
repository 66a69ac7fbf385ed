// A teacher submits her route for approval (002 §3.2): only her own draft, only when it is
// complete; the new version and its audit record are written together.
import type { Store } from "../data/index.js";
import { transition } from "../domain/lifecycle.js";
import type { Route } from "../domain/route.js";
import { submissionIssues } from "../domain/validation.js";
import { refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export async function submitRoute(store: Store, input: { person: Person; routeId: number; at: Date }): Promise<Outcome<{ submitted: Route }>> {
  const route = await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, input.person, "route.submit", route);
  if (refusal) return refused(refusal);
  const issues = submissionIssues(route);
  if (issues.length) return refused({ reason: "not_ready", issues });
  const submitted = transition(route, { type: "submit" }, input.at);
  const audit = { entry: { actorId: input.person.userId, action: "route_submitted", targetType: "route", targetId: route.id!, details: { version: submitted.version } }, at: input.at };
  if (!(await store.routes.changeStatus(route, submitted, audit))) return refused({ reason: "changed_meanwhile" });
  return done({ submitted });
}
