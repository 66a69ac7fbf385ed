import { describe, expect, it } from "vitest";
import {
  approvalNudges,
  halfYearDates,
  monitoringReminders,
  nextDeliveryTime,
  planCheckpoints,
  planReminders,
  remindersDue,
  schoolYearOf,
} from "../../src/domain/schedule.js";
import { readyRoute, task } from "../helpers/routes.js";

const tz = "Asia/Krasnoyarsk";

describe("checkpoints", () => {
  it("one a quarter from the term start, one at each task deadline, a final one at the end", () => {
    const route = readyRoute({ tasks: [task({ deadline: "2027-03-31" }), task({ deadline: "2026-12-01" })] });
    expect(planCheckpoints(route)).toEqual([
      { kind: "task_deadline", dueDate: "2026-12-01" },
      { kind: "quarterly", dueDate: "2027-03-01" },
      { kind: "task_deadline", dueDate: "2027-03-31" },
      { kind: "quarterly", dueDate: "2027-06-01" },
      { kind: "final", dueDate: "2027-08-31" },
    ]);
  });

  it("a task deadline on a quarter day replaces the quarterly checkpoint", () => {
    const route = readyRoute({ tasks: [task({ deadline: "2026-12-01" })] });
    const dates = planCheckpoints(route).map((c) => `${c.dueDate}:${c.kind}`);
    expect(dates).toEqual(["2026-12-01:task_deadline", "2027-03-01:quarterly", "2027-06-01:quarterly", "2027-08-31:final"]);
  });

  it("quarters from the last day of a month stay on month ends", () => {
    const route = readyRoute({ term: { start: "2026-11-30", end: "2027-11-29" }, tasks: [] });
    expect(planCheckpoints(route).map((c) => c.dueDate)).toEqual(["2027-02-28", "2027-05-30", "2027-08-30", "2027-11-29"]);
  });
});

describe("half-year analyses", () => {
  it("every six months from approval, before the end", () => {
    expect(halfYearDates("2026-09-10", "2028-08-31")).toEqual(["2027-03-10", "2027-09-10", "2028-03-10"]);
  });
  it("across month ends and leap years", () => {
    expect(halfYearDates("2027-08-31", "2029-08-31")).toEqual(["2028-02-29", "2028-08-31", "2029-02-28"]);
  });
});

describe("reminders of a route", () => {
  const approved = readyRoute({
    status: "active",
    approvedAt: "2026-09-05T04:00:00Z",
    tasks: [
      task({
        deadline: "2027-03-31",
        activities: [
          { ...task().activities[0]!, id: 21, date: "2027-02-10" },
          { ...task().activities[0]!, id: 22, date: "2027-03-01", status: "done" },
        ],
      }),
    ],
  });

  it("lists deadlines ahead and on the day, overdue, checkpoints, half-year and the end, at 10:00 local time", () => {
    const reminders = planReminders(approved, { timeZone: tz });
    const table = reminders.map((r) => `${r.kind} ${r.subject} ${r.date}`);
    expect(table).toEqual([
      "checkpoint checkpoint:2026-12-01 2026-12-01",
      "activity_ahead activity:21 2027-02-07",
      "activity_due activity:21 2027-02-10",
      "activity_overdue activity:21 2027-02-11",
      "checkpoint checkpoint:2027-03-01 2027-03-01",
      "half_year half_year:2027-03-05 2027-03-05",
      "checkpoint checkpoint:2027-03-31 2027-03-31",
      "checkpoint checkpoint:2027-06-01 2027-06-01",
      "term_end_ahead term:2027-08-31 2027-08-17",
      "final_reflection term:2027-08-31 2027-08-31",
    ]);
    const due = reminders.find((r) => r.kind === "activity_due")!;
    expect(due.dueAt.toISOString()).toBe("2027-02-10T03:00:00.000Z");
    // Useful until the end of that local day, not later.
    expect(due.notAfter.toISOString()).toBe("2027-02-10T17:00:00.000Z");
    const ahead = reminders.find((r) => r.kind === "activity_ahead")!;
    expect(ahead.notAfter).toEqual(due.notAfter);
  });

  it("honours several days ahead, another send hour and another time zone", () => {
    const reminders = planReminders(approved, { timeZone: "Europe/Moscow", daysAhead: [7, 1], sendHour: 9 });
    const ahead = reminders.filter((r) => r.kind === "activity_ahead").map((r) => r.dueAt.toISOString());
    expect(ahead).toEqual(["2027-02-03T06:00:00.000Z", "2027-02-09T06:00:00.000Z"]);
  });

  it("nothing for drafts, answered checkpoints are skipped", () => {
    expect(planReminders({ ...approved, status: "draft" }, { timeZone: tz })).toEqual([]);
    const answered = { ...approved, checkpoints: planCheckpoints(approved).map((c) => ({ ...c, answeredAt: "2026-12-01T00:00:00Z" })) };
    expect(planReminders(answered, { timeZone: tz }).some((r) => r.kind === "checkpoint")).toBe(false);
  });

  it("selects what is due in a window", () => {
    const from = new Date("2027-02-10T00:00:00Z");
    const to = new Date("2027-02-12T00:00:00Z");
    expect(remindersDue(approved, { timeZone: tz }, from, to).map((r) => r.kind)).toEqual(["activity_due", "activity_overdue"]);
  });

  it("does not remind ahead of an activity dated before approval", () => {
    const early = { ...approved, approvedAt: "2027-02-09T04:00:00Z" };
    expect(planReminders(early, { timeZone: tz }).some((r) => r.kind === "activity_ahead")).toBe(false);
  });
});

describe("school-year monitoring and approval nudges", () => {
  it("monitoring at the start and end of the school year", () => {
    const [start, end] = monitoringReminders(2026, tz);
    expect(start).toMatchObject({ kind: "school_year_start", date: "2026-09-15", subject: "school_year:2026" });
    expect(end).toMatchObject({ kind: "school_year_end", date: "2027-05-20" });
    expect(schoolYearOf("2027-05-20")).toBe(2026);
    expect(schoolYearOf("2026-09-01")).toBe(2026);
  });

  it("nudges approvers every three days, three times", () => {
    const nudges = approvalNudges(new Date("2027-02-26T10:00:00Z"), tz);
    expect(nudges.map((n) => n.date)).toEqual(["2027-03-01", "2027-03-04", "2027-03-07"]);
  });
});

describe("delivery window", () => {
  const window = { timeZone: tz, quietFrom: 21, quietTo: 8, pauses: [{ start: "2026-12-30", end: "2027-01-08" }] };
  const at = (iso: string) => nextDeliveryTime(new Date(iso), window).toISOString();

  it("sends at once outside quiet hours", () => {
    expect(at("2027-02-10T03:00:00Z")).toBe("2027-02-10T03:00:00.000Z");
  });
  it("moves late evening and night to 08:00 local", () => {
    // 22:30 local on 10 Feb → 08:00 on 11 Feb (01:00Z).
    expect(at("2027-02-10T15:30:00Z")).toBe("2027-02-11T01:00:00.000Z");
    // 03:00 local → 08:00 the same day.
    expect(at("2027-02-09T20:00:00Z")).toBe("2027-02-10T01:00:00.000Z");
  });
  it("waits out holidays and personal pauses", () => {
    expect(at("2026-12-31T03:00:00Z")).toBe("2027-01-09T01:00:00.000Z");
  });
  it("quiet hours within one day also work", () => {
    const lunch = { ...window, quietFrom: 13, quietTo: 14, pauses: [] };
    expect(nextDeliveryTime(new Date("2027-02-10T06:30:00Z"), lunch).toISOString()).toBe("2027-02-10T07:00:00.000Z");
  });
});
