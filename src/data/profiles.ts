// The teacher's educational history (002 §4.1), kept once and reused by every route.
import type { EducationalHistory } from "../domain/route.js";
import type { EducationLevel, QualificationCategory } from "../domain/vocabulary.js";
import type { Prisma } from "./database.js";
import { compact, fromDbDate, optionalDate } from "./convert.js";

export type HistoryField = Exclude<keyof EducationalHistory, "organisation" | "educationDetails">;

export function profilesRepository(prisma: Prisma) {
  return {
    async history(userId: number): Promise<EducationalHistory> {
      const [user, row] = await Promise.all([
        prisma.user.findUnique({ where: { id: userId }, select: { fullName: true } }),
        prisma.educationalHistory.findUnique({ where: { userId } }),
      ]);
      return compact({
        fullName: user?.fullName,
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
      if (field === "fullName") {
        await prisma.user.update({ where: { id: userId }, data: { fullName: (value as string) ?? null } });
        return;
      }
      const data = { [field]: field === "lastAttestationDate" ? optionalDate(value as string | undefined) : (value ?? null) };
      await prisma.educationalHistory.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    },
  };
}
