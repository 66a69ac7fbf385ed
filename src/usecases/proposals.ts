// A route formed with a mentor or methodist (002 §3.2): whoever supports the teacher proposes a
// goal or a task; the teacher accepts it (it goes into her draft, or into the correction of a
// route being carried out) or declines it; the author is to be told either way.
import type { ProposalRecord, Store } from "../data/index.js";
import { applyProposal, type ProposalKind } from "../domain/proposal.js";
import { DomainError } from "../domain/errors.js";
import type { Route } from "../domain/route.js";
import { LIMITS, parseField, textSchema } from "../domain/validation.js";
import { refusalOn, type Person } from "./access.js";
import { saveRoutePlan } from "./edit-route.js";
import { done, refused, type Outcome } from "./outcome.js";

export async function proposeEdit(store: Store, input: { person: Person; routeId: number; kind: ProposalKind; text: string; at: Date }): Promise<Outcome<{ id: number; route: Route }>> {
  const route = await store.routes.byId(input.routeId);
  if (!route) return refused({ reason: "not_found" });
  if (route.teacherId === input.person.userId) return refused({ reason: "own_route", action: "route.comment" });
  const refusal = await refusalOn(store, input.person, "route.comment", route);
  if (refusal) return refused(refusal);
  if (!["draft", "returned", "active"].includes(route.status)) return refused({ reason: "wrong_status", action: "route.edit" });
  const text = parseField(textSchema(input.kind === "goal" ? LIMITS.longText : LIMITS.title), input.text);
  if (!text.ok) return refused({ reason: "not_ready", issues: [text.issue] });
  const audit = { actorId: input.person.userId, action: "route_edit_proposed", targetType: "route", targetId: route.id!, details: { kind: input.kind } };
  const id = await store.proposals.create({ routeId: route.id!, authorId: input.person.userId, kind: input.kind, text: text.value }, audit, input.at);
  return done({ id, route });
}

/** The plan the teacher is editing: the route itself, or (being carried out) its open correction. */
async function planBeingEdited(store: Store, route: Route): Promise<Route> {
  if (route.status !== "active") return route;
  const correction = await store.routes.openCorrection(route.id!);
  return correction ? { ...route, ...correction.content } : route;
}

export async function answerProposal(store: Store, input: { person: Person; proposalId: number; accept: boolean; at: Date }): Promise<Outcome<{ proposal: ProposalRecord; route: Route }>> {
  const proposal = await store.proposals.byId(input.proposalId);
  const route = proposal ? await store.routes.byId(proposal.routeId) : undefined;
  if (!proposal || !route) return refused({ reason: "not_found" });
  if (route.teacherId !== input.person.userId) return refused({ reason: "not_authorised", action: "route.edit" });
  if (proposal.status !== "proposed") return refused({ reason: "already_marked" });
  // The answer is claimed first, so that two presses cannot apply the same change twice.
  const audit = { actorId: input.person.userId, action: input.accept ? "route_proposal_accepted" : "route_proposal_declined", targetType: "route", targetId: route.id! };
  if (!(await store.proposals.answer(proposal.id, input.accept ? "accepted" : "declined", audit, input.at))) return refused({ reason: "already_marked" });
  if (!input.accept) return done({ proposal, route });
  const applied = await applyTo(store, input.person, route, proposal);
  if (!applied.ok) await store.proposals.reopen(proposal.id);
  return applied.ok ? done({ proposal, route }) : applied;
}

async function applyTo(store: Store, person: Person, route: Route, proposal: ProposalRecord): Promise<Outcome<Route>> {
  let changed: Route;
  try {
    changed = applyProposal(await planBeingEdited(store, route), proposal);
  } catch (error) {
    if (error instanceof DomainError) return refused({ reason: "not_ready", issues: [{ code: error.code, path: ["tasks"] }] });
    throw error;
  }
  return saveRoutePlan(store, { person, route: changed });
}
