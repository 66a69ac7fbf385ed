// Districts, schools, subject association, memberships, mentors and invites.
import { randomBytes } from "node:crypto";
import type { Membership, Role } from "../domain/permissions.js";
import type { Prisma } from "./database.js";
import type { DriverLane } from "./driver-lane.js";
import { parseStored } from "./json.js";
import { inChunks } from "./chunks.js";
import { writeAudit, type AuditEntry } from "./audit.js";

export interface OrganisationRecord {
  id: number;
  kind: string;
  name: string;
  parentId: number | null;
  timezone: string | null;
}

export interface InviteRecord {
  id: number;
  code: string;
  organisationId: number;
  role: string;
  associationId: number | null;
  maxUses: number | null;
  uses: number;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
}

export type RedeemResult =
  | { status: "ok"; invite: InviteRecord; organisation: OrganisationRecord }
  | { status: "not_found" | "expired" | "revoked" | "used_up" };

/** 128 random bits, URL-safe, fits Telegram's 64-character start parameter. */
export function newInviteCode(): string {
  return randomBytes(16).toString("base64url");
}

/** An organisation's row as stored (what the client's `findUnique` gives). */
type OrganisationRow = NonNullable<Awaited<ReturnType<Prisma["organisation"]["findUnique"]>>>;

export function organisationsRepository(prisma: Prisma, lane: DriverLane) {
  const repo = {
    async createDistrict(name: string, timezone?: string): Promise<OrganisationRecord> {
      return prisma.organisation.create({ data: { kind: "district", name, timezone: timezone ?? null } });
    },
    async createSchool(districtId: number, name: string): Promise<OrganisationRecord> {
      return prisma.organisation.create({ data: { kind: "school", name, parentId: districtId } });
    },
    // Read by nearly every update of the people who manage routes (their roles, a route's place): through the lane (driver-lane.ts).
    byId: async (id: number) => ((await lane.rows(`SELECT * FROM "Organisation" WHERE "id" = ?`, [id]))[0] ?? null) as OrganisationRow | null,
    /** School holidays of a district: inclusive local date ranges. */
    async holidaysOf(districtId: number): Promise<{ start: string; end: string }[]> {
      const row = await prisma.organisation.findUnique({ where: { id: districtId }, select: { holidays: true } });
      return parseStored<{ start: string; end: string }[]>(row?.holidays, []);
    },
    async setHolidays(districtId: number, ranges: { start: string; end: string }[]): Promise<void> {
      await prisma.organisation.update({ where: { id: districtId }, data: { holidays: JSON.stringify(ranges) } });
    },
    districts: () => prisma.organisation.findMany({ where: { kind: "district" }, orderBy: { id: "asc" } }),
    schoolsOf: (districtId: number) => prisma.organisation.findMany({ where: { kind: "school", parentId: districtId }, orderBy: { name: "asc" } }),
    /** The district of a school, or the organisation itself when it is a district. */
    async districtIdOf(organisationId: number): Promise<number> {
      const organisation = await prisma.organisation.findUnique({ where: { id: organisationId } });
      return organisation?.kind === "school" && organisation.parentId ? organisation.parentId : organisationId;
    },
    async association(schoolId: number, name: string): Promise<{ id: number; name: string }> {
      return prisma.association.upsert({ where: { schoolId_name: { schoolId, name } }, create: { schoolId, name }, update: {} });
    },
    associationById: (id: number) => prisma.association.findUnique({ where: { id } }),
    associationsOf: (schoolId: number) => prisma.association.findMany({ where: { schoolId }, orderBy: { name: "asc" } }),

    async addMembership(input: { userId: number; organisationId: number; role: Role; associationId?: number | null }): Promise<void> {
      const existing = await prisma.membership.findFirst({
        where: { userId: input.userId, organisationId: input.organisationId, role: input.role, revokedAt: null },
      });
      if (existing) {
        if (input.associationId && existing.associationId !== input.associationId) {
          await prisma.membership.update({ where: { id: existing.id }, data: { associationId: input.associationId } });
        }
        return;
      }
      await prisma.membership.create({
        data: { userId: input.userId, organisationId: input.organisationId, role: input.role, associationId: input.associationId ?? null },
      });
    },
    /** The user's roles as the domain sees them, with the district of each school. */
    async membershipsOf(userId: number): Promise<Membership[]> {
      const rows = await lane.rows(
        `SELECT m."role", m."organisationId", m."associationId", o."kind", o."parentId" FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId" WHERE m."userId" = ? AND m."revokedAt" IS NULL ORDER BY m."id"`,
        [userId],
      );
      return rows.map((row) => ({
        role: row["role"] as Role,
        organisationId: row["organisationId"] as number,
        districtId: row["kind"] === "school" && row["parentId"] ? (row["parentId"] as number) : (row["organisationId"] as number),
        ...(row["associationId"] ? { associationId: row["associationId"] as number } : {}),
      }));
    },
    /** People with any role in a school, with their memberships. */
    async peopleOfSchool(schoolId: number): Promise<{ userId: number; memberships: Membership[] }[]> {
      const rows = await prisma.membership.findMany({ where: { organisationId: schoolId, revokedAt: null }, select: { userId: true }, distinct: ["userId"] });
      return Promise.all(rows.map(async (row) => ({ userId: row.userId, memberships: await repo.membershipsOf(row.userId) })));
    },
    async membersWithRole(organisationId: number, role: Role): Promise<number[]> {
      const rows = await prisma.membership.findMany({ where: { organisationId, role, revokedAt: null }, select: { userId: true } });
      return [...new Set(rows.map((row) => row.userId))];
    },
    /** Everyone holding one of `roles` anywhere (deputies and mentors for the digest, methodists for monitoring). */
    /** The districts each of `userIds` belongs to (through their schools), in one query. */
    async districtsOfUsers(userIds: number[]): Promise<Map<number, number[]>> {
      const rows = await inChunks(userIds, (slice) =>
        prisma.membership.findMany({
          where: { userId: { in: slice }, revokedAt: null },
          select: { userId: true, organisationId: true, organisation: { select: { kind: true, parentId: true } } },
        }),
      );
      const result = new Map<number, number[]>(userIds.map((id) => [id, []]));
      for (const row of rows) {
        const district = row.organisation.kind === "school" && row.organisation.parentId ? row.organisation.parentId : row.organisationId;
        const list = result.get(row.userId)!;
        if (!list.includes(district)) list.push(district);
      }
      return result;
    },
    async usersWithRoles(roles: Role[]): Promise<{ userId: number; organisationId: number; role: Role }[]> {
      const rows = await prisma.membership.findMany({ where: { role: { in: roles }, revokedAt: null }, select: { userId: true, organisationId: true, role: true } });
      return rows.map((row) => ({ ...row, role: row.role as Role }));
    },
    async menteesOf(mentorId: number): Promise<number[]> {
      const rows = await lane.rows(`SELECT "teacherId" FROM "MentorAssignment" WHERE "mentorId" = ?`, [mentorId]);
      return rows.map((row) => row["teacherId"] as number);
    },
    async mentorsOf(teacherId: number): Promise<number[]> {
      const rows = await prisma.mentorAssignment.findMany({ where: { teacherId }, select: { mentorId: true } });
      return rows.map((row) => row.mentorId);
    },
    async assignMentor(mentorId: number, teacherId: number, schoolId: number, audit?: { entry: AuditEntry; at: Date }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.mentorAssignment.upsert({
          where: { mentorId_teacherId: { mentorId, teacherId } },
          create: { mentorId, teacherId, schoolId },
          update: {},
        });
        if (audit) await writeAudit(tx, audit.entry, audit.at);
      });
    },

    /** A new school of the district with the single invite its deputy joins by, in one transaction. */
    async createSchoolWithInvite(input: { districtId: number; name: string; createdById: number; maxUses: number; expiresAt: Date; at: Date }): Promise<{ schoolId: number; code: string }> {
      return prisma.$transaction(async (tx) => {
        const school = await tx.organisation.create({ data: { kind: "school", name: input.name, parentId: input.districtId } });
        const invite = await tx.invite.create({
          data: { code: newInviteCode(), organisationId: school.id, role: "deputy", createdById: input.createdById, maxUses: input.maxUses, expiresAt: input.expiresAt },
        });
        await writeAudit(tx, { actorId: input.createdById, action: "school_created", targetType: "school", targetId: school.id, details: { invite: invite.id } }, input.at);
        return { schoolId: school.id, code: invite.code };
      });
    },

    async createInvite(input: {
      organisationId: number;
      role: Role;
      associationId?: number | null;
      createdById?: number | null;
      maxUses?: number | null;
      expiresAt: Date;
      audit?: { entry: AuditEntry; at: Date };
    }): Promise<InviteRecord> {
      return prisma.$transaction(async (tx) => {
        const invite = await tx.invite.create({
          data: {
            code: newInviteCode(),
            organisationId: input.organisationId,
            role: input.role,
            associationId: input.associationId ?? null,
            createdById: input.createdById ?? null,
            maxUses: input.maxUses ?? null,
            expiresAt: input.expiresAt,
          },
        });
        if (input.audit) await writeAudit(tx, { ...input.audit.entry, targetType: "invite", targetId: invite.id }, input.audit.at);
        return invite;
      });
    },
    invitesOf: (organisationId: number) => prisma.invite.findMany({ where: { organisationId }, orderBy: { id: "desc" } }),
    inviteById: (id: number) => prisma.invite.findUnique({ where: { id } }),
    /** Invites of one role for every school of a district (the administrator's deputy links). */
    invitesOfDistrict: (districtId: number, role: string) =>
      prisma.invite.findMany({ where: { role, organisation: { parentId: districtId } }, orderBy: { id: "desc" }, include: { organisation: { select: { name: true } } } }),
    inviteByCode: (code: string) => prisma.invite.findUnique({ where: { code } }),
    async revokeInvite(id: number, at: Date, audit?: AuditEntry): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const result = await tx.invite.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
        if (result.count !== 1) return false;
        if (audit) await writeAudit(tx, audit, at);
        return true;
      });
    },
    /**
     * Uses an invite for a user: checks it, counts the use and adds the membership in one
     * transaction; the use counter is compared-and-set, so two people cannot take the last use.
     */
    async redeemInvite(code: string, userId: number, at: Date, audit?: AuditEntry): Promise<RedeemResult> {
      return prisma.$transaction(async (tx) => {
        const invite = await tx.invite.findUnique({ where: { code } });
        if (!invite) return { status: "not_found" } as const;
        if (invite.revokedAt) return { status: "revoked" } as const;
        if (invite.expiresAt <= at) return { status: "expired" } as const;
        const organisation = (await tx.organisation.findUnique({ where: { id: invite.organisationId } }))!;
        const already = await tx.inviteRedemption.findUnique({ where: { inviteId_userId: { inviteId: invite.id, userId } } });
        if (already) return { status: "ok", invite, organisation } as const;
        if (invite.maxUses !== null && invite.uses >= invite.maxUses) return { status: "used_up" } as const;
        // One increment per person, however many redeem the same link at once (a school's group chat).
        const room = invite.maxUses === null ? {} : { uses: { lt: invite.maxUses } };
        const counted = await tx.invite.updateMany({ where: { id: invite.id, ...room }, data: { uses: { increment: 1 } } });
        if (counted.count !== 1) return { status: "used_up" } as const;
        await tx.inviteRedemption.create({ data: { inviteId: invite.id, userId, createdAt: at } });
        const existing = await tx.membership.findFirst({ where: { userId, organisationId: invite.organisationId, role: invite.role, revokedAt: null } });
        if (existing) {
          if (invite.associationId) await tx.membership.update({ where: { id: existing.id }, data: { associationId: invite.associationId } });
        } else {
          await tx.membership.create({
            data: { userId, organisationId: invite.organisationId, role: invite.role, associationId: invite.associationId, createdAt: at },
          });
        }
        if (audit) await writeAudit(tx, { ...audit, targetType: "invite", targetId: invite.id }, at);
        return { status: "ok", invite: { ...invite, uses: invite.uses + 1 }, organisation } as const;
      });
    },
  };
  return repo;
}

export type OrganisationsRepository = ReturnType<typeof organisationsRepository>;
