// The half-year analysis and the final reflection without Telegram.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { activeRouteOfTeacher, storeForEachTest } from "../helpers/usecases.js";
import { completeHalfYearAnalysis, completeRoute } from "../../src/usecases/reflections.js";

const at = new Date("2027-03-10T03:00:00Z");
const today = "2027-03-10";

describe("reflections", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, deputy: number, routeId: number;

  beforeEach(async () => {
    store = fresh.store;
    const setUp = await activeRouteOfTeacher(store);
    ({ teacher, deputy } = setUp);
    routeId = setUp.route.id!;
    await store.routes.replaceCheckpoints(routeId, [{ kind: "half_year", dueDate: "2027-03-01" }]);
  });

  it("the half-year analysis answers the due checkpoint; only the teacher writes it", async () => {
    expect((await completeHalfYearAnalysis(store, { person: { userId: deputy }, routeId, facts: ["x"], corrections: "y", at, today })).ok).toBe(false);
    const saved = await completeHalfYearAnalysis(store, { person: { userId: teacher }, routeId, facts: ["Освоила критерии"], corrections: "Перенести семинар", at, today });
    expect(saved.ok).toBe(true);
    const route = (await store.routes.byId(routeId))!;
    expect(route.reflections[0]).toMatchObject({ kind: "half_year", corrections: "Перенести семинар" });
    expect(route.reflections[0]!.fact).toContain("1. Освоить формирующее оценивание: Освоила критерии");
    expect(route.checkpoints[0]!.answeredAt).toBeDefined();
  });

  it("the final reflection completes the route and seeds the next one, once", async () => {
    const input = { person: { userId: teacher }, routeId, fact: "Освоила", corrections: "Мало времени", prospects: "Функциональная грамотность", selfAssessment: 4, at, today, titleFor: () => "ИОМ 2027–2028" };
    const done = await completeRoute(store, input);
    expect(done.ok).toBe(true);
    expect((await store.routes.byId(routeId))!.status).toBe("completed");
    const next = (await store.routes.currentOf(teacher))!;
    expect(next).toMatchObject({ title: "ИОМ 2027–2028", goal: "Функциональная грамотность", previousRouteId: routeId, status: "draft" });
    expect((await completeRoute(store, input)).ok).toBe(false);
    expect((await store.routes.allOf(teacher)).length).toBe(2);
    expect((await store.audit.byAction("route_completed")).length).toBe(1);
  });
});
