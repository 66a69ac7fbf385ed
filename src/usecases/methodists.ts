// The municipal methodical service: an administrator makes each methodist responsible for a set of
// schools (000 §3.1.2); a methodist gives a targeted recommendation to a school as a whole, tied to
// the school year and its latest monitoring round (000 §3.2.9); the school answers and carries it out.
import type { SchoolRecommendationRecord, Store } from "../data/index.js";
import { authorize, type Action } from "../domain/permissions.js";
import { schoolYearOf } from "../domain/schedule.js";
import type { LocalDate } from "../domain/time.js";
import { LIMITS, parseField, textSchema } from "../domain/validation.js";
import { actorFor, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

async function schoolRefusal(store: Store, person: Person, action: Action, schoolId: number) {
  const districtId = await store.organisations.districtIdOf(schoolId);
  const decision = authorize(await actorFor(store, person), action, { kind: "school", schoolId, districtId });
  return decision.allowed ? undefined : { reason: decision.reason, action };
}

export async function districtMethodists(store: Store, input: { person: Person; districtId: number }): Promise<Outcome<{ userId: number; schools: number[] }[]>> {
  const decision = authorize(await actorFor(store, input.person), "district.assign_methodists", { kind: "district", districtId: input.districtId });
  if (!decision.allowed) return refused({ reason: decision.reason, action: "district.assign_methodists" });
  const ids = await store.organisations.membersWithRole(input.districtId, "methodist");
  return done(await Promise.all(ids.map(async (userId) => ({ userId, schools: await store.methodists.schoolsOf(userId) }))));
}

export async function setResponsibility(store: Store, input: { person: Person; methodistId: number; schoolId: number; responsible: boolean; at: Date }): Promise<Outcome<{ responsible: boolean }>> {
  const districtId = await store.organisations.districtIdOf(input.schoolId);
  const decision = authorize(await actorFor(store, input.person), "district.assign_methodists", { kind: "district", districtId });
  if (!decision.allowed) return refused({ reason: decision.reason, action: "district.assign_methodists" });
  const methodists = await store.organisations.membersWithRole(districtId, "methodist");
  if (!methodists.includes(input.methodistId)) return refused({ reason: "not_found" });
  const entry = { actorId: input.person.userId, action: input.responsible ? "methodist_school_assigned" : "methodist_school_released", targetType: "school", targetId: input.schoolId, details: { methodistId: input.methodistId } };
  await store.methodists.setResponsible(input.methodistId, input.schoolId, input.responsible, { entry, at: input.at });
  return done({ responsible: input.responsible });
}

export interface IssuedSchoolRecommendation {
  id: number;
  schoolId: number;
  /** The school's deputies and director, who answer it. */
  recipients: number[];
}

export async function recommendToSchool(store: Store, input: { person: Person; schoolId: number; text: string; today: LocalDate; at: Date }): Promise<Outcome<IssuedSchoolRecommendation>> {
  const refusal = await schoolRefusal(store, input.person, "school.recommend", input.schoolId);
  if (refusal) return refused(refusal);
  const text = parseField(textSchema(LIMITS.longText), input.text);
  if (!text.ok) return refused({ reason: "not_ready", issues: [text.issue] });
  const schoolYear = schoolYearOf(input.today);
  const districtId = await store.organisations.districtIdOf(input.schoolId);
  const rounds = await store.rounds.ofYear(districtId, schoolYear);
  const round = rounds.find((r) => r.kind === "end") ?? rounds.find((r) => r.kind === "start");
  const entry = { actorId: input.person.userId, action: "school_recommendation_issued", targetType: "school_recommendation", details: { schoolId: input.schoolId } };
  const id = await store.methodists.recommend({ schoolId: input.schoolId, authorId: input.person.userId, text: text.value, schoolYear, ...(round ? { roundKind: round.kind } : {}) }, { entry, at: input.at });
  const [deputies, directors] = await Promise.all([store.organisations.membersWithRole(input.schoolId, "deputy"), store.organisations.membersWithRole(input.schoolId, "director")]);
  return done({ id, schoolId: input.schoolId, recipients: [...new Set([...deputies, ...directors])] });
}

/** The recommendation, if the person answers for its school. */
async function forSchool(store: Store, person: Person, id: number): Promise<Outcome<SchoolRecommendationRecord>> {
  const recommendation = await store.methodists.recommendation(id);
  if (!recommendation) return refused({ reason: "not_found" });
  const refusal = await schoolRefusal(store, person, "school.respond", recommendation.schoolId);
  return refusal ? refused(refusal) : done(recommendation);
}

export async function markSchoolRecommendation(store: Store, input: { person: Person; id: number; status: "accepted" | "done"; at: Date }): Promise<Outcome<SchoolRecommendationRecord>> {
  const found = await forSchool(store, input.person, input.id);
  if (!found.ok) return found;
  const entry = { actorId: input.person.userId, action: `school_recommendation_${input.status}`, targetType: "school_recommendation", targetId: input.id };
  const moved = await store.methodists.advance(input.id, input.status, { entry, at: input.at });
  return moved ? done(found.value) : refused({ reason: "already_marked" });
}

export async function answerSchoolRecommendation(store: Store, input: { person: Person; id: number; text: string; at: Date }): Promise<Outcome<SchoolRecommendationRecord>> {
  const found = await forSchool(store, input.person, input.id);
  if (!found.ok) return found;
  const text = parseField(textSchema(LIMITS.longText), input.text);
  if (!text.ok) return refused({ reason: "not_ready", issues: [text.issue] });
  const entry = { actorId: input.person.userId, action: "school_recommendation_answered", targetType: "school_recommendation", targetId: input.id };
  await store.methodists.reply(input.id, text.value, { entry, at: input.at });
  return done(found.value);
}

/** The school's recommendations, for those who answer for it or recommend to it. */
export async function schoolRecommendations(store: Store, input: { person: Person; schoolId: number }): Promise<Outcome<SchoolRecommendationRecord[]>> {
  const asSchool = await schoolRefusal(store, input.person, "school.respond", input.schoolId);
  const asMethodist = await schoolRefusal(store, input.person, "school.recommend", input.schoolId);
  if (asSchool && asMethodist) return refused(asSchool);
  return done(await store.methodists.recommendationsOf(input.schoolId));
}

/** One recommendation to a school, for those who may see the school's: its deputies and director, the methodists. */
export async function openSchoolRecommendation(store: Store, input: { person: Person; id: number }): Promise<Outcome<SchoolRecommendationRecord>> {
  const recommendation = await store.methodists.recommendation(input.id);
  if (!recommendation) return refused({ reason: "not_found" });
  const visible = await schoolRecommendations(store, { person: input.person, schoolId: recommendation.schoolId });
  return visible.ok ? done(recommendation) : visible;
}

/** The schools of the district with those a methodist answers for, for whoever assigns methodists. */
export async function methodistSchools(store: Store, input: { person: Person; districtId: number; methodistId: number }): Promise<Outcome<{ schools: { id: number; name: string }[]; mine: number[] }>> {
  const methodists = await districtMethodists(store, { person: input.person, districtId: input.districtId });
  if (!methodists.ok) return methodists;
  const methodist = methodists.value.find((m) => m.userId === input.methodistId);
  if (!methodist) return refused({ reason: "not_found" });
  return done({ schools: await store.organisations.schoolsOf(input.districtId), mine: methodist.schools });
}
