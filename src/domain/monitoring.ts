// Monitoring rounds of a school year (000 §3.1.4): at its start and at its end the district's
// indicators and every teacher's deficits are recorded; the end is read against the start (§3.1.6):
// the share with routes, activities done, deficits closed, recommendations carried out.
import type { DistrictIndicators } from "./indicators.js";

export const ROUND_KINDS = ["start", "end"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export interface RoundSnapshot {
  indicators: DistrictIndicators;
  /** Each teacher's deficit areas at the time of the round. */
  teachers: { userId: number; schoolId: number; associationId?: number; deficitAreas: string[] }[];
}

export interface Change {
  start: number;
  end: number;
}

export interface Dynamics {
  shareWithRoute?: Change;
  teachersWithRoute: Change;
  activitiesDone: Change;
  recommendationsDone: Change;
  /** Deficits teachers had at the start and no longer have at the end (a re-diagnosis above the threshold). */
  deficitsAtStart: number;
  deficitsClosed: number;
}

export interface SchoolDynamics extends Dynamics {
  schoolId: number;
  name: string;
}

function closed(start: RoundSnapshot["teachers"], end: RoundSnapshot["teachers"]): { atStart: number; closed: number } {
  const later = new Map(end.map((t) => [t.userId, new Set(t.deficitAreas)]));
  let atStart = 0;
  let gone = 0;
  for (const teacher of start) {
    const now = later.get(teacher.userId);
    for (const area of new Set(teacher.deficitAreas)) {
      atStart += 1;
      if (now && !now.has(area)) gone += 1;
    }
  }
  return { atStart, closed: gone };
}

type Totals = Pick<DistrictIndicators["total"], "teachersWithRoute" | "activitiesDone" | "recommendationsDone" | "shareWithRoute">;

function compare(start: Totals, end: Totals, teachers: { start: RoundSnapshot["teachers"]; end: RoundSnapshot["teachers"] }): Dynamics {
  const deficits = closed(teachers.start, teachers.end);
  return {
    ...(start.shareWithRoute !== undefined && end.shareWithRoute !== undefined ? { shareWithRoute: { start: start.shareWithRoute, end: end.shareWithRoute } } : {}),
    teachersWithRoute: { start: start.teachersWithRoute, end: end.teachersWithRoute },
    activitiesDone: { start: start.activitiesDone, end: end.activitiesDone },
    recommendationsDone: { start: start.recommendationsDone, end: end.recommendationsDone },
    deficitsAtStart: deficits.atStart,
    deficitsClosed: deficits.closed,
  };
}

/** The year's dynamics for the district and for each school present in both rounds. */
export function dynamics(start: RoundSnapshot, end: RoundSnapshot): { district: Dynamics; schools: SchoolDynamics[] } {
  const district = compare(start.indicators.total, end.indicators.total, { start: start.teachers, end: end.teachers });
  const schools = end.indicators.schools.flatMap((school) => {
    const before = start.indicators.schools.find((s) => s.schoolId === school.schoolId);
    if (!before) return [];
    const mine = (teachers: RoundSnapshot["teachers"]) => teachers.filter((t) => t.schoolId === school.schoolId);
    return [{ schoolId: school.schoolId, name: school.name, ...compare(before, school, { start: mine(start.teachers), end: mine(end.teachers) }) }];
  });
  return { district, schools };
}
