import { describe, expect, it } from "vitest";
import { countsForYear, deficitMap, districtIndicators, schoolIndicators, schoolYear, schoolYearContaining, type RouteFact } from "../../src/domain/indicators.js";

const today = "2027-03-01";
const year = schoolYear(2026);
const term = { start: "2026-09-01", end: "2027-08-31" };
const schools = [
  { schoolId: 1, name: "СОШ № 1", staff: 10, hasCpdRegulation: true, monitoringInVsoko: true, jobDescriptionsUpdated: false },
  { schoolId: 2, name: "СОШ № 2" },
  { schoolId: 3, name: "Пустая школа", staff: 5 },
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
    term,
    activities: [
      { date: "2027-01-10", status: "done" },
      { date: "2027-02-10", status: "planned" },
      { date: "2027-03-01", status: "planned" },
      { date: "2027-05-10", status: "planned" },
      { date: "2027-02-01", status: "cancelled" },
    ],
  },
  { teacherId: 2, schoolId: 1, status: "draft", term, activities: [{ date: "2027-01-01", status: "planned" }] },
  { teacherId: 4, schoolId: 2, status: "returned", submittedAt: "2027-02-01", term, activities: [] },
  // Completed last year: its term does not reach this school year.
  { teacherId: 5, schoolId: 2, status: "completed", submittedAt: "2025-09-01", term: { start: "2025-09-01", end: "2026-06-30" }, activities: [{ date: "2026-05-01", status: "done" }, { date: "2026-06-01", status: "planned" }] },
];
const recommendations = [
  { schoolId: 1, createdAt: "2027-01-01T09:00:00.000Z", done: true },
  { schoolId: 1, createdAt: "2027-02-01T09:00:00.000Z" },
  { schoolId: 1, createdAt: "2026-05-01T09:00:00.000Z", done: true },
  { schoolId: 2, createdAt: "2027-02-01T09:00:00.000Z" },
  { schoolId: 9, createdAt: "2027-02-01T09:00:00.000Z" },
];

describe("school years", () => {
  it("run from 1 September to 31 August", () => {
    expect(schoolYearContaining("2027-03-01")).toEqual({ first: 2026, start: "2026-09-01", end: "2027-08-31" });
    expect(schoolYearContaining("2026-09-01").first).toBe(2026);
    expect(schoolYearContaining("2026-08-31").first).toBe(2025);
  });
});

describe("indicator 2.4.1", () => {
  it("a school with 40 staff and 12 approved routes in the year has 30 %; drafts, submitted and returned routes do not count", () => {
    const school = { schoolId: 7, name: "СОШ № 7", staff: 40 };
    const staffTeachers = Array.from({ length: 20 }, (_, i) => ({ userId: 100 + i, schoolId: 7 }));
    const statuses = ["approved", "active", "completed", "active", "approved", "active", "active", "completed", "approved", "active", "active", "active", "draft", "returned", "submitted"] as const;
    const yearRoutes: RouteFact[] = statuses.map((status, i) => ({ teacherId: 100 + i, schoolId: 7, status, term, activities: [] }));
    // An approved route of a teacher outside the year and a second route of a counted teacher change nothing.
    yearRoutes.push({ teacherId: 115, schoolId: 7, status: "approved", term: { start: "2027-09-01", end: "2028-08-31" }, activities: [] });
    yearRoutes.push({ teacherId: 100, schoolId: 7, status: "archived", term: { start: "2025-09-01", end: "2026-09-30" }, activities: [] });
    const indicators = schoolIndicators(school, staffTeachers, yearRoutes, [], today, year);
    expect(indicators).toMatchObject({ staff: 40, teachers: 20, teachersWithRoute: 12, shareWithRoute: 30 });
  });

  it("a route counts in every school year its term overlaps", () => {
    const route = { status: "active" as const, term: { start: "2026-01-10", end: "2027-01-09" } };
    expect(countsForYear(route, schoolYear(2025))).toBe(true);
    expect(countsForYear(route, schoolYear(2026))).toBe(true);
    expect(countsForYear(route, schoolYear(2027))).toBe(false);
    expect(countsForYear({ status: "submitted", term: route.term }, schoolYear(2026))).toBe(false);
    expect(countsForYear({ status: "approved" }, schoolYear(2026))).toBe(false);
  });

  it("without the staff entered there is no share, only the count", () => {
    const second = schoolIndicators(schools[1]!, teachers, routes, recommendations, today, year);
    expect(second.staff).toBeUndefined();
    expect(second.shareWithRoute).toBeUndefined();
    expect(second.teachersWithRoute).toBe(0);
  });
});

describe("indicators", () => {
  it("per school: 2.4.1 of the staff, recommendations of the year issued and carried out, completion and overdue", () => {
    const first = schoolIndicators(schools[0]!, teachers, routes, recommendations, today, year);
    expect(first).toMatchObject({
      staff: 10,
      teachers: 3,
      teachersWithRoute: 1,
      shareWithRoute: 10,
      recommendations: 2,
      recommendationsDone: 1,
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
    const second = schoolIndicators(schools[1]!, teachers, routes, recommendations, today, year);
    expect(second).toMatchObject({ activitiesOverdue: 0, completedRoutes: 1, completion: 50 });
    expect(second.hasCpdRegulation).toBeUndefined();
  });

  it("a school without teachers reports zeros, not NaN", () => {
    expect(schoolIndicators(schools[2]!, teachers, routes, recommendations, today, year)).toMatchObject({ teachers: 0, staff: 5, shareWithRoute: 0, completion: 0 });
  });

  it("for the district: 2.4.1 over the schools that entered their staff, the counts of 2.4.2–2.4.5 and the deficit map", () => {
    const district = districtIndicators(schools, teachers, routes, recommendations, today, year);
    expect(district.schools).toHaveLength(3);
    expect(district.year).toEqual(year);
    expect(district.total).toMatchObject({
      teachers: 5,
      staff: 15,
      schoolsWithStaff: 2,
      teachersWithRoute: 1,
      shareWithRoute: 6.7,
      recommendations: 3,
      recommendationsDone: 1,
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
