// ШМО and their review of routes, without Telegram: who may create and run them, a teacher's own
// choice made once, and the review's rules (two-step schools only, a protocol not from the future,
// once per submitted version).
import { describe, expect, it } from "vitest";
import { member, storeForEachTest } from "../helpers/usecases.js";
import { readyRoute } from "../helpers/routes.js";
import { appointHead, chooseOwnAssociation, createAssociation, placeTeacher, setReviewSteps } from "../../src/usecases/associations.js";
import { reviewRoute } from "../../src/usecases/review-route.js";
import { decideRoute } from "../../src/usecases/decide-route.js";

const at = new Date("2026-11-26T06:00:00Z");
const today = "2026-11-26";

describe("ШМО of a school", () => {
  const fixture = storeForEachTest();

  async function school() {
    const store = fixture.store;
    const district = await store.organisations.createDistrict("Район");
    const schoolId = (await store.organisations.createSchool(district.id, "Школа")).id;
    const deputy = await member(store, 1n, schoolId, "deputy");
    const teacher = await member(store, 2n, schoolId, "teacher");
    const head = await member(store, 3n, schoolId, "mentor");
    return { schoolId, deputy, teacher, head };
  }

  it("the deputy creates one by name (once), a teacher may not; a teacher chooses her own once", async () => {
    const store = fixture.store;
    const { schoolId, deputy, teacher } = await school();
    const created = await createAssociation(store, { person: { userId: deputy }, schoolId, name: "ШМО учителей истории", at });
    expect(created.ok).toBe(true);
    expect((await createAssociation(store, { person: { userId: deputy }, schoolId, name: "ШМО учителей истории", at })).ok).toBe(false);
    expect(await createAssociation(store, { person: { userId: teacher }, schoolId, name: "Моё ШМО", at })).toMatchObject({ ok: false, refusal: { reason: "not_authorised" } });
    const id = created.ok ? created.value.id : 0;
    expect(await chooseOwnAssociation(store, { person: { userId: teacher }, associationId: id, at })).toEqual({ ok: true, value: { name: "ШМО учителей истории" } });
    expect(await chooseOwnAssociation(store, { person: { userId: teacher }, associationId: id, at })).toMatchObject({ ok: false, refusal: { reason: "already_marked" } });
    expect((await store.audit.byAction("association_created")).map((e) => Number(e.targetId))).toEqual([id]);
    expect((await store.audit.byAction("association_chosen")).map((e) => e.actorId)).toEqual([teacher]);
  });

  it("two-step: only the teacher's ШМО head reviews, with a protocol not from the future, once; then the deputy approves", async () => {
    const store = fixture.store;
    const { schoolId, deputy, teacher, head } = await school();
    const created = await createAssociation(store, { person: { userId: deputy }, schoolId, name: "ШМО", at });
    const associationId = created.ok ? created.value.id : 0;
    await appointHead(store, { person: { userId: deputy }, associationId, userId: head, at });
    await placeTeacher(store, { person: { userId: deputy }, associationId, teacherId: teacher, at });
    const route = await store.routes.create(readyRoute({ teacherId: teacher, schoolId, status: "submitted", version: 1, submittedAt: at.toISOString() }));
    const review = { routeId: route.id!, version: 1, protocolNumber: "3", protocolDate: "2026-11-20", at, today };

    // One step: nothing to review; the head may approve herself.
    expect(await reviewRoute(store, { ...review, person: { userId: head } })).toMatchObject({ ok: false, refusal: { reason: "not_authorised" } });
    await setReviewSteps(store, { person: { userId: deputy }, schoolId, steps: 2, at });
    expect(await decideRoute(store, { person: { userId: deputy }, routeId: route.id!, version: 1, choice: { decision: "approve" }, at, today })).toMatchObject({ ok: false, refusal: { reason: "awaiting_review" } });
    expect(await reviewRoute(store, { ...review, person: { userId: deputy } })).toMatchObject({ ok: false, refusal: { reason: "not_authorised" } });
    expect(await reviewRoute(store, { ...review, protocolDate: "2026-12-01", person: { userId: head } })).toMatchObject({ ok: false, refusal: { reason: "not_ready" } });
    expect((await reviewRoute(store, { ...review, person: { userId: head } })).ok).toBe(true);
    expect(await reviewRoute(store, { ...review, person: { userId: head } })).toMatchObject({ ok: false, refusal: { reason: "wrong_status" } });
    expect(await decideRoute(store, { person: { userId: head }, routeId: route.id!, version: 1, choice: { decision: "approve" }, at, today })).toMatchObject({ ok: false, refusal: { reason: "not_authorised" } });
    expect((await decideRoute(store, { person: { userId: deputy }, routeId: route.id!, version: 1, choice: { decision: "approve" }, at, today })).ok).toBe(true);
    expect(await store.reviews.latest(route.id!)).toMatchObject({ protocolNumber: "3", protocolDate: "2026-11-20", reviewerId: head, associationId });
  });
});
