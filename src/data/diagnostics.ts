// Self-diagnosis sessions (answers saved one by one) and external diagnostic results.
import type { Answers, CompetenceProfile } from "../domain/diagnostics.js";
import type { Prisma } from "./database.js";
import { parseStored } from "./json.js";

export interface DiagnosticRecord {
  id: number;
  userId: number;
  source: "self" | "external";
  frameworkVersion: string;
  answers: Answers;
  profile?: CompetenceProfile;
  completedAt?: Date;
}

function toRecord(row: {
  id: number;
  userId: number;
  source: string;
  frameworkVersion: string;
  answers: string;
  profile: string | null;
  completedAt: Date | null;
}): DiagnosticRecord {
  return {
    id: row.id,
    userId: row.userId,
    source: row.source === "external" ? "external" : "self",
    frameworkVersion: row.frameworkVersion,
    answers: parseStored<Answers>(row.answers, {}),
    ...(row.profile ? { profile: parseStored<CompetenceProfile>(row.profile, { frameworkVersion: row.frameworkVersion, areas: [] }) } : {}),
    ...(row.completedAt ? { completedAt: row.completedAt } : {}),
  };
}

export function diagnosticsRepository(prisma: Prisma) {
  return {
    /** The unfinished self-diagnosis, or a new one. */
    async openSelf(userId: number, frameworkVersion: string): Promise<DiagnosticRecord> {
      const open = await prisma.diagnostic.findFirst({ where: { userId, source: "self", completedAt: null }, orderBy: { id: "desc" } });
      if (open) return toRecord(open);
      return toRecord(await prisma.diagnostic.create({ data: { userId, source: "self", frameworkVersion, answers: "{}" } }));
    },
    /** The unfinished self-diagnosis, if there is one (a read: nothing is created). */
    async findOpenSelf(userId: number): Promise<DiagnosticRecord | undefined> {
      const open = await prisma.diagnostic.findFirst({ where: { userId, source: "self", completedAt: null }, orderBy: { id: "desc" } });
      return open ? toRecord(open) : undefined;
    },
    async byId(id: number): Promise<DiagnosticRecord | undefined> {
      const row = await prisma.diagnostic.findUnique({ where: { id } });
      return row ? toRecord(row) : undefined;
    },
    /** Sets or clears one answer inside a transaction, so concurrent presses cannot lose each other. */
    async setAnswer(id: number, indicator: string, score: number | undefined): Promise<Answers> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.diagnostic.findUniqueOrThrow({ where: { id } });
        const answers = parseStored<Answers>(row.answers, {});
        if (score === undefined) delete answers[indicator];
        else answers[indicator] = score;
        await tx.diagnostic.update({ where: { id }, data: { answers: JSON.stringify(answers) } });
        return answers;
      });
    },
    async complete(id: number, profile: CompetenceProfile, at: Date): Promise<void> {
      await prisma.diagnostic.update({ where: { id }, data: { profile: JSON.stringify(profile), completedAt: at } });
    },
    async saveExternal(userId: number, frameworkVersion: string, scores: Record<string, number>, at: Date): Promise<void> {
      await prisma.diagnostic.create({
        data: { userId, source: "external", frameworkVersion, answers: JSON.stringify(scores), completedAt: at, startedAt: at },
      });
    },
    async latestCompleted(userId: number, source: "self" | "external"): Promise<DiagnosticRecord | undefined> {
      const row = await prisma.diagnostic.findFirst({ where: { userId, source, completedAt: { not: null } }, orderBy: { completedAt: "desc" } });
      return row ? toRecord(row) : undefined;
    },
  };
}
