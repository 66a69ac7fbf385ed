import { describe, expect, it } from "vitest";
import { TRANSITIONS, canTransition, shouldActivate, transition, type RouteEvent } from "../../src/domain/lifecycle.js";
import { DomainError, IllegalTransitionError, ValidationError } from "../../src/domain/errors.js";
import { ROUTE_STATUSES, type Reflection, type RouteStatus } from "../../src/domain/route.js";
import { nextRoute } from "../../src/domain/succession.js";
import { readyRoute, task } from "../helpers/routes.js";

const at = new Date("2026-09-10T05:00:00Z");
const halfYear: Reflection = { kind: "half_year", fact: "Прошла КПК", corrections: "Добавить вебинар", createdAt: at.toISOString() };
const final: Reflection = { kind: "final", fact: "Все задачи решены", prospects: "Освоить проектную деятельность", createdAt: at.toISOString() };

const sampleEvents: Record<RouteEvent["type"], RouteEvent> = {
  submit: { type: "submit" },
  withdraw: { type: "withdraw" },
  return: { type: "return", comment: "Уточните сроки" },
  reopen: { type: "reopen" },
  approve: { type: "approve" },
  activate: { type: "activate", today: "2026-09-10" },
  half_year_analysis: { type: "half_year_analysis", reflection: halfYear },
  complete: { type: "complete", reflection: final, selfAssessment: 4 },
  archive: { type: "archive" },
};

describe("route lifecycle", () => {
  it("walks the whole happy path", () => {
    let route = readyRoute();
    route = transition(route, { type: "submit" }, at);
    expect(route).toMatchObject({ status: "submitted", version: 1, submittedAt: at.toISOString() });
    route = transition(route, { type: "return", comment: "Добавьте трансляцию опыта" }, at);
    expect(route.status).toBe("returned");
    route = transition(route, { type: "reopen" }, at);
    expect(route.status).toBe("draft");
    route = transition(route, { type: "submit" }, at);
    expect(route.version).toBe(2);
    route = transition(route, { type: "approve" }, at);
    expect(route).toMatchObject({ status: "approved", approvedAt: at.toISOString() });
    route = transition(route, sampleEvents.activate, at);
    expect(route.status).toBe("active");
    route = transition(route, sampleEvents.half_year_analysis, at);
    expect(route.status).toBe("active");
    expect(route.reflections).toHaveLength(1);
    route = transition(route, sampleEvents.complete, at);
    expect(route).toMatchObject({ status: "completed", selfAssessment: 4 });
    route = transition(route, { type: "archive" }, at);
    expect(route.status).toBe("archived");
  });

  // Every (status, event) pair: the legal ones succeed, all others throw a typed error.
  for (const status of ROUTE_STATUSES) {
    for (const event of Object.values(sampleEvents)) {
      const legal = TRANSITIONS[status][event.type] !== undefined;
      it(`${status} --${event.type}--> ${legal ? TRANSITIONS[status][event.type] : "refused"}`, () => {
        const route = readyRoute({ status: status as RouteStatus });
        if (legal) {
          expect(transition(route, event, at).status).toBe(TRANSITIONS[status][event.type]);
        } else {
          expect(() => transition(route, event, at)).toThrow(IllegalTransitionError);
          expect(canTransition(status, event.type)).toBe(false);
        }
      });
    }
  }

  it("refuses to submit an incomplete route with the reasons", () => {
    const route = readyRoute({ goal: undefined, tasks: [] });
    try {
      transition(route, { type: "submit" }, at);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues.map((i) => i.code).sort()).toEqual(["route_no_goal", "route_no_tasks"]);
    }
  });

  it("needs a comment to return a route", () => {
    const submitted = readyRoute({ status: "submitted" });
    expect(() => transition(submitted, { type: "return", comment: "   " }, at)).toThrow(DomainError);
  });

  it("does not activate before the term starts", () => {
    const approved = readyRoute({ status: "approved" });
    expect(() => transition(approved, { type: "activate", today: "2026-08-31" }, at)).toThrow(/term has not started/);
    expect(shouldActivate(approved, "2026-08-31")).toBe(false);
    expect(shouldActivate(approved, "2026-09-01")).toBe(true);
  });

  it("needs a fact and a self-assessment of 1..5 to complete", () => {
    const active = readyRoute({ status: "active" });
    expect(() => transition(active, { type: "complete", reflection: { ...final, fact: "" }, selfAssessment: 4 }, at)).toThrow(DomainError);
    expect(() => transition(active, { type: "complete", reflection: final, selfAssessment: 6 }, at)).toThrow(DomainError);
    expect(() => transition(active, { type: "complete", reflection: halfYear, selfAssessment: 3 }, at)).toThrow(DomainError);
  });
});

describe("the next route", () => {
  it("starts pre-filled from the final reflection and carries over what was not done", () => {
    const doneTask = task({ title: "Готово", activities: [{ ...task().activities[0]!, status: "done" }] });
    const openTask = task({ title: "Не закончено" });
    const completed = {
      ...readyRoute({ id: 7, status: "completed" as const, tasks: [doneTask, openTask], history: { fullName: "Иванова Анна Петровна" } }),
      reflections: [final],
    };
    const next = nextRoute(completed, "2027-09-01", "ИОМ 2027/28");
    expect(next.status).toBe("draft");
    expect(next.goal).toBe("Освоить проектную деятельность");
    expect(next.previousRouteId).toBe(7);
    expect(next.term).toEqual({ start: "2027-09-01", end: "2028-08-31" });
    expect(next.tasks.map((t) => t.title)).toEqual(["Не закончено"]);
    expect(next.tasks[0]!.activities[0]!.date > "2027-09-01").toBe(true);
    expect(next.history?.fullName).toBe("Иванова Анна Петровна");
  });

  it("refuses to start from a route that is not completed", () => {
    expect(() => nextRoute(readyRoute({ status: "active" }), "2027-09-01", "x")).toThrow(DomainError);
  });
});
