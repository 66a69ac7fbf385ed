// Invites: how people join the bot (002 §3: the school runs its teachers' routes). The policy is
// here and only here: how long a link lives and how many people may use it, who may invite whom.
// Each creation, use and revocation is written with its audit record.
import type { Store } from "../data/index.js";
import { authorize, invitableSchoolRoles, type Action, type Actor, type Role } from "../domain/permissions.js";
import { actorFor, type Person } from "./access.js";
import { done, refused, type Outcome } from "./outcome.js";

export const INVITE_POLICY = {
  days: 30,
  /** How many people may join by one link; null: any number (a school's teachers share one). */
  uses: { teacher: null, methodist: 5, deputy: 1 } as Partial<Record<Role, number | null>>,
  /** Anyone else joins by a link of their own. */
  defaultUses: 1,
} as const;

export function usesFor(role: Role): number | null {
  const uses = INVITE_POLICY.uses[role];
  return uses === undefined ? INVITE_POLICY.defaultUses : uses;
}

export function expiryFrom(at: Date): Date {
  return new Date(at.getTime() + INVITE_POLICY.days * 86_400_000);
}

export interface CreatedInvite {
  code: string;
  role: Role;
  expiresAt: Date;
  /** Several people may use it. */
  shared: boolean;
}

/** The school a deputy or director manages (an administrator's otherwise), if any. */
export function managedSchool(actor: Actor): { schoolId: number; districtId: number } | undefined {
  const membership = actor.memberships.find((m) => m.role === "deputy" || m.role === "director") ?? actor.memberships.find((m) => m.role === "admin");
  return membership ? { schoolId: membership.organisationId, districtId: membership.districtId } : undefined;
}

/** The roles the person may invite to their school (empty: they manage no school). */
export async function rolesToInvite(store: Store, person: Person): Promise<Role[]> {
  const actor = await actorFor(store, person);
  const school = managedSchool(actor);
  return school ? invitableSchoolRoles(actor, school) : [];
}

/** A deputy or director invites someone to their school (a association head, or a teacher, to a named subject association). */
export async function createSchoolInvite(store: Store, input: { person: Person; role: Role; associationName?: string; at: Date }): Promise<Outcome<CreatedInvite>> {
  const actor = await actorFor(store, input.person);
  const school = managedSchool(actor);
  const action = `school.invite.${input.role}` as Action;
  if (!school) return refused({ reason: "not_authorised", action });
  const decision = authorize(actor, action, { kind: "school", ...school });
  if (!decision.allowed) return refused({ reason: decision.reason, action });
  if (input.role === "shmo_head" && !input.associationName) return refused({ reason: "not_ready", issues: [{ code: "association_needed", path: [] }] });
  const association = input.associationName ? await store.organisations.association(school.schoolId, input.associationName) : undefined;
  const uses = usesFor(input.role);
  const invite = await store.organisations.createInvite({
    organisationId: school.schoolId,
    role: input.role,
    associationId: association?.id ?? null,
    createdById: input.person.userId,
    maxUses: uses,
    expiresAt: expiryFrom(input.at),
    audit: { entry: { actorId: input.person.userId, action: "invite_created" }, at: input.at },
  });
  return done({ code: invite.code, role: input.role, expiresAt: invite.expiresAt, shared: uses !== 1 });
}

/** An administrator invites the district's methodists. */
export async function createMethodistInvite(store: Store, input: { person: Person; at: Date }): Promise<Outcome<CreatedInvite>> {
  const actor = await actorFor(store, input.person);
  const action: Action = "district.invite.methodist";
  const districtId = actor.memberships.find((m) => m.role === "admin")?.districtId ?? (actor.isSuperAdmin ? (await store.organisations.districts())[0]?.id : undefined);
  if (districtId === undefined) return refused({ reason: "not_authorised", action });
  const decision = authorize(actor, action, { kind: "district", districtId });
  if (!decision.allowed) return refused({ reason: decision.reason, action });
  const uses = usesFor("methodist");
  const invite = await store.organisations.createInvite({
    organisationId: districtId,
    role: "methodist",
    createdById: input.person.userId,
    maxUses: uses,
    expiresAt: expiryFrom(input.at),
    audit: { entry: { actorId: input.person.userId, action: "invite_created" }, at: input.at },
  });
  return done({ code: invite.code, role: "methodist", expiresAt: invite.expiresAt, shared: uses !== 1 });
}

export type JoinRefusal = "not_found" | "expired" | "revoked" | "used_up";

/** A person opens an invite link (after consent): they join its organisation in the role it gives. */
export async function redeemInvite(store: Store, input: { userId: number; code: string; displayName?: string; at: Date }) {
  const result = await store.organisations.redeemInvite(input.code, input.userId, input.at, { actorId: input.userId, action: "invite_redeemed" });
  if (result.status !== "ok") {
    await store.audit.record({ actorId: input.userId, action: "invite_refused", details: { status: result.status } }, input.at);
    return { ok: false as const, refusal: result.status as JoinRefusal };
  }
  const { invite, organisation } = result;
  // Approvers and methodists are named in decisions; teachers give their full name in the history.
  if (invite.role !== "teacher" && input.displayName && !(await store.users.byId(input.userId))?.fullName) await store.users.setFullName(input.userId, input.displayName);
  const association = invite.associationId ? await store.organisations.associationById(invite.associationId) : undefined;
  return { ok: true as const, value: { role: invite.role as Role, organisationId: organisation.id, organisation: organisation.name, association: association?.name } };
}

/** A deputy (for her school) or an administrator revokes a link that was not used up. */
export async function revokeInvite(store: Store, input: { person: Person; inviteId: number; at: Date }): Promise<Outcome<{ inviteId: number }>> {
  const invite = await store.organisations.inviteById(input.inviteId);
  if (!invite) return refused({ reason: "not_found" });
  const actor = await actorFor(store, input.person);
  const districtId = await store.organisations.districtIdOf(invite.organisationId);
  const action: Action = invite.role === "director" ? "school.invite.director" : "school.invite.revoke";
  const decision = authorize(actor, action, { kind: "school", schoolId: invite.organisationId, districtId });
  if (!decision.allowed) return refused({ reason: decision.reason, action });
  await store.organisations.revokeInvite(invite.id, input.at, { actorId: input.person.userId, action: "invite_revoked", targetType: "invite", targetId: invite.id });
  return done({ inviteId: invite.id });
}
