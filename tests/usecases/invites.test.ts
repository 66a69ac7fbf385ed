// Invites without Telegram: the policy (who may invite whom, uses, expiry) lives in one place.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { storeForEachTest } from "../helpers/usecases.js";
import { createSchoolInvite, redeemInvite, revokeInvite, INVITE_POLICY } from "../../src/usecases/invites.js";

const at = new Date("2026-11-26T03:00:00Z");

describe("invites", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let deputy: number, otherDeputy: number, teacher: number;

  beforeEach(async () => {
    store = fresh.store;
    const district = await store.organisations.createDistrict("Район");
    const school = await store.organisations.createSchool(district.id, "Школа № 1");
    const other = await store.organisations.createSchool(district.id, "Школа № 2");
    deputy = (await store.users.touch({ telegramId: 1n })).id;
    otherDeputy = (await store.users.touch({ telegramId: 2n })).id;
    teacher = (await store.users.touch({ telegramId: 3n })).id;
    await store.organisations.addMembership({ userId: deputy, organisationId: school.id, role: "deputy" });
    await store.organisations.addMembership({ userId: otherDeputy, organisationId: other.id, role: "deputy" });
  });

  it("a teachers' link is shared, a mentor's single-use; both expire after the policy's days", async () => {
    const teachers = await createSchoolInvite(store, { person: { userId: deputy }, role: "teacher", at });
    const mentor = await createSchoolInvite(store, { person: { userId: deputy }, role: "mentor", at });
    expect(teachers.ok && teachers.value.shared).toBe(true);
    expect(mentor.ok && mentor.value.shared).toBe(false);
    expect(teachers.ok && teachers.value.expiresAt.getTime() - at.getTime()).toBe(INVITE_POLICY.days * 86_400_000);
    const mentorCode = mentor.ok ? mentor.value.code : "";
    expect((await redeemInvite(store, { userId: teacher, code: mentorCode, at })).ok).toBe(true);
    expect(await redeemInvite(store, { userId: otherDeputy, code: mentorCode, at })).toEqual({ ok: false, refusal: "used_up" });
    expect((await store.audit.byAction("invite_redeemed")).length).toBe(1);
    expect((await store.audit.byAction("invite_created")).length).toBe(2);
  });

  it("only the school's own deputy revokes its links; a teacher invites no one; a revoked link refuses", async () => {
    expect((await createSchoolInvite(store, { person: { userId: teacher }, role: "teacher", at })).ok).toBe(false);
    const link = await createSchoolInvite(store, { person: { userId: deputy }, role: "teacher", at });
    const invite = (await store.organisations.invitesOf((await store.organisations.membershipsOf(deputy))[0]!.organisationId))[0]!;
    expect((await revokeInvite(store, { person: { userId: otherDeputy }, inviteId: invite.id, at })).ok).toBe(false);
    expect((await revokeInvite(store, { person: { userId: deputy }, inviteId: invite.id, at })).ok).toBe(true);
    expect(await redeemInvite(store, { userId: teacher, code: link.ok ? link.value.code : "", at })).toEqual({ ok: false, refusal: "revoked" });
  });
});
