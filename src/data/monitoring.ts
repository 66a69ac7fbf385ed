// Facts for the school and district indicators (000 §2.4), read in a few queries.
import type { RecommendationFact, RouteFact, SchoolFacts, TeacherFact } from "../domain/indicators.js";
import type { CompetenceProfile } from "../domain/diagnostics.js";
import { DEFAULT_DEFICIT_THRESHOLD } from "../domain/diagnostics.js";
import type { RouteStatus } from "../domain/route.js";
import type { Prisma } from "./database.js";
import { fromDbDate } from "./convert.js";
import { parseStored } from "./json.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import { inChunks } from "./chunks.js";

export interface MonitoringFacts {
  schools: SchoolFacts[];
  teachers: (TeacherFact & { name: string })[];
  routes: (RouteFact & { routeId: number; title: string; goal?: string; approvedAt?: string })[];
  recommendations: RecommendationFact[];
}

export const SCHOOL_FACT_FIELDS = ["hasCpdRegulation", "monitoringInVsoko", "jobDescriptionsUpdated"] as const;
export type SchoolFactField = (typeof SCHOOL_FACT_FIELDS)[number];

export function monitoringRepository(prisma: Prisma) {
  return {
    async facts(schoolIds: number[]): Promise<MonitoringFacts> {
      const schools = await prisma.organisation.findMany({ where: { id: { in: schoolIds } }, orderBy: { name: "asc" } });
      const memberships = await prisma.membership.findMany({
        where: { organisationId: { in: schoolIds }, role: "teacher", revokedAt: null },
        include: { user: { select: { id: true, fullName: true, username: true } } },
      });
      const teacherIds = [...new Set(memberships.map((m) => m.userId))];
      const diagnostics = await inChunks(teacherIds, (slice) =>
        prisma.diagnostic.findMany({
          where: { userId: { in: slice }, source: "self", completedAt: { not: null } },
          orderBy: { completedAt: "asc" },
          select: { userId: true, profile: true },
        }),
      );
      const latestProfile = new Map<number, CompetenceProfile>();
      for (const d of diagnostics) latestProfile.set(d.userId, parseStored<CompetenceProfile>(d.profile, { frameworkVersion: "", areas: [] }));
      const routes = await prisma.route.findMany({
        where: { schoolId: { in: schoolIds } },
        select: { id: true, title: true, goal: true, teacherId: true, schoolId: true, status: true, submittedAt: true, approvedAt: true, termStart: true, termEnd: true, tasks: { select: { activities: { select: { date: true, status: true } } } } },
      });
      const toSchools = await prisma.schoolRecommendation.findMany({ where: { schoolId: { in: schoolIds } }, select: { schoolId: true, createdAt: true, status: true } });
      const recommendations = await prisma.comment.findMany({
        where: { isRecommendation: true, route: { schoolId: { in: schoolIds } } },
        select: { createdAt: true, status: true, route: { select: { schoolId: true } } },
      });
      return {
        schools: schools.map((s) => ({
          schoolId: s.id,
          name: s.name,
          ...(s.staffCount !== null ? { staff: s.staffCount } : {}),
          ...(s.hasCpdRegulation !== null ? { hasCpdRegulation: s.hasCpdRegulation } : {}),
          ...(s.monitoringInVsoko !== null ? { monitoringInVsoko: s.monitoringInVsoko } : {}),
          ...(s.jobDescriptionsUpdated !== null ? { jobDescriptionsUpdated: s.jobDescriptionsUpdated } : {}),
        })),
        teachers: memberships.map((m) => ({
          userId: m.userId,
          schoolId: m.organisationId,
          ...(m.associationId ? { associationId: m.associationId } : {}),
          name: m.user.fullName ?? (m.user.username ? `@${m.user.username}` : ""),
          deficitAreas: (latestProfile.get(m.userId)?.areas ?? []).filter((a) => a.answered > 0 && a.percent < DEFAULT_DEFICIT_THRESHOLD).map((a) => a.area),
        })),
        routes: routes.map((r) => ({
          routeId: r.id,
          title: r.title,
          ...(r.goal ? { goal: r.goal } : {}),
          ...(r.approvedAt ? { approvedAt: r.approvedAt.toISOString() } : {}),
          teacherId: r.teacherId,
          schoolId: r.schoolId,
          status: r.status as RouteStatus,
          ...(r.submittedAt ? { submittedAt: r.submittedAt.toISOString() } : {}),
          ...(r.termStart && r.termEnd ? { term: { start: fromDbDate(r.termStart), end: fromDbDate(r.termEnd) } } : {}),
          activities: r.tasks.flatMap((t) => t.activities.map((a) => ({ date: fromDbDate(a.date), status: a.status as "planned" | "done" | "cancelled" }))),
        })),
        recommendations: [
          ...recommendations.map((c) => ({ schoolId: c.route.schoolId, createdAt: c.createdAt.toISOString(), done: c.status === "done" })),
          ...toSchools.map((r) => ({ schoolId: r.schoolId, createdAt: r.createdAt.toISOString(), done: r.status === "done" })),
        ],
      };
    },
    /** Activities marked done since `since`, newest first. */
    async recentlyDone(schoolIds: number[], since: Date, limit = 10): Promise<{ teacherId: number; event: string; doneAt: Date }[]> {
      const rows = await prisma.activity.findMany({
        where: { status: "done", doneAt: { gte: since }, task: { route: { schoolId: { in: schoolIds } } } },
        orderBy: { doneAt: "desc" },
        take: limit,
        select: { event: true, doneAt: true, task: { select: { route: { select: { teacherId: true } } } } },
      });
      return rows.map((r) => ({ teacherId: r.task.route.teacherId, event: r.event, doneAt: r.doneAt! }));
    },
    /** The school's number of pedagogical staff (000 §2.4.1's denominator). */
    async setStaffCount(schoolId: number, count: number, audit: { entry: AuditEntry; at: Date }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.organisation.update({ where: { id: schoolId }, data: { staffCount: count, staffCountAt: audit.at } });
        await writeAudit(tx, audit.entry, audit.at);
      });
    },
    async setSchoolFact(schoolId: number, field: SchoolFactField, value: boolean, audit?: { entry: AuditEntry; at: Date }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.organisation.update({ where: { id: schoolId }, data: { [field]: value } });
        if (audit) await writeAudit(tx, audit.entry, audit.at);
      });
    },
  };
}
