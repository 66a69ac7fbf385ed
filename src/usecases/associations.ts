// The school's subject associations (002 §3.3): the deputy or director creates them by name,
// appoints heads from the school's people, places teachers (a teacher chooses her own on joining),
// and chooses how routes are approved: in one step, or in two with the association's review.
import type { AssociationSummary, Store } from "../data/index.js";
import { authorize, type Action } from "../domain/permissions.js";
import { LIMITS, parseField, textSchema } from "../domain/validation.js";
import { actorFor, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

const action: Action = "school.manage_associations";

async function refusalFor(store: Store, person: Person, schoolId: number) {
  const districtId = await store.organisations.districtIdOf(schoolId);
  const decision = authorize(await actorFor(store, person), action, { kind: "school", schoolId, districtId });
  return decision.allowed ? undefined : { reason: decision.reason, action };
}

export interface SchoolAssociations {
  associations: AssociationSummary[];
  reviewSteps: 1 | 2;
  teachersWithout: number;
}

export async function schoolAssociations(store: Store, input: { person: Person; schoolId: number }): Promise<Outcome<SchoolAssociations>> {
  const refusal = await refusalFor(store, input.person, input.schoolId);
  if (refusal) return refused(refusal);
  const [associations, school, teachers] = await Promise.all([store.associations.ofSchool(input.schoolId), store.organisations.byId(input.schoolId), store.associations.teachersOf(input.schoolId)]);
  return done({ associations, reviewSteps: school?.reviewSteps === 2 ? 2 : 1, teachersWithout: teachers.filter((t) => t.associationId === null).length });
}

/** One association as its school's deputy or director sees it: its summary (heads, teachers). */
export async function openAssociation(store: Store, input: { person: Person; associationId: number }): Promise<Outcome<AssociationSummary & { schoolId: number }>> {
  const association = await store.associations.byId(input.associationId);
  if (!association) return refused({ reason: "not_found" });
  const refusal = await refusalFor(store, input.person, association.schoolId);
  if (refusal) return refused(refusal);
  const summary = (await store.associations.ofSchool(association.schoolId)).find((a) => a.id === input.associationId);
  return summary ? done({ ...summary, schoolId: association.schoolId }) : refused({ reason: "not_found" });
}

export async function createAssociation(store: Store, input: { person: Person; schoolId: number; name: string; at: Date }): Promise<Outcome<{ id: number; name: string }>> {
  const refusal = await refusalFor(store, input.person, input.schoolId);
  if (refusal) return refused(refusal);
  const name = parseField(textSchema(LIMITS.title), input.name);
  if (!name.ok) return refused({ reason: "not_ready", issues: [name.issue] });
  const entry = { actorId: input.person.userId, action: "association_created", targetType: "association", details: { schoolId: input.schoolId } };
  const created = await store.associations.create(input.schoolId, name.value, { entry, at: input.at });
  if (!created) return refused({ reason: "not_ready", issues: [{ code: "association_exists", path: ["name"] }] });
  return done({ id: created.id, name: name.value });
}

/** The school's association, if the person runs that school. */
async function ownAssociation(store: Store, person: Person, associationId: number) {
  const association = await store.associations.byId(associationId);
  if (!association) return { refusal: { reason: "not_found" as const } };
  const refusal = await refusalFor(store, person, association.schoolId);
  return refusal ? { refusal } : { association };
}

export async function appointHead(store: Store, input: { person: Person; associationId: number; userId: number; at: Date }): Promise<Outcome<{ associationId: number }>> {
  const found = await ownAssociation(store, input.person, input.associationId);
  if (!found.association) return refused(found.refusal);
  const schoolId = found.association.schoolId;
  const people = await store.organisations.peopleOfSchool(schoolId);
  if (!people.some((p) => p.userId === input.userId)) return refused({ reason: "not_found" });
  const entry = { actorId: input.person.userId, action: "association_head_appointed", targetType: "association", targetId: input.associationId, details: { userId: input.userId } };
  await store.associations.appointHead(input.associationId, schoolId, input.userId, { entry, at: input.at });
  return done({ associationId: input.associationId });
}

/** The deputy places a teacher of her school in a subject association (moving her from another one). */
export async function placeTeacher(store: Store, input: { person: Person; associationId: number; teacherId: number; at: Date }): Promise<Outcome<{ associationId: number }>> {
  const found = await ownAssociation(store, input.person, input.associationId);
  if (!found.association) return refused(found.refusal);
  const entry = { actorId: input.person.userId, action: "teacher_placed", targetType: "association", targetId: input.associationId, details: { teacherId: input.teacherId } };
  const placed = await store.associations.placeTeacher(found.association.schoolId, input.teacherId, input.associationId, { entry, at: input.at });
  return placed ? done({ associationId: input.associationId }) : refused({ reason: "not_found" });
}

/** A teacher who has no subject association yet chooses hers from her school's list. */
export async function chooseOwnAssociation(store: Store, input: { person: Person; associationId: number; at: Date }): Promise<Outcome<{ name: string }>> {
  const association = await store.associations.byId(input.associationId);
  if (!association) return refused({ reason: "not_found" });
  const membership = (await store.organisations.membershipsOf(input.person.userId)).find((m) => m.role === "teacher" && m.organisationId === association.schoolId);
  if (!membership) return refused({ reason: "not_authorised", action: "route.edit" });
  if (membership.associationId !== undefined) return refused({ reason: "already_marked" });
  const entry = { actorId: input.person.userId, action: "association_chosen", targetType: "association", targetId: association.id };
  await store.associations.placeTeacher(association.schoolId, input.person.userId, association.id, { entry, at: input.at });
  return done({ name: association.name });
}

export async function setReviewSteps(store: Store, input: { person: Person; schoolId: number; steps: 1 | 2; at: Date }): Promise<Outcome<{ steps: 1 | 2 }>> {
  const refusal = await refusalFor(store, input.person, input.schoolId);
  if (refusal) return refused(refusal);
  const entry = { actorId: input.person.userId, action: "review_steps_set", targetType: "school", targetId: input.schoolId, details: { steps: input.steps } };
  await store.associations.setReviewSteps(input.schoolId, input.steps, { entry, at: input.at });
  return done({ steps: input.steps });
}
