// Bulk inserts for benchmarks and large imports: many rows in few statements.
import type { Prisma } from "./database.js";

const CHUNK = 1000;

async function inChunks<T>(items: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await write(items.slice(i, i + CHUNK));
}

export function bulkRepository(prisma: Prisma) {
  return {
    async users(telegramIds: bigint[]): Promise<number[]> {
      await inChunks(telegramIds, (chunk) => prisma.user.createMany({ data: chunk.map((telegramId) => ({ telegramId, consentAt: new Date() })) }));
      const rows = await prisma.user.findMany({ where: { telegramId: { in: telegramIds.slice(0, 30_000) } }, select: { id: true } });
      return rows.map((r) => r.id);
    },
    async memberships(userIds: number[], organisationId: number, role: string): Promise<void> {
      await inChunks(userIds, (chunk) => prisma.membership.createMany({ data: chunk.map((userId) => ({ userId, organisationId, role })) }));
    },
    /** `count` active routes of the given teachers (round robin), one task and one activity each on `activityDate`. */
    async activeRoutes(count: number, teacherIds: number[], schoolId: number, activityDate: Date, text: { title: string; goal: string; task: string; event: string; topic: string }): Promise<void> {
      const start = new Date("2026-09-01T00:00:00Z");
      const end = new Date("2027-08-31T00:00:00Z");
      const first = ((await prisma.route.aggregate({ _max: { id: true } }))._max.id ?? 0) + 1;
      const ids = Array.from({ length: count }, (_, i) => first + i);
      await inChunks(ids, (chunk) =>
        prisma.route.createMany({
          data: chunk.map((id, i) => ({ id, teacherId: teacherIds[(id + i) % teacherIds.length]!, schoolId, status: "active", version: 1, title: text.title, goal: text.goal, termStart: start, termEnd: end, approvedAt: start })),
        }),
      );
      await inChunks(ids, (chunk) => prisma.routeTask.createMany({ data: chunk.map((routeId) => ({ id: routeId, routeId, position: 0, title: text.task, deadline: end, expectedResult: text.goal })) }));
      await inChunks(ids, (chunk) =>
        prisma.activity.createMany({ data: chunk.map((taskId) => ({ id: taskId, taskId, position: 0, event: text.event, topic: text.topic, level: "school", date: activityDate })) }),
      );
    },
    async outbox(rows: { key: string; userId: number; chatId: bigint; kind: string; payload: string; dueAt: Date; routeId?: number }[]): Promise<void> {
      await inChunks(rows, (chunk) => prisma.outboxMessage.createMany({ data: chunk.map((r) => ({ ...r, nextAttemptAt: r.dueAt })) }));
    },
  };
}
