// Corrections without Telegram: nothing to submit until something changes; the approver's
// decision puts the copy in force once; the teacher may not decide her own.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { activeRouteOfTeacher, storeForEachTest } from "../helpers/usecases.js";
import { decideCorrection, submitCorrection } from "../../src/usecases/corrections.js";
import { planOf } from "../../src/domain/correction.js";

const at = new Date("2026-11-26T03:00:00Z");

describe("correcting an active route", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, deputy: number, routeId: number;

  beforeEach(async () => {
    store = fresh.store;
    const setUp = await activeRouteOfTeacher(store);
    ({ teacher, deputy } = setUp);
    routeId = setUp.route.id!;
  });

  it("submits a real change once, and the deputy's approval puts it in force", async () => {
    expect(await submitCorrection(store, { person: { userId: teacher }, routeId, at })).toEqual({ ok: false, refusal: { reason: "nothing_to_submit" } });
    const live = (await store.routes.byId(routeId))!;
    await store.routes.saveCorrection(routeId, { ...planOf(live), goal: "Новая цель" });
    const submitted = await submitCorrection(store, { person: { userId: teacher }, routeId, at });
    expect(submitted.ok && submitted.value.changes).toEqual([{ kind: "goal" }]);
    expect(await submitCorrection(store, { person: { userId: teacher }, routeId, at })).toEqual({ ok: false, refusal: { reason: "awaiting_decision" } });
    const correctionId = submitted.ok ? submitted.value.correction.id : 0;

    const own = await decideCorrection(store, { person: { userId: teacher }, correctionId, choice: { decision: "approve" }, at });
    expect(own.ok).toBe(false);
    const approved = await decideCorrection(store, { person: { userId: deputy }, correctionId, choice: { decision: "approve" }, at });
    expect(approved.ok).toBe(true);
    expect((await store.routes.byId(routeId))!.goal).toBe("Новая цель");
    const again = await decideCorrection(store, { person: { userId: deputy }, correctionId, choice: { decision: "return", comment: "Нет" }, at });
    expect(again).toEqual({ ok: false, refusal: { reason: "already_decided", deciderId: deputy, decision: "approve" } });
    expect((await store.audit.byAction("route_correction_approved")).map((a) => a.actorId)).toEqual([deputy]);
  });
});
