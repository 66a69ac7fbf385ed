// Interviews on correcting the route after a course (000 §3.2.7, «собеседование по корректировке
// ИОМ»): those waiting in a school, their day, and their outcome.
import type { Prisma } from "./database.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import { fromDbDate, toDbDate } from "./convert.js";
import type { LocalDate } from "../domain/time.js";

export interface InterviewRecord {
  id: number;
  routeId: number;
  activityId: number | null;
  /** The course the interview is about. */
  event: string;
  teacherId: number;
  requestedAt: Date;
  scheduledOn?: LocalDate;
  heldAt?: Date;
  outcome?: string;
  needsChange?: boolean;
  interviewerId: number | null;
}

const include = { activity: { select: { event: true } }, route: { select: { teacherId: true, schoolId: true } } } as const;

type Row = NonNullable<Awaited<ReturnType<Prisma["correctionInterview"]["findFirst"]>>> & { activity: { event: string } | null; route: { teacherId: number; schoolId: number } };

function toRecord(row: Row): InterviewRecord {
  return {
    id: row.id,
    routeId: row.routeId,
    activityId: row.activityId,
    event: row.activity?.event ?? "",
    teacherId: row.route.teacherId,
    requestedAt: row.requestedAt,
    ...(row.scheduledOn ? { scheduledOn: fromDbDate(row.scheduledOn) } : {}),
    ...(row.heldAt ? { heldAt: row.heldAt } : {}),
    ...(row.outcome !== null ? { outcome: row.outcome } : {}),
    ...(row.needsChange !== null ? { needsChange: row.needsChange } : {}),
    interviewerId: row.deputyId,
  };
}

export function interviewsRepository(prisma: Prisma) {
  const pendingIn = (schoolId: number) => ({ heldAt: null, route: { schoolId, status: { in: ["approved", "active"] } } });
  return {
    async byId(id: number): Promise<InterviewRecord | undefined> {
      const row = await prisma.correctionInterview.findUnique({ where: { id }, include });
      return row ? toRecord(row as Row) : undefined;
    },
    countPending: (schoolId: number) => prisma.correctionInterview.count({ where: pendingIn(schoolId) }),
    /** Interviews not yet held in a school, waiting longest first. */
    async pending(schoolId: number, window: { skip: number; take: number }): Promise<InterviewRecord[]> {
      const rows = await prisma.correctionInterview.findMany({ where: pendingIn(schoolId), include, orderBy: [{ requestedAt: "asc" }, { id: "asc" }], skip: window.skip, take: window.take });
      return rows.map((row) => toRecord(row as Row));
    },
    async ofRoute(routeId: number): Promise<InterviewRecord[]> {
      const rows = await prisma.correctionInterview.findMany({ where: { routeId }, include, orderBy: { id: "asc" } });
      return rows.map((row) => toRecord(row as Row));
    },
    /** Held and requested interviews of schools, for the dashboards. */
    async counts(schoolIds: number[]): Promise<{ requested: number; held: number }> {
      const where = { route: { schoolId: { in: schoolIds } } };
      const [requested, held] = await Promise.all([prisma.correctionInterview.count({ where }), prisma.correctionInterview.count({ where: { ...where, heldAt: { not: null } } })]);
      return { requested, held };
    },
    async schedule(id: number, day: LocalDate, audit: AuditEntry, at: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const result = await tx.correctionInterview.updateMany({ where: { id, heldAt: null }, data: { scheduledOn: toDbDate(day) } });
        if (result.count !== 1) return false;
        await writeAudit(tx, audit, at);
        return true;
      });
    },
    /** Records the outcome once; false when it was already recorded. */
    async record(id: number, input: { interviewerId: number; outcome: string; needsChange: boolean }, audit: AuditEntry, at: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const result = await tx.correctionInterview.updateMany({ where: { id, heldAt: null }, data: { deputyId: input.interviewerId, outcome: input.outcome, needsChange: input.needsChange, heldAt: at } });
        if (result.count !== 1) return false;
        await writeAudit(tx, audit, at);
        return true;
      });
    },
  };
}
