// Running the district (000 §2): the administrator creates schools (each with the single-use
// link its deputy joins by), a deputy assigns mentors to teachers of her school, a methodist
// records the school facts the indicators need (000 §2.4.2, 2.4.3, 2.4.5). Each write with its
// audit record in one transaction.
import type { SchoolFactField, Store } from "../data/index.js";
import { authorize, type Action } from "../domain/permissions.js";
import { actorFor, type Person } from "./access.js";
import { expiryFrom, managedSchool, usesFor } from "./invites.js";
import { done, refused, type Outcome } from "./outcome.js";

export type SchoolCreation = { name: string; existed: true } | { name: string; existed: false; code: string; uses: number; expiresAt: Date };

export interface CreateSchoolsInput {
  person: Person;
  /** Each school's name, and how many deputies may join by its link (one unless asked). */
  schools: { name: string; uses?: number }[];
  /** The district to create when there is none yet. */
  newDistrict: { name: string; timezone: string };
  at: Date;
}

export async function createSchools(store: Store, input: CreateSchoolsInput): Promise<Outcome<SchoolCreation[]>> {
  const action: Action = "system.manage_districts";
  const decision = authorize(await actorFor(store, input.person), action, { kind: "system" });
  if (!decision.allowed) return refused({ reason: decision.reason, action });
  const district = (await store.organisations.districts())[0] ?? (await store.organisations.createDistrict(input.newDistrict.name, input.newDistrict.timezone));
  const existing = new Set((await store.organisations.schoolsOf(district.id)).map((s) => s.name.toLowerCase()));
  const expiresAt = expiryFrom(input.at);
  const results: SchoolCreation[] = [];
  for (const school of input.schools) {
    if (existing.has(school.name.toLowerCase())) {
      results.push({ name: school.name, existed: true });
      continue;
    }
    existing.add(school.name.toLowerCase());
    const uses = Math.max(1, school.uses ?? usesFor("deputy") ?? 1);
    const created = await store.organisations.createSchoolWithInvite({ districtId: district.id, name: school.name, createdById: input.person.userId, maxUses: uses, expiresAt, at: input.at });
    results.push({ name: school.name, existed: false, code: created.code, uses, expiresAt });
  }
  return done(results);
}

/** A deputy assigns a mentor of her school to one of its teachers (000 §3.2). */
export async function assignMentor(store: Store, input: { person: Person; mentorId: number; teacherId: number; at: Date }): Promise<Outcome<{ schoolId: number }>> {
  const actor = await actorFor(store, input.person);
  const school = managedSchool(actor);
  const action: Action = "school.assign_mentor";
  if (!school) return refused({ reason: "not_authorised", action });
  const decision = authorize(actor, action, { kind: "school", ...school });
  if (!decision.allowed) return refused({ reason: decision.reason, action });
  const [mentors, teachers] = await Promise.all([store.organisations.membersWithRole(school.schoolId, "mentor"), store.organisations.membersWithRole(school.schoolId, "teacher")]);
  if (!mentors.includes(input.mentorId) || !teachers.includes(input.teacherId) || input.mentorId === input.teacherId) return refused({ reason: "not_found" });
  const audit = { entry: { actorId: input.person.userId, action: "mentor_assigned", details: { mentorId: input.mentorId, teacherId: input.teacherId } }, at: input.at };
  await store.organisations.assignMentor(input.mentorId, input.teacherId, school.schoolId, audit);
  return done({ schoolId: school.schoolId });
}

/** A methodist records whether a school has what the district's indicators count. */
export async function recordSchoolFact(store: Store, input: { person: Person; schoolId: number; field: SchoolFactField; value: boolean; at: Date }): Promise<Outcome<{ schoolId: number }>> {
  const action: Action = "district.record_facts";
  const districtId = await store.organisations.districtIdOf(input.schoolId);
  const decision = authorize(await actorFor(store, input.person), action, { kind: "district", districtId });
  if (!decision.allowed) return refused({ reason: decision.reason, action });
  const audit = { entry: { actorId: input.person.userId, action: "school_fact_recorded", targetType: "school", targetId: input.schoolId, details: { field: input.field, value: input.value } }, at: input.at };
  await store.monitoring.setSchoolFact(input.schoolId, input.field, input.value, audit);
  return done({ schoolId: input.schoolId });
}

/** The school's number of pedagogical staff, entered by its deputy or director (000 §2.4.1). */
export const STAFF_LIMIT = 2000;

export async function recordStaffCount(store: Store, input: { person: Person; schoolId: number; count: number; at: Date }): Promise<Outcome<{ count: number }>> {
  const action: Action = "school.record_staff";
  const districtId = await store.organisations.districtIdOf(input.schoolId);
  const decision = authorize(await actorFor(store, input.person), action, { kind: "school", schoolId: input.schoolId, districtId });
  if (!decision.allowed) return refused({ reason: decision.reason, action });
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > STAFF_LIMIT) return refused({ reason: "not_ready", issues: [{ code: "staff_out_of_range", path: ["staff"], params: { max: STAFF_LIMIT } }] });
  const entry = { actorId: input.person.userId, action: "staff_recorded", targetType: "school", targetId: input.schoolId, details: { count: input.count } };
  await store.monitoring.setStaffCount(input.schoolId, input.count, { entry, at: input.at });
  return done({ count: input.count });
}
