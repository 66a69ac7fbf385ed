import type { Prisma } from "./database.js";
import type { LaneStatement } from "./driver-lane.js";

export interface AuditEntry {
  actorId?: number | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: Record<string, unknown>;
}

type Writer = Pick<Prisma, "auditLog">;

/** Writes an audit record with the client given: the transaction of the change it records. */
export async function writeAudit(db: Writer, entry: AuditEntry, at: Date): Promise<void> {
  await db.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      details: entry.details ? JSON.stringify(entry.details) : null,
      createdAt: at,
    },
  });
}

/** The same record as a statement of a driver-lane transaction. */
export function auditStatement(entry: AuditEntry, at: Date): LaneStatement {
  return {
    sql: `INSERT INTO "AuditLog" ("actorId", "action", "targetType", "targetId", "details", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
    args: [entry.actorId ?? null, entry.action, entry.targetType ?? null, entry.targetId === undefined ? null : String(entry.targetId), entry.details ? JSON.stringify(entry.details) : null, at],
  };
}

export function auditRepository(prisma: Prisma) {
  return {
    async record(entry: AuditEntry, at: Date = new Date()): Promise<void> {
      await writeAudit(prisma, entry, at);
    },
    async prune(before: Date): Promise<number> {
      return (await prisma.auditLog.deleteMany({ where: { createdAt: { lt: before } } })).count;
    },
    byAction: (action: string) => prisma.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } }),
  };
}
