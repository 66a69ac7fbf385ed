// One decision per submission, written through the driver lane (driver-lane.ts): an approval is
// the press a deputy makes most, and through the client its five statements and two reads cost
// ten times as much (bench/WHERE-THE-TIME-GOES.md).
import type { Checkpoint, Route } from "../domain/route.js";
import { planOf } from "../domain/correction.js";
import { auditStatement, type AuditEntry } from "./audit.js";
import { toDbDate } from "./convert.js";
import { LaneExpectationFailed, type DriverLane, type LaneStatement } from "./driver-lane.js";
import { isUniqueViolation } from "./errors.js";

export type DecisionKind = "approve" | "return";

export interface DecisionRecord {
  routeId: number;
  routeVersion: number;
  deciderId: number | null;
  decision: DecisionKind;
  comment: string | null;
  createdAt: Date;
}

export interface DecisionInput {
  /** The route as it was read, submitted: its version is the one decided, its answered checkpoints stay. */
  route: Route;
  next: Route;
  deciderId: number;
  decision: DecisionKind;
  comment?: string;
  checkpoints?: Checkpoint[];
  audit?: AuditEntry;
  at: Date;
}

const INSERT_DECISION = `INSERT INTO "RouteDecision" ("routeId", "routeVersion", "deciderId", "decision", "comment", "plan", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`;
const MOVE_ROUTE = `UPDATE "Route" SET "status" = ?, "submittedAt" = ?, "reviewedAt" = ?, "approvedAt" = ?, "activatedAt" = ?, "completedAt" = ?, "archivedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" = 'submitted' AND "version" = ?`;
const INSERT_COMMENT = `INSERT INTO "Comment" ("routeId", "authorId", "text", "createdAt") VALUES (?, ?, ?, ?)`;
const DROP_UNANSWERED = `DELETE FROM "Checkpoint" WHERE "routeId" = ? AND "answeredAt" IS NULL`;

export async function decisionOf(lane: DriverLane, routeId: number, routeVersion: number): Promise<DecisionRecord | undefined> {
  const [row] = await lane.rows(
    `SELECT "routeId", "routeVersion", "deciderId", "decision", "comment", "createdAt" FROM "RouteDecision" WHERE "routeId" = ? AND "routeVersion" = ?`,
    [routeId, routeVersion],
  );
  return row as DecisionRecord | undefined;
}

/**
 * Records the decision and applies it in one transaction; false when someone decided first (the
 * unique route and version) or the route changed since it was read (its status and version).
 */
export async function recordDecision(lane: DriverLane, input: DecisionInput): Promise<boolean> {
  try {
    await lane.atomically(decisionStatements(input));
    return true;
  } catch (error) {
    if (error instanceof LaneExpectationFailed || isUniqueViolation(error)) return false;
    throw error;
  }
}

function decisionStatements(input: DecisionInput): LaneStatement[] {
  const { route, next, at } = input;
  const routeId = route.id!;
  const plan = input.decision === "return" ? JSON.stringify(planOf(route)) : null;
  const date = (value: string | undefined) => (value ? new Date(value) : null);
  const stamps = [next.submittedAt, next.reviewedAt, next.approvedAt, next.activatedAt, next.completedAt, next.archivedAt].map(date);
  const statements: LaneStatement[] = [
    { sql: INSERT_DECISION, args: [routeId, route.version, input.deciderId, input.decision, input.comment ?? null, plan, at] },
    // @updatedAt is the wall clock's, as the client sets it: the scheduler plans what changed since its own wall-clock mark.
    { sql: MOVE_ROUTE, args: [next.status, ...stamps, new Date(), routeId, route.version], changes: 1 },
  ];
  if (input.comment) statements.push({ sql: INSERT_COMMENT, args: [routeId, input.deciderId, input.comment, at] });
  if (input.checkpoints) statements.push(...checkpointStatements(route, input.checkpoints));
  if (input.audit) statements.push(auditStatement(input.audit, at));
  return statements;
}

/** The planned checkpoints replace those not yet answered; one already answered is not planned again. */
function checkpointStatements(route: Route, planned: Checkpoint[]): LaneStatement[] {
  const answered = new Set(route.checkpoints.filter((c) => c.answeredAt).map((c) => `${c.kind}:${c.dueDate}`));
  const fresh = planned.filter((c) => !answered.has(`${c.kind}:${c.dueDate}`));
  const drop = { sql: DROP_UNANSWERED, args: [route.id!] };
  if (!fresh.length) return [drop];
  const rows = fresh.map(() => "(?, ?, ?)").join(", ");
  return [drop, { sql: `INSERT INTO "Checkpoint" ("routeId", "kind", "dueDate") VALUES ${rows}`, args: fresh.flatMap((c) => [route.id!, c.kind, toDbDate(c.dueDate)]) }];
}
