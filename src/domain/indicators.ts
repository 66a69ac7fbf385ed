// The district's indicators (000 §2.4) for a school year: 2.4.1 the share of the pedagogical
// staff with a developed route, 2.4.2/2.4.3/2.4.5 the schools' yes/no facts, 2.4.4 targeted
// recommendations issued and carried out; besides, completion, overdue items and the deficit map.
import { activityState, type RouteStatus } from "./route.js";
import type { LocalDate } from "./time.js";
import { schoolYearOf } from "./schedule.js";

/** A school year: 1 September to 31 August. */
export interface SchoolYear {
  /** The calendar year it starts in (2026 for 2026/2027). */
  first: number;
  start: LocalDate;
  end: LocalDate;
}

export function schoolYear(first: number): SchoolYear {
  return { first, start: `${first}-09-01`, end: `${first + 1}-08-31` };
}

/** The school year a day belongs to. */
export function schoolYearContaining(day: LocalDate): SchoolYear {
  return schoolYear(schoolYearOf(day));
}

/** Statuses of a route that has been approved (and then carried out, completed, archived). */
const APPROVED: readonly RouteStatus[] = ["approved", "active", "completed", "archived"];

/**
 * 000 §2.4.1: a teacher has a developed route in a school year when a route of hers was approved
 * and its term overlaps the year; a draft, submitted or returned route does not count.
 */
export function countsForYear(route: Pick<RouteFact, "status" | "term">, year: SchoolYear): boolean {
  return APPROVED.includes(route.status) && route.term !== undefined && route.term.start <= year.end && route.term.end >= year.start;
}

function inYear(instant: string, year: SchoolYear): boolean {
  const day = instant.slice(0, 10);
  return day >= year.start && day <= year.end;
}

export interface TeacherFact {
  userId: number;
  schoolId: number;
  /** The teacher's subject association, if she is in one. */
  associationId?: number;
  /** Areas of the teacher's latest deficits. */
  deficitAreas?: string[];
}

export interface RouteFact {
  teacherId: number;
  schoolId: number;
  status: RouteStatus;
  submittedAt?: string;
  term?: { start: LocalDate; end: LocalDate };
  activities: { date: LocalDate; status: "planned" | "done" | "cancelled" }[];
}

export interface RecommendationFact {
  schoolId: number;
  createdAt: string;
  /** The recipient marked it carried out. */
  done?: boolean;
}

export interface SchoolFacts {
  schoolId: number;
  name: string;
  /** The number of pedagogical staff, entered by the school (the denominator of 2.4.1). */
  staff?: number;
  /** 000 §2.4.2, §2.4.3, §2.4.5: recorded by a methodist; undefined when not yet recorded. */
  hasCpdRegulation?: boolean;
  monitoringInVsoko?: boolean;
  jobDescriptionsUpdated?: boolean;
}

export interface SchoolIndicators {
  schoolId: number;
  name: string;
  /** Teachers registered in the bot. */
  teachers: number;
  /** Pedagogical staff as the school entered it; undefined when not entered. */
  staff?: number;
  /** 2.4.1 numerator: teachers with an approved route whose term overlaps the year. */
  teachersWithRoute: number;
  /** 2.4.1: 0–100, one decimal, of the staff; undefined while the staff is not entered. */
  shareWithRoute?: number;
  routesByStatus: Record<RouteStatus, number>;
  /** 2.4.4: targeted recommendations issued in the year, and of them carried out. */
  recommendations: number;
  recommendationsDone: number;
  activitiesTotal: number;
  activitiesDone: number;
  activitiesOverdue: number;
  /** Done among those whose date has come, 0–100. */
  completion: number;
  completedRoutes: number;
  hasCpdRegulation?: boolean;
  monitoringInVsoko?: boolean;
  jobDescriptionsUpdated?: boolean;
}

export interface DistrictIndicators {
  schools: SchoolIndicators[];
  year: SchoolYear;
  total: Omit<SchoolIndicators, "schoolId" | "name" | "hasCpdRegulation" | "monitoringInVsoko" | "jobDescriptionsUpdated"> & {
    /** Schools that entered their staff: the district's 2.4.1 is over these. */
    schoolsWithStaff: number;
    schoolsWithRegulation: number;
    schoolsWithVsoko: number;
    schoolsWithJobDescriptions: number;
  };
  /** Area → number of teachers with a deficit in it, most frequent first. */
  deficitMap: { area: string; teachers: number }[];
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function emptyStatusCounts(): Record<RouteStatus, number> {
  return { draft: 0, submitted: 0, returned: 0, approved: 0, active: 0, completed: 0, archived: 0 };
}

interface Period {
  today: LocalDate;
  year: SchoolYear;
}

function indicatorsFor(teachers: TeacherFact[], routes: RouteFact[], recommendations: RecommendationFact[], staff: number | undefined, period: Period): Omit<SchoolIndicators, "schoolId" | "name"> {
  const teacherIds = new Set(teachers.map((t) => t.userId));
  const developed = new Set(routes.filter((r) => teacherIds.has(r.teacherId) && countsForYear(r, period.year)).map((r) => r.teacherId));
  const issued = recommendations.filter((r) => inYear(r.createdAt, period.year));
  const routesByStatus = emptyStatusCounts();
  for (const route of routes) routesByStatus[route.status] += 1;
  return {
    teachers: teacherIds.size,
    ...(staff !== undefined ? { staff, shareWithRoute: pct(developed.size, staff) } : {}),
    teachersWithRoute: developed.size,
    routesByStatus,
    recommendations: issued.length,
    recommendationsDone: issued.filter((r) => r.done).length,
    ...activityCounts(routes, period.today),
    completedRoutes: routesByStatus.completed + routesByStatus.archived,
  };
}

/** Activities of approved routes: all, done, overdue (not of completed routes), done of those due so far. */
function activityCounts(routes: RouteFact[], today: LocalDate) {
  let total = 0;
  let done = 0;
  let overdue = 0;
  let dueSoFar = 0;
  for (const route of routes) {
    if (route.status !== "approved" && route.status !== "active" && route.status !== "completed") continue;
    for (const activity of route.activities) {
      const state = activityState({ ...activity, event: "", topic: "", level: "school", evidence: [] }, today);
      if (state === "cancelled") continue;
      total += 1;
      if (state === "done") done += 1;
      if (state === "overdue" && route.status !== "completed") overdue += 1;
      if (activity.date <= today || state === "done") dueSoFar += 1;
    }
  }
  return { activitiesTotal: total, activitiesDone: done, activitiesOverdue: overdue, completion: pct(done, dueSoFar) };
}

export function deficitMap(teachers: TeacherFact[]): { area: string; teachers: number }[] {
  const counts = new Map<string, number>();
  for (const teacher of teachers) for (const area of new Set(teacher.deficitAreas ?? [])) counts.set(area, (counts.get(area) ?? 0) + 1);
  return [...counts.entries()].map(([area, n]) => ({ area, teachers: n })).sort((a, b) => b.teachers - a.teachers || a.area.localeCompare(b.area));
}

export function schoolIndicators(
  school: SchoolFacts,
  teachers: TeacherFact[],
  routes: RouteFact[],
  recommendations: RecommendationFact[],
  today: LocalDate,
  year: SchoolYear = schoolYearContaining(today),
): SchoolIndicators {
  const mine = <T extends { schoolId: number }>(items: T[]) => items.filter((item) => item.schoolId === school.schoolId);
  return {
    schoolId: school.schoolId,
    name: school.name,
    ...indicatorsFor(mine(teachers), mine(routes), mine(recommendations), school.staff, { today, year }),
    ...(school.hasCpdRegulation !== undefined ? { hasCpdRegulation: school.hasCpdRegulation } : {}),
    ...(school.monitoringInVsoko !== undefined ? { monitoringInVsoko: school.monitoringInVsoko } : {}),
    ...(school.jobDescriptionsUpdated !== undefined ? { jobDescriptionsUpdated: school.jobDescriptionsUpdated } : {}),
  };
}

function bySchool<T extends { schoolId: number }>(items: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.schoolId);
    if (group) group.push(item);
    else groups.set(item.schoolId, [item]);
  }
  return groups;
}

export function districtIndicators(
  schools: SchoolFacts[],
  teachers: TeacherFact[],
  routes: RouteFact[],
  recommendations: RecommendationFact[],
  today: LocalDate,
  year: SchoolYear = schoolYearContaining(today),
): DistrictIndicators {
  // Grouped once: a region has a thousand schools and tens of thousands of teachers.
  const teachersOf = bySchool(teachers);
  const routesOf = bySchool(routes);
  const recommendationsOf = bySchool(recommendations);
  const perSchool = schools.map((school) => {
    const of = <T>(groups: Map<number, T[]>) => groups.get(school.schoolId) ?? [];
    return schoolIndicators(school, of(teachersOf), of(routesOf), of(recommendationsOf), today, year);
  });
  const schoolIds = new Set(schools.map((s) => s.schoolId));
  const inDistrict = <T extends { schoolId: number }>(items: T[]) => items.filter((item) => schoolIds.has(item.schoolId));
  const withStaff = perSchool.filter((s) => s.staff !== undefined);
  const staff = withStaff.reduce((sum, s) => sum + s.staff!, 0);
  const total = indicatorsFor(inDistrict(teachers), inDistrict(routes), inDistrict(recommendations), undefined, { today, year });
  const developedWhereStaffKnown = withStaff.reduce((sum, s) => sum + s.teachersWithRoute, 0);
  return {
    year,
    schools: perSchool,
    total: {
      ...total,
      ...(withStaff.length ? { staff, shareWithRoute: pct(developedWhereStaffKnown, staff) } : {}),
      schoolsWithStaff: withStaff.length,
      schoolsWithRegulation: schools.filter((s) => s.hasCpdRegulation === true).length,
      schoolsWithVsoko: schools.filter((s) => s.monitoringInVsoko === true).length,
      schoolsWithJobDescriptions: schools.filter((s) => s.jobDescriptionsUpdated === true).length,
    },
    deficitMap: deficitMap(inDistrict(teachers)),
  };
}
