// A route that changes is planned again: its reminders still waiting are replaced by those of
// its new dates; other routes' reminders, and what was already sent, stay as they are.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { readyRoute } from "../helpers/routes.js";
import { approvedRoute, seedSchool, testScheduler } from "./helpers.js";
import type { Route } from "../../src/domain/route.js";

const now = new Date("2027-01-20T03:00:00Z");
const clock = () => now;

describe("planning a changed route again", () => {
  let h: Harness;
  let moved: Route;
  let other: Route;
  beforeAll(async () => {
    h = await startHarness({ clock });
    const first = await seedSchool(h);
    const second = await seedSchool(h, { teacher: 7101, deputy: 7102, mentor: 7103 });
    moved = await approvedRoute(h, readyRoute({ teacherId: first.teacherId, schoolId: first.schoolId }), new Date("2026-11-26T03:00:00Z"), first.deputyId);
    other = await approvedRoute(h, readyRoute({ teacherId: second.teacherId, schoolId: second.schoolId }), new Date("2026-11-26T03:00:00Z"), second.deputyId);
  });
  afterAll(async () => {
    await h?.stop();
  });

  const pendingOf = async (route: Route) =>
    (await h.app.store.outbox.all()).filter((row) => row.routeId === route.id && row.status === "pending").map((row) => `${row.kind} ${row.dueAt.toISOString().slice(0, 10)}`);

  it("replaces the pending reminders of the changed route only", async () => {
    const scheduler = testScheduler(h, clock);
    await scheduler.tick(now);
    const otherBefore = await pendingOf(other);
    expect(await pendingOf(moved)).toContain("activity_due 2027-02-10");
    expect(otherBefore).toContain("activity_due 2027-02-10");

    const activity = moved.tasks[0]!.activities[0]!;
    const changed = { ...moved, tasks: [{ ...moved.tasks[0]!, activities: [{ ...activity, date: "2027-03-03" }] }] };
    expect(await h.app.store.routes.saveContent(changed, ["approved", "active"])).toBeDefined();
    await scheduler.tick(new Date(now.getTime() + 60_000));

    const after = await pendingOf(moved);
    expect(after).toContain("activity_due 2027-03-03");
    expect(after).not.toContain("activity_due 2027-02-10");
    expect(await pendingOf(other)).toEqual(otherBefore);
  });
});
