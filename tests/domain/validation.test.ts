import { describe, expect, it } from "vitest";
import {
  LIMITS,
  checkDateInTerm,
  parseField,
  submissionIssues,
  termSchema,
  textSchema,
  KNOWN_CODES,
} from "../../src/domain/validation.js";
import { readyRoute, task } from "../helpers/routes.js";

const codes = (route: Parameters<typeof submissionIssues>[0]) => submissionIssues(route).map((i) => i.code);

describe("route validation", () => {
  it("accepts a complete route", () => {
    expect(submissionIssues(readyRoute())).toEqual([]);
  });

  it("term: six months to three years, end after start", () => {
    const term = (start: string, end: string) => {
      const parsed = termSchema.safeParse({ start, end });
      return parsed.success ? "ok" : parsed.error.issues[0]!.message;
    };
    expect(term("2026-09-01", "2027-02-28")).toBe("ok");
    expect(term("2026-09-01", "2027-02-27")).toBe("term_too_short");
    expect(term("2026-09-01", "2029-08-31")).toBe("ok");
    expect(term("2026-09-01", "2029-09-01")).toBe("term_too_long");
    expect(term("2026-09-01", "2026-09-01")).toBe("term_end_before_start");
    expect(term("2026-09-01", "2026-02-30")).toBe("invalid_date");
    // Leap years: from 29.02 six months later is 28.08.
    expect(term("2028-02-29", "2028-08-28")).toBe("ok");
  });

  it("dates must lie inside the term", () => {
    const route = readyRoute({
      tasks: [task({ deadline: "2027-09-15", activities: [{ ...task().activities[0]!, date: "2026-08-20" }] })],
      broadcasts: [{ event: "Выступление", topic: "Опыт", date: "2027-10-01" }],
    });
    const issues = submissionIssues(route);
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: "date_outside_term", path: ["tasks", 0, "deadline"] },
        { code: "date_outside_term", path: ["tasks", 0, "activities", 0, "date"] },
        { code: "date_outside_term", path: ["broadcasts", 0, "date"] },
      ]),
    );
    expect(checkDateInTerm("2027-09-01", readyRoute().term)?.code).toBe("date_outside_term");
    expect(checkDateInTerm("2027-01-01", readyRoute().term)).toBeUndefined();
  });

  it("an activity after its task's deadline is flagged", () => {
    const route = readyRoute({ tasks: [task({ deadline: "2027-01-31" })] });
    expect(codes(route)).toContain("activity_after_deadline");
  });

  it("a task needs at least one activity and an expected result", () => {
    expect(codes(readyRoute({ tasks: [task({ activities: [] })] }))).toContain("task_no_activity");
    expect(codes(readyRoute({ tasks: [task({ expectedResult: undefined })] }))).toContain("task_no_expected_result");
    expect(codes(readyRoute({ tasks: [task({ expectedResult: "  " })] }))).toContain("text_empty");
  });

  it("a route needs a goal, tasks and a term", () => {
    expect(codes(readyRoute({ goal: undefined }))).toContain("route_no_goal");
    expect(codes(readyRoute({ tasks: [] }))).toContain("route_no_tasks");
    expect(codes(readyRoute({ term: undefined }))).toContain("required");
  });

  it("texts must be non-empty and fit their limits", () => {
    expect(parseField(textSchema(LIMITS.shortText), "  Вебинар  ")).toEqual({ ok: true, value: "Вебинар" });
    expect(parseField(textSchema(LIMITS.shortText), "   ")).toMatchObject({ ok: false, issue: { code: "text_empty" } });
    expect(parseField(textSchema(LIMITS.shortText), "я".repeat(LIMITS.shortText + 1))).toMatchObject({
      ok: false,
      issue: { code: "text_too_long", params: { max: LIMITS.shortText } },
    });
    expect(codes(readyRoute({ title: "x".repeat(LIMITS.title + 1) }))).toContain("text_too_long");
  });

  it("too many tasks are refused", () => {
    expect(codes(readyRoute({ tasks: Array.from({ length: LIMITS.tasks + 1 }, () => task()) }))).toContain("too_many");
  });

  it("wrong choices and links are refused with their own codes", () => {
    const bad = readyRoute({
      tasks: [task({ resources: [{ title: "Курс", kind: "course", form: "formal", level: "galactic" as never, url: "не ссылка" }] })],
    });
    expect(codes(bad)).toEqual(expect.arrayContaining(["invalid_choice", "invalid_url"]));
  });

  it("every code produced is a known one (each has a message in the locales)", () => {
    const all = [
      ...submissionIssues(readyRoute({ goal: "", tasks: [task({ activities: [], expectedResult: undefined })], term: { start: "2026-09-01", end: "2026-10-01" } })),
    ].map((i) => i.code);
    for (const code of all) expect(KNOWN_CODES).toContain(code);
  });
});
