// A school's subject associations (subject association): created by name, their heads and teachers, and how the
// school approves routes (one step, or two with the association's review).
import type { Prisma } from "./database.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import { isUniqueViolation } from "./errors.js";

export interface AssociationSummary {
  id: number;
  name: string;
  headIds: number[];
  teacherIds: number[];
}

type Audit = { entry: AuditEntry; at: Date };

export function associationsRepository(prisma: Prisma) {
  return {
    async ofSchool(schoolId: number): Promise<AssociationSummary[]> {
      const rows = await prisma.association.findMany({
        where: { schoolId },
        orderBy: { name: "asc" },
        include: { memberships: { where: { revokedAt: null, role: { in: ["teacher", "shmo_head"] } }, select: { userId: true, role: true } } },
      });
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        headIds: row.memberships.filter((m) => m.role === "shmo_head").map((m) => m.userId),
        teacherIds: row.memberships.filter((m) => m.role === "teacher").map((m) => m.userId),
      }));
    },

    byId: (id: number) => prisma.association.findUnique({ where: { id } }),

    /** A new subject association; undefined when the school already has one by that name. */
    async create(schoolId: number, name: string, audit: Audit): Promise<{ id: number } | undefined> {
      try {
        return await prisma.$transaction(async (tx) => {
          const row = await tx.association.create({ data: { schoolId, name } });
          await writeAudit(tx, { ...audit.entry, targetId: row.id }, audit.at);
          return { id: row.id };
        });
      } catch (error) {
        if (isUniqueViolation(error)) return undefined;
        throw error;
      }
    },

    /** Makes a person of the school a head of the subject association. */
    async appointHead(associationId: number, schoolId: number, userId: number, audit: Audit): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const existing = await tx.membership.findFirst({ where: { userId, organisationId: schoolId, role: "shmo_head", associationId, revokedAt: null } });
        if (!existing) await tx.membership.create({ data: { userId, organisationId: schoolId, role: "shmo_head", associationId } });
        await writeAudit(tx, audit.entry, audit.at);
      });
    },

    /** Puts a teacher of the school in a subject association (or in none); false when she is not a teacher there. */
    async placeTeacher(schoolId: number, teacherId: number, associationId: number | null, audit: Audit): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const moved = await tx.membership.updateMany({ where: { userId: teacherId, organisationId: schoolId, role: "teacher", revokedAt: null }, data: { associationId } });
        if (moved.count === 0) return false;
        await writeAudit(tx, audit.entry, audit.at);
        return true;
      });
    },

    async setReviewSteps(schoolId: number, steps: 1 | 2, audit: Audit): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.organisation.update({ where: { id: schoolId }, data: { reviewSteps: steps } });
        await writeAudit(tx, audit.entry, audit.at);
      });
    },

    /** The school's teachers with their subject association (null for none), by name. */
    async teachersOf(schoolId: number): Promise<{ userId: number; name: string | null; username: string | null; associationId: number | null }[]> {
      const rows = await prisma.membership.findMany({
        where: { organisationId: schoolId, role: "teacher", revokedAt: null },
        select: { userId: true, associationId: true, user: { select: { fullName: true, username: true } } },
        orderBy: [{ user: { fullName: "asc" } }, { userId: "asc" }],
      });
      return rows.map((row) => ({ userId: row.userId, associationId: row.associationId, name: row.user.fullName, username: row.user.username }));
    },
  };
}
