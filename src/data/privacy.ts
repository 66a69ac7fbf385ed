// Personal data under 152-ФЗ: everything the bot holds about a user, and its erasure. What a
// school must keep for its statistics (that a route existed, its dates and states) stays, but
// anonymised: no name, no Telegram id, no free text about the person. Texts the person wrote
// on other teachers' routes (comments, return comments) stay for those teachers, without author.
import type { Prisma } from "./database.js";
import { parseStored } from "./json.js";
import { writeAudit, type AuditEntry } from "./audit.js";

export function privacyRepository(prisma: Prisma) {
  return {
    async export(userId: number): Promise<Record<string, unknown>> {
      const user = await prisma.user.findUnique({ where: { id: userId } });
      const history = await prisma.educationalHistory.findUnique({ where: { userId } });
      const memberships = await prisma.membership.findMany({ where: { userId }, include: { organisation: { select: { name: true } } } });
      const diagnostics = await prisma.diagnostic.findMany({ where: { userId } });
      const routes = await prisma.route.findMany({
        where: { teacherId: userId },
        include: { tasks: { include: { resources: true, activities: true } }, products: true, broadcasts: true, checkpoints: true, reflections: true, comments: true, decisions: true, reviews: true, interviews: true, corrections: true },
      });
      const comments = await prisma.comment.findMany({ where: { authorId: userId } });
      const mentoring = await prisma.mentorAssignment.findMany({ where: { OR: [{ mentorId: userId }, { teacherId: userId }] } });
      return {
        user,
        educationalHistory: history,
        memberships: memberships.map((m) => ({ role: m.role, organisation: m.organisation.name, since: m.createdAt })),
        diagnostics: diagnostics.map((d) => ({ ...d, answers: parseStored(d.answers, {}), profile: parseStored(d.profile, null) })),
        routes: routes.map((r) => ({ ...r, historySnapshot: parseStored(r.historySnapshot, null), tasks: r.tasks.map((t) => ({ ...t, activities: t.activities.map((a) => ({ ...a, evidence: parseStored(a.evidence, []) })) })) })),
        commentsWritten: comments,
        mentoring,
      };
    },

    /** Erases the user's personal data in one transaction. */
    async erase(userId: number, telegramId: bigint, audit?: { entry: AuditEntry; at: Date }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        if (audit) await writeAudit(tx, audit.entry, audit.at);
        const routes = await tx.route.findMany({ where: { teacherId: userId }, select: { id: true } });
        const routeIds = routes.map((r) => r.id);
        const tasks = await tx.routeTask.findMany({ where: { routeId: { in: routeIds } }, select: { id: true } });
        const taskIds = tasks.map((t) => t.id);
        await tx.educationalHistory.deleteMany({ where: { userId } });
        await tx.diagnostic.deleteMany({ where: { userId } });
        await tx.reflection.deleteMany({ where: { OR: [{ routeId: { in: routeIds } }, { authorId: userId }] } });
        // On the user's own routes every comment goes (it is about them). What the user wrote on
        // other people's routes (a deputy's return comment, a mentor's advice) is part of those
        // routes: the text stays for their teacher, the author is removed.
        await tx.comment.updateMany({ where: { routeId: { in: routeIds } }, data: { text: "" } });
        await tx.comment.updateMany({ where: { authorId: userId }, data: { authorId: null } });
        await tx.routeDecision.updateMany({ where: { deciderId: userId }, data: { deciderId: null } });
        await tx.correctionInterview.updateMany({ where: { deputyId: userId }, data: { deputyId: null } });
        await tx.routeReview.updateMany({ where: { reviewerId: userId }, data: { reviewerId: null } });
        await tx.monitoringRound.updateMany({ where: { takenById: userId }, data: { takenById: null } });
        await tx.schoolRecommendation.updateMany({ where: { authorId: userId }, data: { authorId: null } });
        await tx.methodistSchool.deleteMany({ where: { methodistId: userId } });
        await tx.routeProposal.updateMany({ where: { authorId: userId }, data: { authorId: null } });
        await tx.routeProposal.updateMany({ where: { routeId: { in: routeIds } }, data: { text: "" } });
        await tx.routeReview.updateMany({ where: { routeId: { in: routeIds } }, data: { recommendation: null } });
        await tx.routeCorrection.deleteMany({ where: { routeId: { in: routeIds } } });
        await tx.routeCorrection.updateMany({ where: { deciderId: userId }, data: { deciderId: null } });
        await tx.route.updateMany({ where: { id: { in: routeIds } }, data: { title: "", goal: null, theme: null, historySnapshot: null } });
        await tx.routeTask.updateMany({ where: { id: { in: taskIds } }, data: { title: "", expectedResult: null } });
        await tx.taskResource.updateMany({ where: { taskId: { in: taskIds } }, data: { title: "", url: null } });
        await tx.activity.updateMany({ where: { taskId: { in: taskIds } }, data: { event: "", topic: "", evidence: null } });
        await tx.product.updateMany({ where: { routeId: { in: routeIds } }, data: { title: "", link: null } });
        await tx.broadcastPoint.updateMany({ where: { routeId: { in: routeIds } }, data: { event: "", topic: "", product: null } });
        await tx.checkpoint.updateMany({ where: { routeId: { in: routeIds } }, data: { answer: null } });
        await tx.routeDecision.updateMany({ where: { routeId: { in: routeIds } }, data: { comment: null, plan: null } });
        await tx.correctionInterview.updateMany({ where: { routeId: { in: routeIds } }, data: { outcome: null } });
        await tx.outboxMessage.deleteMany({ where: { userId } });
        await tx.inviteRedemption.deleteMany({ where: { userId } });
        await tx.sessionRecord.deleteMany({ where: { key: { endsWith: `:${telegramId}` } } });
        // Unfinished reflections on the user's routes, and approval requests sent to the user's chat.
        for (const routeId of routeIds) await tx.sessionRecord.deleteMany({ where: { key: { startsWith: "reflection-draft:" }, AND: { key: { endsWith: `:${routeId}` } } } });
        await tx.sessionRecord.deleteMany({ where: { key: { startsWith: "approval:" }, value: { contains: `"chatId":${telegramId},` } } });
        await tx.auditLog.updateMany({ where: { actorId: userId }, data: { details: null } });
        await tx.user.update({
          where: { id: userId },
          data: {
            telegramId: BigInt(-userId),
            username: null,
            fullName: null,
            timezone: null,
            consentAt: null,
            consentVersion: null,
            isActive: false,
            blockedAt: null,
            pausedUntil: null,
          },
        });
      });
    },
  };
}
