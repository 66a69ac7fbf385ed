// Proposals to a teacher's route, without Telegram: who may propose, the teacher's answer applied
// to her draft once, and what she may not do.
import { describe, expect, it } from "vitest";
import { member, storeForEachTest } from "../helpers/usecases.js";
import { readyRoute } from "../helpers/routes.js";
import { answerProposal, proposeEdit } from "../../src/usecases/proposals.js";

const at = new Date("2026-11-26T06:00:00Z");

describe("proposals to a route", () => {
  const fixture = storeForEachTest();

  it("a methodist proposes a goal to a draft; only the teacher answers, once; a stranger may not propose", async () => {
    const store = fixture.store;
    const district = await store.organisations.createDistrict("Район");
    const schoolId = (await store.organisations.createSchool(district.id, "Школа")).id;
    const teacher = await member(store, 1n, schoolId, "teacher");
    const methodist = await member(store, 2n, district.id, "methodist");
    const stranger = await member(store, 3n, (await store.organisations.createSchool(district.id, "Другая")).id, "deputy");
    const route = await store.routes.create(readyRoute({ teacherId: teacher, schoolId }));
    expect(await proposeEdit(store, { person: { userId: stranger }, routeId: route.id!, kind: "goal", text: "Чужая цель", at })).toMatchObject({ ok: false, refusal: { reason: "not_authorised" } });
    expect(await proposeEdit(store, { person: { userId: teacher }, routeId: route.id!, kind: "goal", text: "Своя", at })).toMatchObject({ ok: false, refusal: { reason: "own_route" } });
    const proposed = await proposeEdit(store, { person: { userId: methodist }, routeId: route.id!, kind: "goal", text: "Повысить функциональную грамотность учащихся", at });
    const proposalId = proposed.ok ? proposed.value.id : 0;
    expect(await answerProposal(store, { person: { userId: methodist }, proposalId, accept: true, at })).toMatchObject({ ok: false, refusal: { reason: "not_authorised" } });
    expect((await answerProposal(store, { person: { userId: teacher }, proposalId, accept: true, at })).ok).toBe(true);
    expect((await store.routes.byId(route.id!))!.goal).toBe("Повысить функциональную грамотность учащихся");
    expect(await answerProposal(store, { person: { userId: teacher }, proposalId, accept: false, at })).toMatchObject({ ok: false, refusal: { reason: "already_marked" } });
    expect((await store.audit.byAction("route_proposal_accepted")).length).toBe(1);
  });
});
