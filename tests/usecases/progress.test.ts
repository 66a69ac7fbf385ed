// Marking progress without Telegram: only on one's own active route; a finished course asks the
// deputies for the correction interview once, however often it is marked.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { activeRouteOfTeacher, storeForEachTest } from "../helpers/usecases.js";
import { markActivityDone } from "../../src/usecases/mark-activity-done.js";
import { answerCheckpoint, markBroadcastHeld, recordProduct, renameProduct } from "../../src/usecases/progress.js";
import { recordInterview } from "../../src/usecases/interviews.js";
import { PRODUCT_KINDS } from "../../src/domain/vocabulary.js";

const at = new Date("2026-11-26T03:00:00Z");

describe("marking an activity done", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, deputy: number, routeId: number, activityId: number;

  beforeEach(async () => {
    store = fresh.store;
    const { route, ...people } = await activeRouteOfTeacher(store);
    ({ teacher, deputy } = people);
    routeId = route.id!;
    activityId = route.tasks[0]!.activities[0]!.id!;
  });

  it("records the mark with its evidence and audit; a course asks the deputies once", async () => {
    const evidence = { kind: "text" as const, value: "Удостоверение № 12", addedAt: at.toISOString() };
    const first = await markActivityDone(store, { person: { userId: teacher }, routeId, activityId, evidence, at });
    expect(first.ok && first.value.interviewId).toBeGreaterThan(0);
    const again = await markActivityDone(store, { person: { userId: teacher }, routeId, activityId, at: new Date(at.getTime() + 60_000) });
    expect(again.ok && again.value.interviewId).toBe(first.ok && first.value.interviewId);
    const activity = (await store.routes.byId(routeId))!.tasks[0]!.activities[0]!;
    expect(activity.status).toBe("done");
    expect(activity.evidence.map((e) => e.value)).toEqual(["Удостоверение № 12"]);
    expect(await store.outbox.backlog(new Date(at.getTime() + 120_000))).toBe(1);
    expect((await store.audit.byAction("activity_done")).length).toBe(2);
  });

  it("refuses the deputy and an activity of another route", async () => {
    expect(await markActivityDone(store, { person: { userId: deputy }, routeId, activityId, at })).toEqual({ ok: false, refusal: { reason: "not_authorised", action: "route.progress" } });
    expect(await markActivityDone(store, { person: { userId: teacher }, routeId, activityId: activityId + 100, at })).toEqual({ ok: false, refusal: { reason: "not_found" } });
  });
});

describe("recording products, checkpoints, broadcasting and interviews", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, deputy: number, routeId: number;

  beforeEach(async () => {
    store = fresh.store;
    const { route, ...people } = await activeRouteOfTeacher(store);
    ({ teacher, deputy } = people);
    routeId = route.id!;
    await store.routes.replaceCheckpoints(routeId, [{ kind: "quarterly", dueDate: "2026-12-01" }]);
  });

  it("a product with its link, a checkpoint answered once as a reflection, a point held, each audited", async () => {
    const product = await recordProduct(store, { person: { userId: teacher }, routeId, kind: PRODUCT_KINDS[0], title: "Методичка https://example.org/m", at });
    expect(product.ok).toBe(true);
    const route = (await store.routes.byId(routeId))!;
    expect(route.products.map((p) => p.link)).toEqual(["https://example.org/m"]);
    const checkpointId = route.checkpoints[0]!.id!;
    expect((await answerCheckpoint(store, { person: { userId: teacher }, routeId, checkpointId, answer: "Идёт по плану", at })).ok).toBe(true);
    expect(await answerCheckpoint(store, { person: { userId: teacher }, routeId, checkpointId, answer: "Ещё раз", at })).toEqual({ ok: false, refusal: { reason: "changed_meanwhile" } });
    expect((await store.routes.byId(routeId))!.reflections.map((r) => [r.kind, r.fact])).toEqual([["checkpoint", "Идёт по плану"]]);
    const held = await markBroadcastHeld(store, { person: { userId: teacher }, routeId, broadcastId: route.broadcasts[0]!.id!, at });
    expect(held.ok && held.value.event).toBe("Открытый урок");
    for (const action of ["product_recorded", "checkpoint_answered", "broadcast_held"]) expect((await store.audit.byAction(action)).length, action).toBe(1);
    expect((await recordProduct(store, { person: { userId: deputy }, routeId, kind: PRODUCT_KINDS[0], title: "Чужой", at })).ok).toBe(false);
  });

  it("a product's title written again takes the link written in it, or loses the one it had", async () => {
    await recordProduct(store, { person: { userId: teacher }, routeId, kind: PRODUCT_KINDS[0], title: "Методичка", at });
    const productId = (await store.routes.byId(routeId))!.products[0]!.id!;
    const linkOf = async () => (await store.routes.byId(routeId))!.products[0]!.link;
    expect((await renameProduct(store, { person: { userId: teacher }, routeId, productId, title: "Методичка https://example.org/m2", at })).ok).toBe(true);
    expect(await linkOf()).toBe("https://example.org/m2");
    expect((await renameProduct(store, { person: { userId: teacher }, routeId, productId, title: "Методичка без ссылки", at })).ok).toBe(true);
    expect(await linkOf()).toBeUndefined();
    expect(await renameProduct(store, { person: { userId: deputy }, routeId, productId, title: "Чужое", at })).toMatchObject({ ok: false });
    expect((await store.audit.byAction("product_renamed")).length).toBe(2);
  });

  it("the deputy records the interview once; the teacher may not", async () => {
    const activityId = (await store.routes.byId(routeId))!.tasks[0]!.activities[0]!.id!;
    const marked = await markActivityDone(store, { person: { userId: teacher }, routeId, activityId, at });
    const interviewId = marked.ok ? marked.value.interviewId! : 0;
    expect((await recordInterview(store, { person: { userId: teacher }, interviewId, outcome: "Сама себе", at })).ok).toBe(false);
    expect((await recordInterview(store, { person: { userId: deputy }, interviewId, outcome: "Применит в 7-х классах", at })).ok).toBe(true);
    expect(await recordInterview(store, { person: { userId: deputy }, interviewId, outcome: "Ещё раз", at })).toEqual({ ok: false, refusal: { reason: "already_recorded" } });
    expect((await store.routes.interviewsOf(routeId))[0]!.outcome).toBe("Применит в 7-х классах");
  });
});
