// After downtime the scheduler catches up: reminders still useful go out once, those past their
// usefulness are dropped and counted, not sent late.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../helpers/harness.js";
import { readyRoute } from "../helpers/routes.js";
import { approvedRoute, seedSchool, testScheduler } from "./helpers.js";

let now = new Date("2027-02-05T03:00:00Z");
const clock = () => now;

describe("catching up after downtime", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ clock });
    const school = await seedSchool(h);
    await approvedRoute(h, readyRoute({ teacherId: school.teacherId, schoolId: school.schoolId }), new Date("2026-11-26T03:00:00Z"), school.deputyId);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("drops what lost its use, sends what is still useful, once", async () => {
    const scheduler = testScheduler(h, clock);
    const first = await scheduler.tick(now); // plans the route; nothing of the activity (10.02) is due yet
    expect(h.tg.messages(7001)).toHaveLength(0);
    // The bot is down from 5 to 12 February.
    now = new Date("2027-02-12T03:00:00Z");
    const report = await scheduler.tick(now);
    expect(h.tg.messages(7001).map((m) => m.text)).toEqual([expect.stringContaining("не отмечено выполненным")]);
    const rows = await h.app.store.outbox.all();
    const dropped = rows.filter((r) => r.status === "dropped" && r.lastError === "expired" && r.kind.startsWith("activity_")).map((r) => r.kind).sort();
    expect(dropped).toEqual(["activity_ahead", "activity_due"]);
    expect(report.dropped).toBeGreaterThanOrEqual(2);
    expect(scheduler.stats.dropped).toBe(first.dropped + report.dropped);
    expect((await scheduler.tick(new Date("2027-02-12T04:00:00Z"))).sent).toBe(0);
    expect(h.tg.messages(7001)).toHaveLength(1);
  });
});
