// Starting a route without Telegram: one at a time, a draft only after the self-diagnosis,
// a returned route reopened by its teacher only.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { storeForEachTest, teacherAndDeputy } from "../helpers/usecases.js";
import { readyRoute } from "../helpers/routes.js";
import { createRoute, reopenRoute } from "../../src/usecases/create-route.js";
import { submitRoute } from "../../src/usecases/submit-route.js";
import { decideRoute } from "../../src/usecases/decide-route.js";

const at = new Date("2026-11-26T03:00:00Z");
const term = { start: "2026-11-26", end: "2027-11-25" };

describe("starting and reopening a route", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, deputy: number, schoolId: number;

  beforeEach(async () => {
    store = fresh.store;
    ({ schoolId, teacher, deputy } = await teacherAndDeputy(store));
  });

  it("a draft needs the diagnosis; a manual route is created once, then it is the one returned", async () => {
    const input = { person: { userId: teacher }, term, title: "ИОМ 2026–2027", locale: "ru" as const, at };
    expect(await createRoute(store, { ...input, mode: "auto" })).toEqual({ ok: false, refusal: { reason: "not_ready", issues: [{ code: "diagnosis_needed", path: [] }] } });
    const first = await createRoute(store, { ...input, mode: "manual" });
    const created = first.ok && "created" in first.value ? first.value.created : undefined;
    expect(created).toMatchObject({ title: "ИОМ 2026–2027", status: "draft", term });
    const second = await createRoute(store, { ...input, mode: "manual" });
    expect(second.ok && "existing" in second.value && second.value.existing.id).toBe(created!.id);
    expect((await createRoute(store, { ...input, person: { userId: deputy }, mode: "manual" })).ok).toBe(false);
    expect((await store.audit.byAction("route_created")).length).toBe(1);
  });

  it("a returned route is reopened by its teacher, not by the deputy", async () => {
    const route = await store.routes.create(readyRoute({ teacherId: teacher, schoolId }));
    await submitRoute(store, { person: { userId: teacher }, routeId: route.id!, at });
    await decideRoute(store, { person: { userId: deputy }, routeId: route.id!, version: 1, choice: { decision: "return", comment: "Уточните" }, at, today: "2026-11-26" });
    expect((await reopenRoute(store, { person: { userId: deputy }, routeId: route.id!, at })).ok).toBe(false);
    const reopened = await reopenRoute(store, { person: { userId: teacher }, routeId: route.id!, at });
    expect(reopened.ok && reopened.value.status).toBe("draft");
    expect((await store.routes.byId(route.id!))!.status).toBe("draft");
  });
});
