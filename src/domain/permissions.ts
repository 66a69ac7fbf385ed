// Roles and permissions. One function, `authorize`, decides whether an actor may do an
// action on a target; every action of the bot goes through it.
import type { RouteStatus } from "./route.js";
import { EDITABLE_STATUSES } from "./lifecycle.js";

export const ROLES = ["teacher", "mentor", "shmo_head", "deputy", "director", "methodist", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Roles that belong to a school; the methodist and the administrator belong to a district. */
export const SCHOOL_ROLES: readonly Role[] = ["teacher", "mentor", "shmo_head", "deputy", "director"];
export const DISTRICT_ROLES: readonly Role[] = ["methodist", "admin"];

export interface Membership {
  role: Role;
  /** The school for school roles; the district for district roles. */
  organisationId: number;
  /** The district of the school (for district roles: the district itself). */
  districtId: number;
  associationId?: number;
}

export interface Actor {
  userId: number;
  memberships: Membership[];
  /** Telegram ADMIN_IDS: administrators of the whole installation. */
  isSuperAdmin?: boolean;
  /** Teachers this actor mentors. */
  menteeIds?: number[];
}

export type Target =
  | {
      kind: "route";
      teacherId: number;
      schoolId: number;
      districtId: number;
      associationId?: number;
      status: RouteStatus;
      /** The school approves in two steps: the subject association reviews at its meeting, then the deputy or director approves. */
      twoStep?: boolean;
      /** The submitted version has been reviewed by the subject association. */
      reviewed?: boolean;
    }
  | { kind: "school"; schoolId: number; districtId: number }
  | { kind: "district"; districtId: number }
  | { kind: "system" };

export const ACTIONS = [
  "route.view",
  "route.edit",
  "route.submit",
  "route.decide",
  "route.approve",
  "route.review",
  "route.decide_correction",
  "route.comment",
  "route.recommend",
  "route.progress",
  "route.reflect",
  "route.export",
  "route.interview",
  "school.dashboard",
  "school.invite.teacher",
  "school.invite.mentor",
  "school.invite.shmo_head",
  "school.invite.deputy",
  "school.invite.director",
  "school.invite.revoke",
  "school.assign_mentor",
  "school.manage_associations",
  "school.record_staff",
  "school.recommend",
  "school.respond",
  "school.export",
  "district.dashboard",
  "district.manage_schools",
  "district.assign_methodists",
  "district.record_facts",
  "district.invite.methodist",
  "district.invite.admin",
  "district.export",
  "catalog.edit",
  "system.manage_districts",
] as const;
export type Action = (typeof ACTIONS)[number];

export type Refusal = "not_authorised" | "wrong_status" | "own_route" | "awaiting_review";
export type Decision = { allowed: true } | { allowed: false; reason: Refusal };

const allow: Decision = { allowed: true };
const deny = (reason: Refusal): Decision => ({ allowed: false, reason });

function rolesIn(actor: Actor, scope: { schoolId?: number; districtId: number }): Set<Role> {
  const roles = new Set<Role>();
  for (const m of actor.memberships) {
    const inSchool = scope.schoolId !== undefined && m.organisationId === scope.schoolId && SCHOOL_ROLES.includes(m.role);
    const inDistrict = DISTRICT_ROLES.includes(m.role) && m.districtId === scope.districtId;
    if (inSchool || inDistrict) roles.add(m.role);
  }
  return roles;
}

function headsAssociation(actor: Actor, schoolId: number, associationId: number | undefined): boolean {
  return (
    associationId !== undefined &&
    actor.memberships.some((m) => m.role === "shmo_head" && m.organisationId === schoolId && m.associationId === associationId)
  );
}

function routeDecision(actor: Actor, action: Action, target: Extract<Target, { kind: "route" }>): Decision {
  const own = actor.userId === target.teacherId;
  const roles = rolesIn(actor, { schoolId: target.schoolId, districtId: target.districtId });
  const isDeputy = roles.has("deputy");
  const isDirector = roles.has("director");
  const isHead = headsAssociation(actor, target.schoolId, target.associationId);
  const isMentor = actor.menteeIds?.includes(target.teacherId) ?? false;
  const isMethodist = roles.has("methodist");
  const isAdmin = roles.has("admin") || actor.isSuperAdmin === true;
  const supports = isDeputy || isDirector || isHead || isMentor || isMethodist || isAdmin;
  const inStatus = (statuses: readonly RouteStatus[]) => (statuses.includes(target.status) ? allow : deny("wrong_status"));

  switch (action) {
    case "route.view":
    case "route.export":
      return own || supports ? allow : deny("not_authorised");
    case "route.edit":
      return own ? inStatus(EDITABLE_STATUSES) : deny("not_authorised");
    case "route.submit":
      return own ? inStatus(["draft"]) : deny("not_authorised");
    case "route.progress":
      return own ? inStatus(["approved", "active"]) : deny("not_authorised");
    case "route.reflect":
      return own ? inStatus(["active"]) : deny("not_authorised");
    case "route.decide":
      // Returning for revision: whoever decides or reviews.
      if (!(isDeputy || isDirector || isHead)) return deny("not_authorised");
      if (own) return deny("own_route");
      return inStatus(["submitted"]);
    case "route.approve":
      return approval(target, { isDeputy, isDirector, isHead, own });
    case "route.review":
      if (!isHead || !target.twoStep) return deny("not_authorised");
      if (own) return deny("own_route");
      return target.status === "submitted" && !target.reviewed ? allow : deny("wrong_status");
    case "route.decide_correction":
      if (!(isDeputy || isHead)) return deny("not_authorised");
      if (own) return deny("own_route");
      return inStatus(["active"]);
    case "route.comment":
      return own || isDeputy || isDirector || isHead || isMentor || isMethodist ? allow : deny("not_authorised");
    case "route.recommend":
      return isMethodist ? allow : deny("not_authorised");
    case "route.interview":
      // Held with the deputy, the director or the district's methodist (000 §3.2.7).
      return (isDeputy || isDirector || isMethodist) && !own ? allow : deny("not_authorised");
    default:
      return deny("not_authorised");
  }
}

/**
 * Who approves a submitted route (002 §3.3.2): in one step the deputy, the director or the
 * teacher's association head; in two steps the deputy or director, once the subject association has reviewed it (a
 * teacher outside any subject association goes straight to them).
 */
function approval(target: Extract<Target, { kind: "route" }>, who: { isDeputy: boolean; isDirector: boolean; isHead: boolean; own: boolean }): Decision {
  const approver = who.isDeputy || who.isDirector || (who.isHead && !target.twoStep);
  if (!approver) return deny("not_authorised");
  if (who.own) return deny("own_route");
  if (target.status !== "submitted") return deny("wrong_status");
  if (target.twoStep && target.associationId !== undefined && !target.reviewed) return deny("awaiting_review");
  return allow;
}

const SCHOOL_ACTIONS: Partial<Record<Action, readonly Role[]>> = {
  "school.dashboard": ["deputy", "director", "methodist", "admin"],
  "school.export": ["deputy", "director", "methodist", "admin"],
  "school.invite.teacher": ["deputy", "director", "admin"],
  "school.invite.mentor": ["deputy", "director", "admin"],
  "school.invite.shmo_head": ["deputy", "director", "admin"],
  "school.invite.deputy": ["director", "admin"],
  "school.invite.director": ["admin"],
  // A leaked link (a co-deputy's included) is revoked by whoever runs the school; a director's only by an administrator.
  "school.invite.revoke": ["deputy", "director", "admin"],
  "school.assign_mentor": ["deputy", "director", "admin"],
  "school.manage_associations": ["deputy", "director", "admin"],
  "school.record_staff": ["deputy", "director", "admin"],
  // A targeted recommendation to a school as a whole (000 §3.2.9), and the school's answer to it.
  "school.recommend": ["methodist", "admin"],
  "school.respond": ["deputy", "director", "admin"],
};

const DISTRICT_ACTIONS: Partial<Record<Action, readonly Role[]>> = {
  "district.dashboard": ["methodist", "admin"],
  "district.export": ["methodist", "admin"],
  "district.record_facts": ["methodist", "admin"],
  "district.manage_schools": ["admin"],
  "district.assign_methodists": ["admin"],
  "district.invite.methodist": ["admin"],
  "district.invite.admin": ["admin"],
  "catalog.edit": ["methodist", "admin"],
};

export function authorize(actor: Actor, action: Action, target: Target): Decision {
  if (target.kind === "route") return routeDecision(actor, action, target);
  if (actor.isSuperAdmin) return allow;
  if (target.kind === "system") return deny("not_authorised");
  const table = target.kind === "school" ? SCHOOL_ACTIONS : DISTRICT_ACTIONS;
  const permitted = table[action];
  if (!permitted) return deny("not_authorised");
  const scope = target.kind === "school" ? { schoolId: target.schoolId, districtId: target.districtId } : { districtId: target.districtId };
  const roles = rolesIn(actor, scope);
  return permitted.some((role) => roles.has(role)) ? allow : deny("not_authorised");
}

export function can(actor: Actor, action: Action, target: Target): boolean {
  return authorize(actor, action, target).allowed;
}

export interface Person {
  userId: number;
  memberships: Membership[];
}

/**
 * Who is asked to act on a submitted route: in one step its school's deputies and the head of its
 * teacher's subject association (never the teacher); in two steps first the association's heads (to review), then, once
 * reviewed — or at once for a teacher outside any subject association — the deputies.
 */
export function approversOf(
  route: { teacherId: number; schoolId: number; associationId?: number; twoStep?: boolean; reviewed?: boolean },
  people: Person[],
): number[] {
  const reviewing = route.twoStep === true && route.associationId !== undefined && !route.reviewed;
  const isHead = (m: Membership) => m.role === "shmo_head" && route.associationId !== undefined && m.associationId === route.associationId;
  const asked = (m: Membership) => m.organisationId === route.schoolId && (reviewing ? isHead(m) : m.role === "deputy" || (!route.twoStep && isHead(m)));
  return people.filter((person) => person.userId !== route.teacherId && person.memberships.some(asked)).map((person) => person.userId);
}

/** Which roles an actor may invite into a school. */
export function invitableSchoolRoles(actor: Actor, school: { schoolId: number; districtId: number }): Role[] {
  return SCHOOL_ROLES.filter((role) => can(actor, `school.invite.${role}` as Action, { kind: "school", ...school }));
}
