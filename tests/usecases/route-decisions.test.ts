// Use cases called directly, without Telegram: submitting a route and deciding it check the
// domain's permissions, refuse in typed words, and write the change with its audit record.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { storeForEachTest } from "../helpers/usecases.js";
import { readyRoute } from "../helpers/routes.js";
import { submitRoute } from "../../src/usecases/submit-route.js";
import { decideRoute } from "../../src/usecases/decide-route.js";

const at = new Date("2026-11-26T03:00:00Z");
const today = "2026-11-26";

describe("submitting and deciding a route", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, colleague: number, deputy: number, schoolId: number;

  beforeEach(async () => {
    store = fresh.store;
    const district = await store.organisations.createDistrict("Район");
    schoolId = (await store.organisations.createSchool(district.id, "Школа № 1")).id;
    const person = async (telegramId: number, role: "teacher" | "deputy") => {
      const user = await store.users.touch({ telegramId: BigInt(telegramId) });
      await store.organisations.addMembership({ userId: user.id, organisationId: schoolId, role });
      return user.id;
    };
    teacher = await person(1, "teacher");
    colleague = await person(2, "teacher");
    deputy = await person(3, "deputy");
  });

  it("only the teacher submits her own complete draft, once", async () => {
    const draft = await store.routes.create(readyRoute({ teacherId: teacher, schoolId, goal: undefined }));
    expect(await submitRoute(store, { person: { userId: colleague }, routeId: draft.id!, at })).toEqual({ ok: false, refusal: { reason: "not_authorised", action: "route.submit" } });
    const incomplete = await submitRoute(store, { person: { userId: teacher }, routeId: draft.id!, at });
    expect(incomplete.ok === false && incomplete.refusal.reason === "not_ready" && incomplete.refusal.issues.map((i) => i.code)).toEqual(["route_no_goal"]);

    const route = await store.routes.create(readyRoute({ teacherId: teacher, schoolId }));
    const submitted = await submitRoute(store, { person: { userId: teacher }, routeId: route.id!, at });
    expect(submitted.ok && submitted.value.submitted.version).toBe(1);
    expect((await store.routes.byId(route.id!))!.status).toBe("submitted");
    expect((await store.audit.byAction("route_submitted")).map((a) => a.targetId)).toEqual([String(route.id)]);
    const again = await submitRoute(store, { person: { userId: teacher }, routeId: route.id!, at });
    expect(again).toEqual({ ok: false, refusal: { reason: "wrong_status", action: "route.submit" } });
  });

  it("the deputy approves once; the route starts with its checkpoints; a second decision is refused with who decided", async () => {
    const route = await store.routes.create(readyRoute({ teacherId: teacher, schoolId }));
    await submitRoute(store, { person: { userId: teacher }, routeId: route.id!, at });
    const approve = { decision: "approve" as const };
    const own = await decideRoute(store, { person: { userId: teacher }, routeId: route.id!, version: 1, choice: approve, at, today });
    expect(own.ok).toBe(false);

    const decided = await decideRoute(store, { person: { userId: deputy }, routeId: route.id!, version: 1, choice: approve, at, today });
    expect(decided.ok && decided.value.next.status).toBe("active");
    const stored = (await store.routes.byId(route.id!))!;
    expect(stored.status).toBe("active");
    expect(stored.checkpoints.length).toBeGreaterThan(0);
    expect((await store.audit.byAction("route_approve")).map((a) => a.actorId)).toEqual([deputy]);

    const second = await decideRoute(store, { person: { userId: deputy }, routeId: route.id!, version: 1, choice: { decision: "return", comment: "Ещё раз" }, at, today });
    expect(second).toEqual({ ok: false, refusal: { reason: "already_decided", deciderId: deputy, decision: "approve" } });
  });

  it("a return carries its comment, written with the decision", async () => {
    const route = await store.routes.create(readyRoute({ teacherId: teacher, schoolId }));
    await submitRoute(store, { person: { userId: teacher }, routeId: route.id!, at });
    const returned = await decideRoute(store, { person: { userId: deputy }, routeId: route.id!, version: 1, choice: { decision: "return", comment: "Уточните сроки" }, at, today });
    expect(returned.ok).toBe(true);
    expect((await store.routes.byId(route.id!))!.status).toBe("returned");
    expect((await store.routes.comments(route.id!)).map((c) => [c.authorId, c.text])).toEqual([[deputy, "Уточните сроки"]]);
    expect((await store.routes.lastReturn(route.id!))!.comment).toBe("Уточните сроки");
  });
});
