// Monitoring rounds as stored snapshots: one per district, school year and kind (a round taken
// again replaces the earlier one of that kind).
import type { Prisma } from "./database.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import { parseStored } from "./json.js";
import type { RoundKind, RoundSnapshot } from "../domain/monitoring.js";

export interface RoundRecord {
  kind: RoundKind;
  schoolYear: number;
  takenAt: Date;
  takenById: number | null;
  snapshot: RoundSnapshot;
}

export function roundsRepository(prisma: Prisma) {
  return {
    async save(districtId: number, schoolYear: number, kind: RoundKind, snapshot: RoundSnapshot, by: number, audit: AuditEntry, at: Date): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const data = { takenAt: at, takenById: by, snapshot: JSON.stringify(snapshot) };
        await tx.monitoringRound.upsert({ where: { districtId_schoolYear_kind: { districtId, schoolYear, kind } }, create: { districtId, schoolYear, kind, ...data }, update: data });
        await writeAudit(tx, audit, at);
      });
    },
    async ofYear(districtId: number, schoolYear: number): Promise<RoundRecord[]> {
      const rows = await prisma.monitoringRound.findMany({ where: { districtId, schoolYear }, orderBy: { kind: "desc" } });
      return rows.map((row) => ({
        kind: row.kind as RoundKind,
        schoolYear: row.schoolYear,
        takenAt: row.takenAt,
        takenById: row.takenById,
        snapshot: parseStored<RoundSnapshot>(row.snapshot, { indicators: { year: { first: schoolYear, start: "", end: "" }, schools: [], total: {} as never, deficitMap: [] }, teachers: [] }),
      }));
    },
  };
}
