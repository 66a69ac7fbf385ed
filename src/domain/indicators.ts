// The district's indicators (000 §2.4): the share of teachers with a route, the number of
// targeted recommendations, completion, overdue items and a map of deficits across teachers.
import { activityState, type RouteStatus } from "./route.js";
import type { LocalDate } from "./time.js";

export interface TeacherFact {
  userId: number;
  schoolId: number;
  /** Areas of the teacher's latest deficits. */
  deficitAreas?: string[];
}

export interface RouteFact {
  teacherId: number;
  schoolId: number;
  status: RouteStatus;
  submittedAt?: string;
  activities: { date: LocalDate; status: "planned" | "done" | "cancelled" }[];
}

export interface RecommendationFact {
  schoolId: number;
  createdAt: string;
}

export interface SchoolFacts {
  schoolId: number;
  name: string;
  /** 000 §2.4.2, §2.4.3, §2.4.5: recorded by a methodist; undefined when not yet recorded. */
  hasCpdRegulation?: boolean;
  monitoringInVsoko?: boolean;
  jobDescriptionsUpdated?: boolean;
}

export interface SchoolIndicators {
  schoolId: number;
  name: string;
  teachers: number;
  teachersWithRoute: number;
  /** 0–100, one decimal; 0 when the school has no teachers. */
  shareWithRoute: number;
  routesByStatus: Record<RouteStatus, number>;
  recommendations: number;
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
  total: Omit<SchoolIndicators, "schoolId" | "name" | "hasCpdRegulation" | "monitoringInVsoko" | "jobDescriptionsUpdated"> & {
    schoolsWithRegulation: number;
    schoolsWithVsoko: number;
    schoolsWithJobDescriptions: number;
  };
  /** Area → number of teachers with a deficit in it, most frequent first. */
  deficitMap: { area: string; teachers: number }[];
}

/** A teacher "has developed a route" once one of their routes has been submitted. */
export function hasDevelopedRoute(route: RouteFact): boolean {
  return route.submittedAt !== undefined || !["draft"].includes(route.status);
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

function emptyStatusCounts(): Record<RouteStatus, number> {
  return { draft: 0, submitted: 0, returned: 0, approved: 0, active: 0, completed: 0, archived: 0 };
}

function indicatorsFor(
  teachers: TeacherFact[],
  routes: RouteFact[],
  recommendations: number,
  today: LocalDate,
): Omit<SchoolIndicators, "schoolId" | "name"> {
  const teacherIds = new Set(teachers.map((t) => t.userId));
  const developed = new Set(routes.filter((r) => teacherIds.has(r.teacherId) && hasDevelopedRoute(r)).map((r) => r.teacherId));
  const routesByStatus = emptyStatusCounts();
  let total = 0;
  let done = 0;
  let overdue = 0;
  let dueSoFar = 0;
  for (const route of routes) {
    routesByStatus[route.status] += 1;
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
  return {
    teachers: teacherIds.size,
    teachersWithRoute: developed.size,
    shareWithRoute: pct(developed.size, teacherIds.size),
    routesByStatus,
    recommendations,
    activitiesTotal: total,
    activitiesDone: done,
    activitiesOverdue: overdue,
    completion: pct(done, dueSoFar),
    completedRoutes: routesByStatus.completed + routes.filter((r) => r.status === "archived").length,
  };
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
): SchoolIndicators {
  const mine = <T extends { schoolId: number }>(items: T[]) => items.filter((item) => item.schoolId === school.schoolId);
  return {
    schoolId: school.schoolId,
    name: school.name,
    ...indicatorsFor(mine(teachers), mine(routes), mine(recommendations).length, today),
    ...(school.hasCpdRegulation !== undefined ? { hasCpdRegulation: school.hasCpdRegulation } : {}),
    ...(school.monitoringInVsoko !== undefined ? { monitoringInVsoko: school.monitoringInVsoko } : {}),
    ...(school.jobDescriptionsUpdated !== undefined ? { jobDescriptionsUpdated: school.jobDescriptionsUpdated } : {}),
  };
}

export function districtIndicators(
  schools: SchoolFacts[],
  teachers: TeacherFact[],
  routes: RouteFact[],
  recommendations: RecommendationFact[],
  today: LocalDate,
): DistrictIndicators {
  const perSchool = schools.map((school) => schoolIndicators(school, teachers, routes, recommendations, today));
  const schoolIds = new Set(schools.map((s) => s.schoolId));
  const inDistrict = <T extends { schoolId: number }>(items: T[]) => items.filter((item) => schoolIds.has(item.schoolId));
  return {
    schools: perSchool,
    total: {
      ...indicatorsFor(inDistrict(teachers), inDistrict(routes), inDistrict(recommendations).length, today),
      schoolsWithRegulation: schools.filter((s) => s.hasCpdRegulation === true).length,
      schoolsWithVsoko: schools.filter((s) => s.monitoringInVsoko === true).length,
      schoolsWithJobDescriptions: schools.filter((s) => s.jobDescriptionsUpdated === true).length,
    },
    deficitMap: deficitMap(inDistrict(teachers)),
  };
}
