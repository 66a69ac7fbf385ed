import { describe, expect, it } from "vitest";
import { districtIndicators, schoolYear } from "../../src/domain/indicators.js";
import { dynamics, type RoundSnapshot } from "../../src/domain/monitoring.js";
import type { RouteFact } from "../../src/domain/indicators.js";

const year = schoolYear(2026);
const schools = [{ schoolId: 1, name: "СОШ № 1", staff: 10 }, { schoolId: 2, name: "СОШ № 2" }];
const term = { start: "2026-09-01", end: "2027-08-31" };

function snapshot(routes: RouteFact[], deficits: Record<number, string[]>, recommendations: { schoolId: number; createdAt: string; done?: boolean }[], today: string): RoundSnapshot {
  const teachers = [1, 2, 3].map((userId) => ({ userId, schoolId: userId === 3 ? 2 : 1, deficitAreas: deficits[userId] ?? [] }));
  return { indicators: districtIndicators(schools, teachers, routes, recommendations, today, year), teachers };
}

describe("the year's dynamics", () => {
  it("reads the end against the start: routes, activities done, deficits closed, recommendations carried out", () => {
    const start = snapshot([{ teacherId: 1, schoolId: 1, status: "draft", term, activities: [] }], { 1: ["digital", "subject"], 2: ["digital"], 3: ["upbringing"] }, [{ schoolId: 1, createdAt: "2026-09-20T00:00:00Z" }], "2026-09-15");
    const end = snapshot(
      [
        { teacherId: 1, schoolId: 1, status: "active", term, activities: [{ date: "2027-02-01", status: "done" }, { date: "2027-03-01", status: "done" }] },
        { teacherId: 2, schoolId: 1, status: "approved", term, activities: [] },
      ],
      // Teacher 1 closed "subject"; teacher 2 still has "digital"; teacher 3 left no diagnosis behind.
      { 1: ["digital"], 2: ["digital"], 3: ["upbringing"] },
      [{ schoolId: 1, createdAt: "2026-09-20T00:00:00Z", done: true }],
      "2027-05-20",
    );
    const result = dynamics(start, end);
    expect(result.district).toMatchObject({
      teachersWithRoute: { start: 0, end: 2 },
      activitiesDone: { start: 0, end: 2 },
      recommendationsDone: { start: 0, end: 1 },
      deficitsAtStart: 4,
      deficitsClosed: 1,
      shareWithRoute: { start: 0, end: 20 },
    });
    const first = result.schools.find((s) => s.schoolId === 1)!;
    expect(first).toMatchObject({ teachersWithRoute: { start: 0, end: 2 }, deficitsAtStart: 3, deficitsClosed: 1, shareWithRoute: { start: 0, end: 20 } });
    expect(result.schools.find((s) => s.schoolId === 2)).toMatchObject({ deficitsAtStart: 1, deficitsClosed: 0 });
    expect(result.schools.find((s) => s.schoolId === 2)!.shareWithRoute).toBeUndefined();
  });

  it("a teacher missing from the end round closes nothing", () => {
    const start = snapshot([], { 1: ["digital"] }, [], "2026-09-15");
    const end = { ...snapshot([], {}, [], "2027-05-20"), teachers: [] };
    expect(dynamics(start, end).district).toMatchObject({ deficitsAtStart: 1, deficitsClosed: 0 });
  });
});
