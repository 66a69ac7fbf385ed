// The lists of routes the people who manage them work through: one page of short summaries at a
// time (names and dates, not whole routes), counted and ordered in the database.
import type { Prisma } from "./database.js";
import { toDbDate } from "./convert.js";
import type { ListSpec } from "../domain/work.js";
import type { RouteStatus } from "../domain/route.js";

export interface RouteSummary {
  id: number;
  teacherId: number;
  teacherName: string | null;
  teacherUsername: string | null;
  schoolId: number;
  status: RouteStatus;
  title: string;
  version: number;
  submittedAt: Date | null;
}

function whereOf(spec: Pick<ListSpec, "scope" | "statuses" | "review" | "overdueBefore">) {
  const { scope } = spec;
  const overdue = spec.overdueBefore ? { tasks: { some: { activities: { some: { status: "planned", date: { lt: toDbDate(spec.overdueBefore) } } } } } } : {};
  const base = { status: { in: [...spec.statuses] }, ...reviewCondition(spec), ...overdue };
  if ("teacherIds" in scope) return { teacherId: { in: scope.teacherIds }, ...base };
  if (scope.associationId === undefined) return { schoolId: scope.schoolId, ...base };
  // An association's routes: those of the teachers the school counts in that association.
  const inAssociation = { organisationId: scope.schoolId, role: "teacher", associationId: scope.associationId, revokedAt: null };
  return { schoolId: scope.schoolId, teacher: { memberships: { some: inAssociation } }, ...base };
}

/** Two-step approval: the association's list holds what it has not reviewed; the deputy's what it has, or what no subject association reviews. */
function reviewCondition(spec: Pick<ListSpec, "scope" | "review">) {
  if (spec.review === "pending") return { reviewedAt: null };
  if (spec.review !== "ready" || "teacherIds" in spec.scope) return {};
  const inSomeAssociation = { organisationId: spec.scope.schoolId, role: "teacher", associationId: { not: null }, revokedAt: null };
  return { OR: [{ reviewedAt: { not: null } }, { teacher: { memberships: { none: inSomeAssociation } } }] };
}

export function worklistsRepository(prisma: Prisma) {
  return {
    async count(spec: Pick<ListSpec, "scope" | "statuses" | "review" | "overdueBefore">): Promise<number> {
      return prisma.route.count({ where: whereOf(spec) });
    },

    async page(spec: ListSpec, window: { skip: number; take: number }): Promise<RouteSummary[]> {
      const orderBy =
        spec.order === "waiting"
          ? [{ submittedAt: "asc" as const }, { id: "asc" as const }]
          : [{ teacher: { fullName: "asc" as const } }, { id: "asc" as const }];
      const rows = await prisma.route.findMany({
        where: whereOf(spec),
        orderBy,
        skip: window.skip,
        take: window.take,
        select: { id: true, teacherId: true, schoolId: true, status: true, title: true, version: true, submittedAt: true, teacher: { select: { fullName: true, username: true } } },
      });
      return rows.map(({ teacher, ...row }) => ({ ...row, status: row.status as RouteStatus, teacherName: teacher.fullName, teacherUsername: teacher.username }));
    },
  };
}
