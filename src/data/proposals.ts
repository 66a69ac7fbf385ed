// Changes proposed to a teacher's route by those who support her, and her answer to each.
import type { Prisma } from "./database.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import type { ProposalKind } from "../domain/proposal.js";

export interface ProposalRecord {
  id: number;
  routeId: number;
  authorId: number | null;
  kind: ProposalKind;
  text: string;
  status: "proposed" | "accepted" | "declined";
  createdAt: Date;
}

const toRecord = (row: Omit<ProposalRecord, "kind" | "status"> & { kind: string; status: string }): ProposalRecord => ({ ...row, kind: row.kind as ProposalKind, status: row.status as ProposalRecord["status"] });
const select = { id: true, routeId: true, authorId: true, kind: true, text: true, status: true, createdAt: true } as const;

export function proposalsRepository(prisma: Prisma) {
  return {
    async create(input: { routeId: number; authorId: number; kind: ProposalKind; text: string }, audit: AuditEntry, at: Date): Promise<number> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.routeProposal.create({ data: { ...input, createdAt: at } });
        await writeAudit(tx, audit, at);
        return row.id;
      });
    },
    async byId(id: number): Promise<ProposalRecord | undefined> {
      const row = await prisma.routeProposal.findUnique({ where: { id }, select });
      return row ? toRecord(row) : undefined;
    },
    async ofRoute(routeId: number): Promise<ProposalRecord[]> {
      const rows = await prisma.routeProposal.findMany({ where: { routeId }, select, orderBy: { id: "asc" } });
      return rows.map(toRecord);
    },
    /** Back to proposed, when an accepted change could not be applied. */
    async reopen(id: number): Promise<void> {
      await prisma.routeProposal.update({ where: { id }, data: { status: "proposed", decidedAt: null } });
    },
    /** Marks the answer once; false when it was already answered. */
    async answer(id: number, status: "accepted" | "declined", audit: AuditEntry, at: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const moved = await tx.routeProposal.updateMany({ where: { id, status: "proposed" }, data: { status, decidedAt: at } });
        if (moved.count === 0) return false;
        await writeAudit(tx, audit, at);
        return true;
      });
    },
  };
}
