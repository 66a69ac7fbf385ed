import { describe, expect, it } from "vitest";
import { ACTIONS, approversOf, authorize, can, invitableSchoolRoles, type Actor, type Target } from "../../src/domain/permissions.js";
import type { RouteStatus } from "../../src/domain/route.js";

const DISTRICT = 1;
const SCHOOL = 10;
const OTHER_SCHOOL = 11;
const OTHER_DISTRICT = 2;
const ASSOC = 100;

const teacher: Actor = { userId: 1, memberships: [{ role: "teacher", organisationId: SCHOOL, districtId: DISTRICT, associationId: ASSOC }] };
const colleague: Actor = { userId: 2, memberships: [{ role: "teacher", organisationId: SCHOOL, districtId: DISTRICT }] };
const mentor: Actor = { userId: 3, memberships: [{ role: "mentor", organisationId: SCHOOL, districtId: DISTRICT }], menteeIds: [1] };
const otherMentor: Actor = { userId: 4, memberships: [{ role: "mentor", organisationId: SCHOOL, districtId: DISTRICT }], menteeIds: [2] };
const head: Actor = { userId: 5, memberships: [{ role: "shmo_head", organisationId: SCHOOL, districtId: DISTRICT, associationId: ASSOC }] };
const otherHead: Actor = { userId: 6, memberships: [{ role: "shmo_head", organisationId: SCHOOL, districtId: DISTRICT, associationId: 101 }] };
const deputy: Actor = { userId: 7, memberships: [{ role: "deputy", organisationId: SCHOOL, districtId: DISTRICT }] };
const foreignDeputy: Actor = { userId: 8, memberships: [{ role: "deputy", organisationId: OTHER_SCHOOL, districtId: DISTRICT }] };
const director: Actor = { userId: 9, memberships: [{ role: "director", organisationId: SCHOOL, districtId: DISTRICT }] };
const methodist: Actor = { userId: 11, memberships: [{ role: "methodist", organisationId: DISTRICT, districtId: DISTRICT }] };
const foreignMethodist: Actor = { userId: 12, memberships: [{ role: "methodist", organisationId: OTHER_DISTRICT, districtId: OTHER_DISTRICT }] };
const admin: Actor = { userId: 13, memberships: [{ role: "admin", organisationId: DISTRICT, districtId: DISTRICT }] };
const superAdmin: Actor = { userId: 14, memberships: [], isSuperAdmin: true };
const stranger: Actor = { userId: 15, memberships: [] };

const route = (status: RouteStatus): Target => ({ kind: "route", teacherId: 1, schoolId: SCHOOL, districtId: DISTRICT, associationId: ASSOC, status });

describe("permissions on a route", () => {
  const cases: [string, Actor, (typeof ACTIONS)[number], RouteStatus, boolean | string][] = [
    ["teacher views own", teacher, "route.view", "draft", true],
    ["teacher edits own draft", teacher, "route.edit", "draft", true],
    ["teacher edits own returned", teacher, "route.edit", "returned", true],
    ["teacher corrects own active", teacher, "route.edit", "active", true],
    ["teacher cannot edit while submitted", teacher, "route.edit", "submitted", "wrong_status"],
    ["teacher cannot edit completed", teacher, "route.edit", "completed", "wrong_status"],
    ["teacher submits own draft", teacher, "route.submit", "draft", true],
    ["teacher cannot submit twice", teacher, "route.submit", "submitted", "wrong_status"],
    ["teacher records progress when active", teacher, "route.progress", "active", true],
    ["teacher cannot record progress in a draft", teacher, "route.progress", "draft", "wrong_status"],
    ["teacher reflects when active", teacher, "route.reflect", "active", true],
    ["teacher cannot approve own", teacher, "route.decide", "submitted", "not_authorised"],
    ["teacher replies to comments", teacher, "route.comment", "active", true],
    ["colleague cannot view", colleague, "route.view", "active", "not_authorised"],
    ["colleague cannot edit", colleague, "route.edit", "draft", "not_authorised"],
    ["mentor views mentee", mentor, "route.view", "active", true],
    ["mentor comments mentee", mentor, "route.comment", "active", true],
    ["mentor cannot decide", mentor, "route.decide", "submitted", "not_authorised"],
    ["mentor cannot edit", mentor, "route.edit", "draft", "not_authorised"],
    ["another mentor cannot view", otherMentor, "route.view", "active", "not_authorised"],
    ["ШМО head decides for the association", head, "route.decide", "submitted", true],
    ["ШМО head decides only submitted", head, "route.decide", "approved", "wrong_status"],
    ["head of another ШМО cannot decide", otherHead, "route.decide", "submitted", "not_authorised"],
    ["deputy decides", deputy, "route.decide", "submitted", true],
    ["deputy cannot decide a draft", deputy, "route.decide", "draft", "wrong_status"],
    ["deputy decides a correction of an active route", deputy, "route.decide_correction", "active", true],
    ["ШМО head decides a correction for the association", head, "route.decide_correction", "active", true],
    ["teacher cannot approve own correction", teacher, "route.decide_correction", "active", "not_authorised"],
    ["mentor cannot decide a correction", mentor, "route.decide_correction", "active", "not_authorised"],
    ["deputy of another school cannot decide a correction", foreignDeputy, "route.decide_correction", "active", "not_authorised"],
    ["deputy comments", deputy, "route.comment", "active", true],
    ["deputy records an interview", deputy, "route.interview", "active", true],
    ["deputy cannot edit", deputy, "route.edit", "draft", "not_authorised"],
    ["deputy of another school cannot view", foreignDeputy, "route.view", "submitted", "not_authorised"],
    ["deputy of another school cannot decide", foreignDeputy, "route.decide", "submitted", "not_authorised"],
    ["director views", director, "route.view", "active", true],
    ["director exports", director, "route.export", "active", true],
    ["director decides (returns)", director, "route.decide", "submitted", true],
    ["director approves («Утверждаю»)", director, "route.approve", "submitted", true],
    ["methodist views", methodist, "route.view", "active", true],
    ["methodist recommends", methodist, "route.recommend", "active", true],
    ["deputy cannot issue a methodist's recommendation", deputy, "route.recommend", "active", "not_authorised"],
    ["methodist of another district cannot view", foreignMethodist, "route.view", "active", "not_authorised"],
    ["methodist cannot decide", methodist, "route.decide", "submitted", "not_authorised"],
    ["stranger cannot view", stranger, "route.view", "active", "not_authorised"],
    ["stranger cannot comment", stranger, "route.comment", "active", "not_authorised"],
    ["administrator views", admin, "route.view", "active", true],
  ];
  for (const [name, actor, action, status, expected] of cases) {
    it(name, () => {
      const decision = authorize(actor, action, route(status));
      if (expected === true) expect(decision).toEqual({ allowed: true });
      else expect(decision).toEqual({ allowed: false, reason: expected });
    });
  }

  it("a deputy who is also the teacher cannot approve their own route", () => {
    const deputyTeacher: Actor = { userId: 1, memberships: [...deputy.memberships, ...teacher.memberships] };
    expect(authorize(deputyTeacher, "route.decide", route("submitted"))).toEqual({ allowed: false, reason: "own_route" });
  });
});

describe("permissions on schools and the district", () => {
  const school: Target = { kind: "school", schoolId: SCHOOL, districtId: DISTRICT };
  const district: Target = { kind: "district", districtId: DISTRICT };
  it("dashboards", () => {
    expect(can(deputy, "school.dashboard", school)).toBe(true);
    expect(can(director, "school.dashboard", school)).toBe(true);
    expect(can(methodist, "school.dashboard", school)).toBe(true);
    expect(can(teacher, "school.dashboard", school)).toBe(false);
    expect(can(foreignDeputy, "school.dashboard", school)).toBe(false);
    expect(can(methodist, "district.dashboard", district)).toBe(true);
    expect(can(foreignMethodist, "district.dashboard", district)).toBe(false);
    expect(can(deputy, "district.dashboard", district)).toBe(false);
  });

  it("invites", () => {
    expect(invitableSchoolRoles(deputy, { schoolId: SCHOOL, districtId: DISTRICT })).toEqual(["teacher", "mentor", "shmo_head"]);
    expect(invitableSchoolRoles(admin, { schoolId: SCHOOL, districtId: DISTRICT })).toEqual(["teacher", "mentor", "shmo_head", "deputy", "director"]);
    expect(invitableSchoolRoles(teacher, { schoolId: SCHOOL, districtId: DISTRICT })).toEqual([]);
    expect(invitableSchoolRoles(foreignDeputy, { schoolId: SCHOOL, districtId: DISTRICT })).toEqual([]);
    expect(can(admin, "district.invite.methodist", district)).toBe(true);
    expect(can(methodist, "district.invite.methodist", district)).toBe(false);
  });

  it("schools, facts and the catalogue", () => {
    expect(can(admin, "district.manage_schools", district)).toBe(true);
    expect(can(methodist, "district.manage_schools", district)).toBe(false);
    expect(can(methodist, "district.record_facts", district)).toBe(true);
    expect(can(deputy, "district.record_facts", district)).toBe(false);
    expect(can(methodist, "catalog.edit", district)).toBe(true);
    expect(can(teacher, "catalog.edit", district)).toBe(false);
    expect(can(deputy, "school.assign_mentor", school)).toBe(true);
    expect(can(mentor, "school.assign_mentor", school)).toBe(false);
  });

  it("the installation's administrators may do everything administrative", () => {
    expect(can(superAdmin, "system.manage_districts", { kind: "system" })).toBe(true);
    expect(can(admin, "system.manage_districts", { kind: "system" })).toBe(false);
    expect(can(superAdmin, "district.manage_schools", district)).toBe(true);
  });
});

describe("approvers", () => {
  it("are the school's deputies and the head of the teacher's ШМО, never the teacher", () => {
    const people = [teacher, colleague, mentor, head, otherHead, deputy, foreignDeputy, director, methodist].map((a) => ({
      userId: a.userId,
      memberships: a.memberships,
    }));
    expect(approversOf({ teacherId: 1, schoolId: SCHOOL, associationId: ASSOC }, people).sort()).toEqual([5, 7]);
    expect(approversOf({ teacherId: 1, schoolId: SCHOOL }, people)).toEqual([7]);
    expect(approversOf({ teacherId: 7, schoolId: SCHOOL }, people)).toEqual([]);
  });
});
