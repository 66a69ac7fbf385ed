// Consent, history fields and saving a route's plan, without Telegram.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { member, schoolOfDistrict, storeForEachTest } from "../helpers/usecases.js";
import { readyRoute } from "../helpers/routes.js";
import { giveConsent, saveHistoryField, CONSENT_VERSION } from "../../src/usecases/personal.js";
import { discardCorrection, saveRoutePlan } from "../../src/usecases/edit-route.js";

const at = new Date("2026-11-26T03:00:00Z");

describe("personal choices and route edits", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, colleague: number, schoolId: number;

  beforeEach(async () => {
    store = fresh.store;
    schoolId = await schoolOfDistrict(store);
    teacher = await member(store, 1n, schoolId, "teacher");
    colleague = await member(store, 2n, schoolId, "teacher");
  });

  it("nothing of the history is kept before consent; consent is audited with its version", async () => {
    expect((await saveHistoryField(store, { userId: teacher, field: "position", value: "учитель физики" })).ok).toBe(false);
    const readBeforeConsent = (await store.users.byId(teacher))!;
    await giveConsent(store, { userId: teacher, username: "anna", at });
    // The person as the caller read them is trusted; one read for somebody else is not.
    expect((await saveHistoryField(store, { userId: teacher, field: "position", value: "x", known: { user: readBeforeConsent } })).ok).toBe(false);
    expect((await saveHistoryField(store, { userId: teacher, field: "position", value: "x", known: { user: { ...readBeforeConsent, id: colleague } } })).ok).toBe(true);
    expect((await store.audit.byAction("consent_given"))[0]!.details).toBe(JSON.stringify({ version: CONSENT_VERSION }));
    expect((await saveHistoryField(store, { userId: teacher, field: "position", value: "учитель физики" })).ok).toBe(true);
    expect((await store.profiles.history(teacher)).position).toBe("учитель физики");
  });

  it("a draft is saved in place; an active route's change goes to the copy; no one else saves", async () => {
    const draft = await store.routes.create(readyRoute({ teacherId: teacher, schoolId }));
    expect((await saveRoutePlan(store, { person: { userId: teacher }, route: { ...draft, goal: "Новая цель" } })).ok).toBe(true);
    expect((await store.routes.byId(draft.id!))!.goal).toBe("Новая цель");
    expect((await saveRoutePlan(store, { person: { userId: colleague }, route: { ...draft, goal: "Чужая" } })).ok).toBe(false);

    const active = await store.routes.create(readyRoute({ teacherId: teacher, schoolId, status: "active" }));
    expect((await saveRoutePlan(store, { person: { userId: teacher }, route: { ...active, goal: "Изменённая цель" } })).ok).toBe(true);
    expect((await store.routes.byId(active.id!))!.goal).toBe(active.goal);
    expect((await store.routes.openCorrection(active.id!))!.content.goal).toBe("Изменённая цель");
    expect(await discardCorrection(store, { person: { userId: teacher }, routeId: active.id!, at })).toEqual({ ok: true, value: { discarded: true } });
    expect(await store.routes.openCorrection(active.id!)).toBeUndefined();
  });
});
