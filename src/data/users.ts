import type { Prisma } from "./database.js";
import type { DriverLane, LaneRow } from "./driver-lane.js";
import { inChunks } from "./chunks.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import type { StatesReadAhead } from "./sessions.js";

export interface UserRecord {
  id: number;
  telegramId: bigint;
  username: string | null;
  fullName: string | null;
  locale: string;
  timezone: string | null;
  consentAt: Date | null;
  isActive: boolean;
  pausedUntil: Date | null;
}

const select = {
  id: true,
  telegramId: true,
  username: true,
  fullName: true,
  locale: true,
  timezone: true,
  consentAt: true,
  isActive: true,
  pausedUntil: true,
} as const;

// Users are read by almost every update and by the scheduler for every reminder: through the lane (driver-lane.ts).
const USER_COLUMNS = Object.keys(select).map((name) => `"${name}"`);
const SELECT_USER = `SELECT ${USER_COLUMNS.join(", ")} FROM "User"`;
/** The user (`u`) and the state stored under the statement's first argument. */
const SELECT_USER_WITH_STATE = `SELECT ${USER_COLUMNS.map((column) => `u.${column}`).join(", ")}, s."value" AS "state" FROM "User" u LEFT JOIN "SessionRecord" s ON s."key" = ?`;

function userOf(row: LaneRow): UserRecord {
  return {
    id: row["id"] as number,
    telegramId: BigInt(row["telegramId"] as number),
    username: row["username"] as string | null,
    fullName: row["fullName"] as string | null,
    locale: row["locale"] as string,
    timezone: row["timezone"] as string | null,
    consentAt: row["consentAt"] as Date | null,
    isActive: row["isActive"] as boolean,
    pausedUntil: row["pausedUntil"] as Date | null,
  };
}

export function usersRepository(prisma: Prisma, lane: DriverLane) {
  const oneWhere = async (condition: string, value: number): Promise<UserRecord | null> => {
    const [row] = await lane.rows(`${SELECT_USER} WHERE ${condition}`, [value]);
    return row ? userOf(row) : null;
  };
  /** The user and, in the same statement, a stored state (grammY's session of the update's chat). */
  const withState = async (telegramId: bigint, readAhead: { key: string; into: StatesReadAhead }): Promise<UserRecord | null> => {
    const [row] = await lane.rows(`${SELECT_USER_WITH_STATE} WHERE u."telegramId" = ?`, [readAhead.key, Number(telegramId)]);
    if (row) readAhead.into.offer(readAhead.key, row["state"] as string | null);
    return row ? userOf(row) : null;
  };
  return {
    /**
     * The user behind an update, created on first contact with the Telegram id alone: nothing
     * personal (not even the username) is stored before consent; after it the username is kept
     * current, and a user who writes again is active again. `readAhead`: a stored state read in
     * the same statement and offered to its storage.
     */
    async touch(input: { telegramId: bigint; username?: string }, readAhead?: { key: string; into: StatesReadAhead }): Promise<UserRecord> {
      const existing = readAhead ? await withState(input.telegramId, readAhead) : await oneWhere(`"telegramId" = ?`, Number(input.telegramId));
      const username = existing?.consentAt ? (input.username ?? null) : null;
      if (existing && existing.isActive && existing.username === username) return existing;
      return prisma.user.upsert({
        where: { telegramId: input.telegramId },
        create: { telegramId: input.telegramId },
        update: { username, isActive: true, blockedAt: null },
        select,
      });
    },
    byTelegramId: (telegramId: bigint) => oneWhere(`"telegramId" = ?`, Number(telegramId)),
    byId: (id: number) => oneWhere(`"id" = ?`, id),
    byIds: (ids: number[]) => inChunks(ids, async (slice) => (await lane.rows(`${SELECT_USER} WHERE "id" IN (${slice.map(() => "?").join(", ")})`, slice)).map(userOf)),
    async setLocale(id: number, locale: string): Promise<void> {
      await prisma.user.update({ where: { id }, data: { locale } });
    },
    async setTimezone(id: number, timezone: string): Promise<void> {
      await prisma.user.update({ where: { id }, data: { timezone } });
    },
    async setFullName(id: number, fullName: string): Promise<void> {
      await prisma.user.update({ where: { id }, data: { fullName } });
    },
    async recordConsent(id: number, version: string, at: Date, username?: string, audit?: AuditEntry): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id }, data: { consentAt: at, consentVersion: version, username: username ?? null } });
        if (audit) await writeAudit(tx, audit, at);
      });
    },
    /** The user blocked the bot (403): stop sending until they write again. */
    async markBlocked(id: number, at: Date): Promise<void> {
      await prisma.user.update({ where: { id }, data: { isActive: false, blockedAt: at } });
    },
    async setPausedUntil(id: number, until: Date | null): Promise<void> {
      await prisma.user.update({ where: { id }, data: { pausedUntil: until } });
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;
