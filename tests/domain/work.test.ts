import { describe, expect, it } from "vitest";
import { listSpec, openWork, pageWindow, teacherNextStep, type TeacherState } from "../../src/domain/work.js";
import type { Actor } from "../../src/domain/permissions.js";
import { readyRoute, task } from "../helpers/routes.js";

const base: TeacherState = { isTeacher: true, historyComplete: true, diagnosis: { answered: 0, total: 35, completed: true } };
const today = "2027-02-08";

describe("the teacher's next step", () => {
  it("goes history → diagnosis → route, and follows the route's status", () => {
    expect(teacherNextStep({ ...base, isTeacher: false }, today).kind).toBe("wait_for_invite");
    expect(teacherNextStep({ ...base, historyComplete: false }, today).kind).toBe("fill_history");
    expect(teacherNextStep({ ...base, diagnosis: { answered: 0, total: 35, completed: false } }, today)).toEqual({ kind: "start_diagnosis", total: 35 });
    expect(teacherNextStep({ ...base, diagnosis: { answered: 16, total: 35, completed: false } }, today)).toEqual({ kind: "continue_diagnosis", answered: 16, total: 35 });
    expect(teacherNextStep(base, today).kind).toBe("create_route");
    const route = { ...readyRoute(), id: 7 };
    expect(teacherNextStep({ ...base, route }, today)).toEqual({ kind: "continue_draft", routeId: 7 });
    expect(teacherNextStep({ ...base, route: { ...route, status: "returned" } }, today)).toEqual({ kind: "fix_returned", routeId: 7 });
    expect(teacherNextStep({ ...base, route: { ...route, status: "submitted", submittedAt: "2027-01-10T08:00:00.000Z" } }, today)).toEqual({ kind: "wait_for_decision", routeId: 7, since: "2027-01-10T08:00:00.000Z" });
  });

  it("a route under way asks to mark this week's activities and counts the overdue ones", () => {
    const activity = (date: string, status: "planned" | "done" = "planned") => ({ event: "Мероприятие", topic: "Тема", level: "school" as const, date, status, evidence: [] });
    const route = { ...readyRoute({ status: "active" }), id: 3, tasks: [task({ activities: [activity("2027-02-01"), activity("2027-02-08"), activity("2027-02-14"), activity("2027-02-15"), activity("2027-02-09", "done")] })] };
    expect(openWork(route, today)).toEqual({ thisWeek: 2, overdue: 1 });
    expect(teacherNextStep({ ...base, route }, today)).toEqual({ kind: "mark_done", routeId: 3, thisWeek: 2, overdue: 1 });
  });
});

describe("lists of routes", () => {
  const school = { schoolId: 10, districtId: 1 };
  const deputy: Actor = { userId: 1, memberships: [{ role: "deputy", organisationId: 10, districtId: 1 }] };
  const head: Actor = { userId: 2, memberships: [{ role: "shmo_head", organisationId: 10, districtId: 1, associationId: 4 }] };
  const methodist: Actor = { userId: 3, memberships: [{ role: "methodist", organisationId: 1, districtId: 1 }] };
  const otherMethodist: Actor = { userId: 4, memberships: [{ role: "methodist", organisationId: 2, districtId: 2 }] };

  it("a deputy decides on her school's routes, a ШМО head on her association's, waiting longest first", () => {
    expect(listSpec(deputy, "awaiting", school)).toEqual({ scope: { schoolId: 10 }, statuses: ["submitted"], order: "waiting" });
    expect(listSpec(head, "awaiting", school)).toEqual({ scope: { schoolId: 10, associationId: 4 }, statuses: ["submitted"], order: "waiting" });
    expect(listSpec(deputy, "awaiting", { schoolId: 11, districtId: 1 })).toBeUndefined();
    expect(listSpec(methodist, "awaiting", school)).toBeUndefined();
  });

  it("the whole school is for its deputy and its district's methodists; a mentor has her teachers", () => {
    expect(listSpec(deputy, "school", school)?.order).toBe("teacher");
    expect(listSpec(methodist, "school", school)?.scope).toEqual({ schoolId: 10 });
    expect(listSpec(otherMethodist, "school", school)).toBeUndefined();
    expect(listSpec(head, "school", school)).toBeUndefined();
    expect(listSpec({ userId: 5, memberships: [], menteeIds: [8, 9] }, "mentees", { schoolId: 0, districtId: 0 })?.scope).toEqual({ teacherIds: [8, 9] });
    expect(listSpec({ userId: 5, memberships: [] }, "mentees", { schoolId: 0, districtId: 0 })).toBeUndefined();
  });

  it("pages: a page past the end shows the last one; an empty list has one page", () => {
    expect(pageWindow(25, 2, 8)).toEqual({ page: 2, pages: 4, skip: 16, take: 8 });
    expect(pageWindow(25, 9, 8)).toEqual({ page: 3, pages: 4, skip: 24, take: 8 });
    expect(pageWindow(0, 0, 8)).toEqual({ page: 0, pages: 1, skip: 0, take: 8 });
    expect(pageWindow(16, -1, 8).page).toBe(0);
  });
});
