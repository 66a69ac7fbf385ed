// What is waiting for a person, read from the store: the teacher's step as she goes, and the lists
// of the people who manage routes within what they may see.
import { describe, expect, it } from "vitest";
import { member, storeForEachTest } from "../helpers/usecases.js";
import { readyRoute } from "../helpers/routes.js";
import { homeOf, routeListPage } from "../../src/usecases/work.js";
import { resumeDiagnosis, answerStatement } from "../../src/usecases/self-diagnosis.js";

const today = "2026-11-26";

describe("work of a person", () => {
  const fixture = storeForEachTest();

  async function school() {
    const store = fixture.store;
    const district = await store.organisations.createDistrict("Район");
    return (await store.organisations.createSchool(district.id, "Школа № 3")).id;
  }

  it("a teacher's step moves from the history to the diagnosis (resumed where she left it)", async () => {
    const store = fixture.store;
    const teacherId = await member(store, 1n, await school(), "teacher");
    expect((await homeOf(store, { userId: teacherId }, today)).teacher?.kind).toBe("fill_history");
    for (const [field, value] of [["fullName", "Анна Иванова"], ["position", "учитель"], ["education", "higher_pedagogical"], ["teachingYears", 5], ["qualificationCategory", "first"]] as const) {
      await store.profiles.saveField(teacherId, field, value as never);
    }
    expect((await homeOf(store, { userId: teacherId }, today)).teacher).toEqual({ kind: "start_diagnosis", total: expect.any(Number) });
    const open = await resumeDiagnosis(store, { userId: teacherId });
    await answerStatement(store, { userId: teacherId, diagnosticId: open.diagnosticId, index: 0, score: 2 });
    expect((await homeOf(store, { userId: teacherId }, today)).teacher).toMatchObject({ kind: "continue_diagnosis", answered: 1 });
  });

  it("a deputy's home counts her lists; a deputy of another school cannot open them", async () => {
    const store = fixture.store;
    const schoolId = await school();
    const deputyId = await member(store, 2n, schoolId, "deputy");
    const teacherId = await member(store, 3n, schoolId, "teacher");
    await store.routes.create(readyRoute({ teacherId, schoolId, status: "submitted", version: 1, submittedAt: "2026-11-20T08:00:00.000Z" }));
    const home = await homeOf(store, { userId: deputyId }, today);
    expect(home.teacher).toBeUndefined();
    expect(home.schools).toEqual([{ schoolId, districtId: expect.any(Number), name: "Школа № 3", lists: { awaiting: 1, returned: 0, overdue: 0, school: 1 }, dashboard: true, reviews: false, interviews: 0, recommendations: 0 }]);

    const otherDeputy = await member(store, 4n, await school(), "deputy");
    const refused = await routeListPage(store, { person: { userId: otherDeputy }, list: "awaiting", schoolId, page: 0 });
    expect(refused).toEqual({ ok: false, refusal: { reason: "not_authorised", action: "route.view" } });
    const page = await routeListPage(store, { person: { userId: deputyId }, list: "awaiting", schoolId, page: 0 });
    expect(page.ok && page.value.items.map((i) => i.teacherId)).toEqual([teacherId]);
  });
});
