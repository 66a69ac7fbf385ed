import { describe, expect, it } from "vitest";
import { deficitMap, districtIndicators, schoolIndicators, type RouteFact } from "../../src/domain/indicators.js";

const today = "2027-03-01";
const schools = [
  { schoolId: 1, name: "СОШ № 1", hasCpdRegulation: true, monitoringInVsoko: true, jobDescriptionsUpdated: false },
  { schoolId: 2, name: "СОШ № 2" },
  { schoolId: 3, name: "Пустая школа" },
];
const teachers = [
  { userId: 1, schoolId: 1, deficitAreas: ["digital", "upbringing"] },
  { userId: 2, schoolId: 1, deficitAreas: ["digital"] },
  { userId: 3, schoolId: 1 },
  { userId: 4, schoolId: 2, deficitAreas: ["digital", "digital"] },
  { userId: 5, schoolId: 2, deficitAreas: ["subject"] },
];
const routes: RouteFact[] = [
  {
    teacherId: 1,
    schoolId: 1,
    status: "active",
    submittedAt: "2026-09-05",
    activities: [
      { date: "2027-01-10", status: "done" },
      { date: "2027-02-10", status: "planned" },
      { date: "2027-03-01", status: "planned" },
      { date: "2027-05-10", status: "planned" },
      { date: "2027-02-01", status: "cancelled" },
    ],
  },
  { teacherId: 2, schoolId: 1, status: "draft", activities: [{ date: "2027-01-01", status: "planned" }] },
  { teacherId: 4, schoolId: 2, status: "returned", submittedAt: "2027-02-01", activities: [] },
  { teacherId: 5, schoolId: 2, status: "completed", submittedAt: "2026-01-01", activities: [{ date: "2026-05-01", status: "done" }, { date: "2026-06-01", status: "planned" }] },
];
const recommendations = [
  { schoolId: 1, createdAt: "2027-01-01" },
  { schoolId: 1, createdAt: "2027-02-01" },
  { schoolId: 2, createdAt: "2027-02-01" },
  { schoolId: 9, createdAt: "2027-02-01" },
];

describe("indicators", () => {
  it("per school: share with a route, recommendations, completion and overdue", () => {
    const first = schoolIndicators(schools[0]!, teachers, routes, recommendations, today);
    expect(first).toMatchObject({
      teachers: 3,
      teachersWithRoute: 1,
      shareWithRoute: 33.3,
      recommendations: 2,
      activitiesTotal: 4,
      activitiesDone: 1,
      activitiesOverdue: 1,
      completion: 33.3,
      hasCpdRegulation: true,
      jobDescriptionsUpdated: false,
    });
    expect(first.routesByStatus).toMatchObject({ active: 1, draft: 1 });
  });

  it("a completed route's unfinished items are not counted as overdue", () => {
    const second = schoolIndicators(schools[1]!, teachers, routes, recommendations, today);
    expect(second).toMatchObject({ teachersWithRoute: 2, shareWithRoute: 100, activitiesOverdue: 0, completedRoutes: 1, completion: 50 });
    expect(second.hasCpdRegulation).toBeUndefined();
  });

  it("a school without teachers reports zeros, not NaN", () => {
    expect(schoolIndicators(schools[2]!, teachers, routes, recommendations, today)).toMatchObject({ teachers: 0, shareWithRoute: 0, completion: 0 });
  });

  it("for the district: totals, yes/no facts and the deficit map", () => {
    const district = districtIndicators(schools, teachers, routes, recommendations, today);
    expect(district.schools).toHaveLength(3);
    expect(district.total).toMatchObject({
      teachers: 5,
      teachersWithRoute: 3,
      shareWithRoute: 60,
      recommendations: 3,
      schoolsWithRegulation: 1,
      schoolsWithVsoko: 1,
      schoolsWithJobDescriptions: 0,
    });
    expect(district.deficitMap).toEqual([
      { area: "digital", teachers: 3 },
      { area: "subject", teachers: 1 },
      { area: "upbringing", teachers: 1 },
    ]);
  });

  it("the deficit map counts each teacher once per area", () => {
    expect(deficitMap([{ userId: 1, schoolId: 1, deficitAreas: ["a", "a", "b"] }])).toEqual([
      { area: "a", teachers: 1 },
      { area: "b", teachers: 1 },
    ]);
  });
});
