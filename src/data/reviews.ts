// The association's review of a submitted route at its meeting (002 §3.3.2): one per submitted version,
// written together with the route's mark and the audit record.
import type { Prisma } from "./database.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import { fromDbDate, toDbDate } from "./convert.js";
import type { LocalDate } from "../domain/time.js";

export interface ReviewRecord {
  routeId: number;
  routeVersion: number;
  associationId: number | null;
  reviewerId: number | null;
  protocolNumber: string;
  protocolDate: LocalDate;
  recommendation: string | null;
  createdAt: Date;
}

type Row = Omit<ReviewRecord, "protocolDate"> & { protocolDate: Date };
const toRecord = (row: Row): ReviewRecord => ({ ...row, protocolDate: fromDbDate(row.protocolDate) });
const select = { routeId: true, routeVersion: true, associationId: true, reviewerId: true, protocolNumber: true, protocolDate: true, recommendation: true, createdAt: true } as const;

export function reviewsRepository(prisma: Prisma) {
  return {
    /** Records the review of the submitted `version`; false when it is no longer submitted or already reviewed. */
    async record(input: Omit<ReviewRecord, "createdAt"> & { audit: AuditEntry; at: Date }): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const marked = await tx.route.updateMany({ where: { id: input.routeId, status: "submitted", version: input.routeVersion, reviewedAt: null }, data: { reviewedAt: input.at } });
        if (marked.count === 0) return false;
        await tx.routeReview.create({
          data: {
            routeId: input.routeId,
            routeVersion: input.routeVersion,
            associationId: input.associationId,
            reviewerId: input.reviewerId,
            protocolNumber: input.protocolNumber,
            protocolDate: toDbDate(input.protocolDate),
            recommendation: input.recommendation,
            createdAt: input.at,
          },
        });
        await writeAudit(tx, input.audit, input.at);
        return true;
      });
    },

    async of(routeId: number, routeVersion: number): Promise<ReviewRecord | undefined> {
      const row = await prisma.routeReview.findUnique({ where: { routeId_routeVersion: { routeId, routeVersion } }, select });
      return row ? toRecord(row) : undefined;
    },

    /** The review of the version that was approved last (or the latest one). */
    async latest(routeId: number): Promise<ReviewRecord | undefined> {
      const row = await prisma.routeReview.findFirst({ where: { routeId }, orderBy: { routeVersion: "desc" }, select });
      return row ? toRecord(row) : undefined;
    },
  };
}
