import { describe, expect, it } from "vitest";
import { applyCorrection, planChanges, planOf, taskHasProgress } from "../../src/domain/correction.js";
import { readyRoute, task } from "../helpers/routes.js";
import type { Route } from "../../src/domain/route.js";

/** A stored route: every row has its id. */
function stored(): Route {
  const base = readyRoute({ id: 1, status: "active", tasks: [task({ id: 10 }), task({ id: 20, title: "Вторая задача" })] });
  return {
    ...base,
    tasks: base.tasks.map((t, i) => ({ ...t, activities: t.activities.map((a, j) => ({ ...a, id: 100 * (i + 1) + j })) })),
    broadcasts: base.broadcasts.map((b, i) => ({ ...b, id: 500 + i })),
  };
}

describe("correcting an active route", () => {
  it("lists what changes: goal, added and removed tasks, moved and added activities, points", () => {
    const live = stored();
    const copy = planOf(live);
    const corrected = {
      ...copy,
      goal: "Новая цель",
      tasks: [
        { ...copy.tasks[0]!, activities: [{ ...copy.tasks[0]!.activities[0]!, date: "2027-03-01" }, { event: "Семинар", topic: "Т", level: "school" as const, date: "2026-12-10", status: "planned" as const, evidence: [] }] },
        { title: "Третья задача", resources: [], activities: [] },
      ],
      broadcasts: [],
    };
    expect(planChanges(copy, corrected)).toEqual([
      { kind: "goal" },
      { kind: "task_removed", task: "Вторая задача" },
      { kind: "task_added", task: "Третья задача" },
      { kind: "activity_removed", event: "КПК «Формирующее оценивание»", date: "2027-02-10" },
      { kind: "activity_moved", event: "КПК «Формирующее оценивание»", from: "2027-02-10", to: "2027-03-01" },
      { kind: "activity_added", event: "Семинар", date: "2026-12-10" },
      { kind: "broadcast_removed", event: "Открытый урок", date: "2027-05-15" },
    ]);
    expect(planChanges(copy, copy)).toEqual([]);
  });

  it("keeps progress made while the correction waited, and never drops an activity with evidence", () => {
    const live = stored();
    const copy = structuredClone(planOf(live));
    // Meanwhile: the first task's activity was done, the second task's got evidence.
    live.tasks[0]!.activities[0] = { ...live.tasks[0]!.activities[0]!, status: "done", doneAt: "2026-12-01T00:00:00.000Z" };
    live.tasks[1]!.activities[0] = { ...live.tasks[1]!.activities[0]!, evidence: [{ kind: "text", value: "Сертификат", addedAt: "2026-12-01T00:00:00.000Z" }] };
    // The correction moves the first activity and drops the whole second task.
    const corrected = { ...copy, tasks: [{ ...copy.tasks[0]!, activities: [{ ...copy.tasks[0]!.activities[0]!, date: "2027-03-01" }] }] };
    const result = applyCorrection(live, corrected);
    expect(result.tasks[0]!.activities[0]).toMatchObject({ id: 100, date: "2027-03-01", status: "done", doneAt: "2026-12-01T00:00:00.000Z" });
    expect(result.tasks[1]).toMatchObject({ id: 20, activities: [{ id: 200, evidence: [{ kind: "text", value: "Сертификат", addedAt: "2026-12-01T00:00:00.000Z" }] }] });
    expect(taskHasProgress(live, copy.tasks[1]!)).toBe(true);
    expect(taskHasProgress(stored(), copy.tasks[1]!)).toBe(false);
  });
});
