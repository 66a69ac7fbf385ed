// The lists of routes the people who manage them work through: one page of short summaries at a
// time (names and dates, not whole routes), counted and ordered in the database.
import type { Prisma } from "./database.js";
import type { ListSpec, RouteScope } from "../domain/work.js";
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

function whereOf(scope: RouteScope, statuses: readonly RouteStatus[]) {
  const status = { in: [...statuses] };
  if ("teacherIds" in scope) return { teacherId: { in: scope.teacherIds }, status };
  if (scope.associationId === undefined) return { schoolId: scope.schoolId, status };
  // A ШМО's routes: those of the teachers the school counts in that association.
  const inAssociation = { organisationId: scope.schoolId, role: "teacher", associationId: scope.associationId, revokedAt: null };
  return { schoolId: scope.schoolId, status, teacher: { memberships: { some: inAssociation } } };
}

export function worklistsRepository(prisma: Prisma) {
  return {
    async count(spec: Pick<ListSpec, "scope" | "statuses">): Promise<number> {
      return prisma.route.count({ where: whereOf(spec.scope, spec.statuses) });
    },

    async page(spec: ListSpec, window: { skip: number; take: number }): Promise<RouteSummary[]> {
      const orderBy =
        spec.order === "waiting"
          ? [{ submittedAt: "asc" as const }, { id: "asc" as const }]
          : [{ teacher: { fullName: "asc" as const } }, { id: "asc" as const }];
      const rows = await prisma.route.findMany({
        where: whereOf(spec.scope, spec.statuses),
        orderBy,
        skip: window.skip,
        take: window.take,
        select: { id: true, teacherId: true, schoolId: true, status: true, title: true, version: true, submittedAt: true, teacher: { select: { fullName: true, username: true } } },
      });
      return rows.map(({ teacher, ...row }) => ({ ...row, status: row.status as RouteStatus, teacherName: teacher.fullName, teacherUsername: teacher.username }));
    },
  };
}
