// The teacher's educational history (002 §4.1), kept once and reused by every route. Read and
// written through the driver lane: the profile is a screen teachers open and fill in often.
import type { EducationalHistory } from "../domain/route.js";
import type { EducationLevel, QualificationCategory } from "../domain/vocabulary.js";
import { compact, fromDbDate, optionalDate } from "./convert.js";
import type { DriverLane, LaneArg } from "./driver-lane.js";

export type HistoryField = Exclude<keyof EducationalHistory, "organisation" | "educationDetails">;

/** The stored column of each field but the name (kept on the user); naming them here keeps the SQL to known columns. */
const COLUMNS: Record<Exclude<HistoryField, "fullName">, string> = {
  position: "position",
  education: "education",
  teachingYears: "teachingYears",
  managementYears: "managementYears",
  qualificationCategory: "qualificationCategory",
  lastAttestationDate: "lastAttestationDate",
  courses: "courses",
  problemExperience: "problemExperience",
};

type HistoryRow = {
  fullName: string | null;
  position: string | null;
  education: string | null;
  teachingYears: number | null;
  managementYears: number | null;
  qualificationCategory: string | null;
  lastAttestationDate: Date | null;
  courses: string | null;
  problemExperience: string | null;
};

export function profilesRepository(lane: DriverLane) {
  return {
    async history(userId: number): Promise<EducationalHistory> {
      const [row] = (await lane.rows(
        `SELECT u."fullName", h."position", h."education", h."teachingYears", h."managementYears", h."qualificationCategory", h."lastAttestationDate", h."courses", h."problemExperience"
         FROM "User" u LEFT JOIN "EducationalHistory" h ON h."userId" = u."id" WHERE u."id" = ?`,
        [userId],
      )) as HistoryRow[];
      return compact({
        fullName: row?.fullName,
        position: row?.position,
        education: row?.education as EducationLevel | null | undefined,
        teachingYears: row?.teachingYears,
        managementYears: row?.managementYears,
        qualificationCategory: row?.qualificationCategory as QualificationCategory | null | undefined,
        lastAttestationDate: row?.lastAttestationDate ? fromDbDate(row.lastAttestationDate) : undefined,
        courses: row?.courses,
        problemExperience: row?.problemExperience,
      });
    },
    /** Saves one answer at once, so that nothing typed is lost if the teacher stops midway. */
    async saveField<K extends HistoryField>(userId: number, field: K, value: EducationalHistory[K]): Promise<void> {
      // @updatedAt is the wall clock's, as the client would set it.
      const changedAt = new Date();
      if (field === "fullName") {
        await lane.run(`UPDATE "User" SET "fullName" = ?, "updatedAt" = ? WHERE "id" = ?`, [(value as string | undefined) ?? null, changedAt, userId]);
        return;
      }
      const column = COLUMNS[field as Exclude<HistoryField, "fullName">];
      const stored = (field === "lastAttestationDate" ? optionalDate(value as string | undefined) : (value ?? null)) as LaneArg;
      await lane.run(
        `INSERT INTO "EducationalHistory" ("userId", "${column}", "updatedAt") VALUES (?, ?, ?) ON CONFLICT ("userId") DO UPDATE SET "${column}" = excluded."${column}", "updatedAt" = excluded."updatedAt"`,
        [userId, stored, changedAt],
      );
    },
  };
}
