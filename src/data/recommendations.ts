// Targeted recommendations (000 §2.4.4) as their recipients carry them out: issued, accepted, done.
import type { Prisma } from "./database.js";
import { writeAudit, type AuditEntry } from "./audit.js";

export const RECOMMENDATION_STATUSES = ["issued", "accepted", "done"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export interface RecommendationRecord {
  id: number;
  routeId: number;
  authorId: number | null;
  text: string;
  status: RecommendationStatus;
  createdAt: Date;
}

export function recommendationsRepository(prisma: Prisma) {
  return {
    async byId(id: number): Promise<RecommendationRecord | undefined> {
      const row = await prisma.comment.findFirst({ where: { id, isRecommendation: true } });
      if (!row) return undefined;
      return { id: row.id, routeId: row.routeId, authorId: row.authorId, text: row.text, status: (row.status ?? "issued") as RecommendationStatus, createdAt: row.createdAt };
    },

    /** Recommendations a person gave to teachers, newest first, with the route's teacher. */
    async byAuthor(authorId: number): Promise<(RecommendationRecord & { teacherId: number })[]> {
      const rows = await prisma.comment.findMany({ where: { authorId, isRecommendation: true }, orderBy: { id: "desc" }, include: { route: { select: { teacherId: true } } } });
      return rows.map((row) => ({ id: row.id, routeId: row.routeId, authorId: row.authorId, text: row.text, status: (row.status ?? "issued") as RecommendationStatus, createdAt: row.createdAt, teacherId: row.route.teacherId }));
    },

    /** Moves a recommendation forward (issued → accepted → done); false when it is already there or beyond. */
    async advance(id: number, to: RecommendationStatus, at: Date, audit: AuditEntry): Promise<boolean> {
      const earlier = RECOMMENDATION_STATUSES.slice(0, RECOMMENDATION_STATUSES.indexOf(to));
      return prisma.$transaction(async (tx) => {
        const moved = await tx.comment.updateMany({ where: { id, isRecommendation: true, OR: [{ status: null }, { status: { in: [...earlier] } }] }, data: { status: to, statusAt: at } });
        if (moved.count === 0) return false;
        await writeAudit(tx, audit, at);
        return true;
      });
    },
  };
}
