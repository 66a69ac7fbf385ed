// Correcting a route being carried out (002 §4.2–4.3): the teacher submits her corrected copy of
// the plan; the deputy or the association head approves it (it takes effect, progress kept) or returns it
// with a comment (the approved plan stays). Each step is written with its audit record.
import type { CorrectionRecord, Store } from "../data/index.js";
import { applyCorrection, planChanges, planOf, type PlanChange } from "../domain/correction.js";
import type { Route } from "../domain/route.js";
import { refusalOn, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export async function submitCorrection(store: Store, input: { person: Person; routeId: number; at: Date }): Promise<Outcome<{ route: Route; correction: CorrectionRecord; changes: PlanChange[] }>> {
  const route = await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, input.person, "route.edit", route);
  if (refusal) return refused(refusal);
  if (route.status !== "active") return refused({ reason: "wrong_status", action: "route.edit" });
  const correction = await store.routes.openCorrection(route.id!);
  if (correction?.status === "submitted") return refused({ reason: "awaiting_decision" });
  const changes = correction ? planChanges(planOf(route), correction.content) : [];
  if (!correction || !changes.length) return refused({ reason: "nothing_to_submit" });
  const audit = { actorId: input.person.userId, action: "route_correction_submitted", targetType: "route", targetId: route.id!, details: { correction: correction.id, changes } };
  if (!(await store.routes.submitCorrection(correction.id, input.at, audit))) return refused({ reason: "awaiting_decision" });
  return done({ route, correction: { ...correction, status: "submitted" }, changes });
}

export type CorrectionDecision = { decision: "approve" } | { decision: "return"; comment: string };

export async function decideCorrection(
  store: Store,
  input: { person: Person; correctionId: number; choice: CorrectionDecision; at: Date },
): Promise<Outcome<{ route: Route; changes: PlanChange[] }>> {
  const correction = await store.routes.correctionById(input.correctionId);
  const route = correction ? await store.routes.byId(correction.routeId) : undefined;
  if (!correction || !route) return refused({ reason: "not_found" });
  const refusal = await refusalOn(store, input.person, "route.decide_correction", route);
  if (refusal) return refused(refusal);
  if (correction.status !== "submitted") return refused({ reason: "already_decided", deciderId: correction.deciderId, decision: correction.status === "returned" ? "return" : "approve" });
  const { choice, at } = input;
  const approve = choice.decision === "approve";
  const changes = planChanges(planOf(route), correction.content);
  const decided = await store.routes.decideCorrection({
    id: correction.id,
    routeId: route.id!,
    decision: choice.decision,
    deciderId: input.person.userId,
    ...(choice.decision === "return" ? { comment: choice.comment } : { corrected: applyCorrection(route, correction.content) }),
    audit: { actorId: input.person.userId, action: approve ? "route_correction_approved" : "route_correction_returned", targetType: "route", targetId: route.id!, details: { correction: correction.id, changes } },
    at,
  });
  if (!decided) return refused({ reason: "changed_meanwhile" });
  return done({ route, changes });
}
