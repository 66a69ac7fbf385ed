// Running the district without Telegram: schools created once each with their deputy link,
// mentors only within the deputy's school, school facts only by the district's methodist.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { member, storeForEachTest } from "../helpers/usecases.js";
import { assignMentor, createSchools, recordSchoolFact } from "../../src/usecases/schools.js";

const at = new Date("2026-11-26T03:00:00Z");
const newDistrict = { name: "Район", timezone: "Asia/Krasnoyarsk" };

describe("schools, mentors and school facts", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let admin: number;

  beforeEach(async () => {
    store = fresh.store;
    admin = (await store.users.touch({ telegramId: 1n })).id;
  });

  it("creates each school once with its deputy link, in a district made for them", async () => {
    const person = { userId: admin, isSuperAdmin: true };
    const created = await createSchools(store, { person, schools: [{ name: "Школа № 1", uses: 2 }, { name: "Школа № 2" }], newDistrict, at });
    expect(created.ok && created.value.map((s) => (s.existed ? [s.name, "existed"] : [s.name, s.uses]))).toEqual([["Школа № 1", 2], ["Школа № 2", 1]]);
    const again = await createSchools(store, { person, schools: [{ name: "школа № 1" }], newDistrict, at });
    expect(again.ok && again.value[0]!.existed).toBe(true);
    expect((await store.audit.byAction("school_created")).length).toBe(2);
    expect((await createSchools(store, { person: { userId: admin }, schools: [{ name: "Школа № 3" }], newDistrict, at })).ok).toBe(false);
  });

  it("a deputy assigns mentors only in her school; a methodist records facts, a deputy may not", async () => {
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "Школа № 1");
    const other = await store.organisations.createSchool(district.id, "Школа № 2");
    const deputy = await member(store, 10n, school.id, "deputy");
    const mentor = await member(store, 11n, school.id, "mentor");
    const teacher = await member(store, 12n, school.id, "teacher");
    const foreignTeacher = await member(store, 13n, other.id, "teacher");
    const methodist = await member(store, 14n, district.id, "methodist");
    expect((await assignMentor(store, { person: { userId: deputy }, mentorId: mentor, teacherId: teacher, at })).ok).toBe(true);
    expect(await assignMentor(store, { person: { userId: deputy }, mentorId: mentor, teacherId: foreignTeacher, at })).toEqual({ ok: false, refusal: { reason: "not_found" } });
    expect(await store.organisations.menteesOf(mentor)).toEqual([teacher]);
    expect((await recordSchoolFact(store, { person: { userId: deputy }, schoolId: school.id, field: "hasCpdRegulation", value: true, at })).ok).toBe(false);
    expect((await recordSchoolFact(store, { person: { userId: methodist }, schoolId: school.id, field: "hasCpdRegulation", value: true, at })).ok).toBe(true);
    expect((await store.monitoring.facts([school.id])).schools[0]!.hasCpdRegulation).toBe(true);
  });
});
