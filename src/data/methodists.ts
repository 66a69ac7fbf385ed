// Methodists and the schools each is responsible for (000 §3.1.2), and the recommendations they
// give to schools as a whole (000 §2.4.4, §3.2.9).
import type { Prisma } from "./database.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import type { RecommendationStatus } from "./recommendations.js";

type Audit = { entry: AuditEntry; at: Date };

export interface SchoolRecommendationRecord {
  id: number;
  schoolId: number;
  authorId: number | null;
  text: string;
  schoolYear: number;
  roundKind: string | null;
  status: RecommendationStatus;
  reply: string | null;
  createdAt: Date;
}

const toRecord = (row: Omit<SchoolRecommendationRecord, "status"> & { status: string }): SchoolRecommendationRecord => ({ ...row, status: row.status as RecommendationStatus });
const select = { id: true, schoolId: true, authorId: true, text: true, schoolYear: true, roundKind: true, status: true, reply: true, createdAt: true } as const;

export function methodistsRepository(prisma: Prisma) {
  return {
    async schoolsOf(methodistId: number): Promise<number[]> {
      const rows = await prisma.methodistSchool.findMany({ where: { methodistId }, select: { schoolId: true } });
      return rows.map((r) => r.schoolId);
    },
    async setResponsible(methodistId: number, schoolId: number, responsible: boolean, audit: Audit): Promise<void> {
      await prisma.$transaction(async (tx) => {
        if (responsible) await tx.methodistSchool.upsert({ where: { methodistId_schoolId: { methodistId, schoolId } }, create: { methodistId, schoolId }, update: {} });
        else await tx.methodistSchool.deleteMany({ where: { methodistId, schoolId } });
        await writeAudit(tx, audit.entry, audit.at);
      });
    },

    async recommend(input: { schoolId: number; authorId: number; text: string; schoolYear: number; roundKind?: string }, audit: Audit): Promise<number> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.schoolRecommendation.create({ data: { ...input, roundKind: input.roundKind ?? null, createdAt: audit.at } });
        await writeAudit(tx, { ...audit.entry, targetId: row.id }, audit.at);
        return row.id;
      });
    },
    async recommendation(id: number): Promise<SchoolRecommendationRecord | undefined> {
      const row = await prisma.schoolRecommendation.findUnique({ where: { id }, select });
      return row ? toRecord(row) : undefined;
    },
    async recommendationsBy(authorId: number): Promise<SchoolRecommendationRecord[]> {
      const rows = await prisma.schoolRecommendation.findMany({ where: { authorId }, select, orderBy: { id: "desc" } });
      return rows.map(toRecord);
    },
    async recommendationsOf(schoolId: number): Promise<SchoolRecommendationRecord[]> {
      const rows = await prisma.schoolRecommendation.findMany({ where: { schoolId }, select, orderBy: { id: "desc" } });
      return rows.map(toRecord);
    },
    /** Moves it forward (issued → accepted → done); false when it is already there or beyond. */
    async advance(id: number, to: RecommendationStatus, audit: Audit): Promise<boolean> {
      const earlier = to === "done" ? ["issued", "accepted"] : ["issued"];
      return prisma.$transaction(async (tx) => {
        const moved = await tx.schoolRecommendation.updateMany({ where: { id, status: { in: earlier } }, data: { status: to, statusAt: audit.at } });
        if (moved.count === 0) return false;
        await writeAudit(tx, audit.entry, audit.at);
        return true;
      });
    },
    async reply(id: number, text: string, audit: Audit): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.schoolRecommendation.update({ where: { id }, data: { reply: text } });
        await writeAudit(tx, audit.entry, audit.at);
      });
    },
  };
}
