// Routes as whole aggregates (tasks, resources, activities, products, broadcasts, checkpoints,
// reflections), status changes compared-and-set, and one decision per submission.
import type { Activity, Checkpoint, EducationalHistory, Evidence, Product, Reflection, Route, RouteStatus, RouteTask } from "../domain/route.js";
import type { CompetenceProfile } from "../domain/diagnostics.js";
import type { Level, ResourceKind, EducationForm, ProductKind } from "../domain/vocabulary.js";
import type { Prisma } from "./database.js";
import type { DriverLane } from "./driver-lane.js";
import type { Provider } from "./schema-engine.js";
import { compact, fromDbDate, iso, optionalDate, toDbDate } from "./convert.js";
import { parseStored } from "./json.js";
import { inChunks } from "./chunks.js";
import { writeAudit, type AuditEntry } from "./audit.js";
import type { PlanContent } from "../domain/correction.js";
import { decisionOf, recordDecision, type DecisionInput, type DecisionKind, type DecisionRecord } from "./decisions.js";

export type { DecisionKind, DecisionRecord } from "./decisions.js";

type Tx = Parameters<Parameters<Prisma["$transaction"]>[0]>[0];

const include = {
  tasks: { orderBy: { position: "asc" }, include: { resources: { orderBy: { id: "asc" } }, activities: { orderBy: { position: "asc" } } } },
  products: { orderBy: { id: "asc" } },
  broadcasts: { orderBy: { id: "asc" } },
  checkpoints: { orderBy: { dueDate: "asc" } },
  reflections: { orderBy: { id: "asc" } },
} as const;

type RouteRow = NonNullable<Awaited<ReturnType<Prisma["route"]["findUnique"]>>> & {
  tasks: (Awaited<ReturnType<Prisma["routeTask"]["findFirstOrThrow"]>> & {
    resources: Awaited<ReturnType<Prisma["taskResource"]["findFirstOrThrow"]>>[];
    activities: Awaited<ReturnType<Prisma["activity"]["findFirstOrThrow"]>>[];
  })[];
  products: Awaited<ReturnType<Prisma["product"]["findFirstOrThrow"]>>[];
  broadcasts: Awaited<ReturnType<Prisma["broadcastPoint"]["findFirstOrThrow"]>>[];
  checkpoints: Awaited<ReturnType<Prisma["checkpoint"]["findFirstOrThrow"]>>[];
  reflections: Awaited<ReturnType<Prisma["reflection"]["findFirstOrThrow"]>>[];
};

interface Snapshot {
  history?: EducationalHistory;
  profile?: CompetenceProfile;
}

function toActivity(row: RouteRow["tasks"][number]["activities"][number]): Activity {
  return {
    id: row.id,
    event: row.event,
    topic: row.topic,
    level: row.level as Level,
    date: fromDbDate(row.date),
    ...(row.kind ? { kind: row.kind as ResourceKind } : {}),
    status: row.status as Activity["status"],
    ...(row.doneAt ? { doneAt: row.doneAt.toISOString() } : {}),
    evidence: parseStored<Evidence[]>(row.evidence, []),
  };
}

function toRoute(row: RouteRow): Route {
  const snapshot = parseStored<Snapshot>(row.historySnapshot, {});
  return {
    id: row.id,
    teacherId: row.teacherId,
    schoolId: row.schoolId,
    status: row.status as RouteStatus,
    version: row.version,
    title: row.title,
    ...(row.termStart && row.termEnd ? { term: { start: fromDbDate(row.termStart), end: fromDbDate(row.termEnd) } } : {}),
    ...(row.goal ? { goal: row.goal } : {}),
    ...(row.theme ? { theme: row.theme } : {}),
    ...(snapshot.history ? { history: snapshot.history } : {}),
    ...(snapshot.profile ? { profile: snapshot.profile } : {}),
    tasks: row.tasks.map(
      (task): RouteTask => ({
        id: task.id,
        title: task.title,
        ...(task.deficitArea ? { deficit: compact({ area: task.deficitArea, indicator: task.deficitCode }) } : {}),
        resources: task.resources.map((r) =>
          compact({
            catalogId: r.catalogResourceId,
            title: r.title,
            kind: r.kind as ResourceKind,
            form: r.form as EducationForm,
            level: r.level as Level,
            url: r.url,
            hours: r.hours,
          }),
        ),
        activities: task.activities.map(toActivity),
        ...(task.deadline ? { deadline: fromDbDate(task.deadline) } : {}),
        ...(task.expectedResult ? { expectedResult: task.expectedResult } : {}),
      }),
    ),
    products: row.products.map((p) => compact({ id: p.id, kind: p.kind as ProductKind, title: p.title, link: p.link, taskId: p.taskId, createdAt: p.createdAt.toISOString() })),
    broadcasts: row.broadcasts.map((b) =>
      compact({ id: b.id, event: b.event, topic: b.topic, date: fromDbDate(b.date), product: b.product, doneAt: iso(b.doneAt) }),
    ),
    checkpoints: row.checkpoints.map((c) =>
      compact({ id: c.id, kind: c.kind as Checkpoint["kind"], dueDate: fromDbDate(c.dueDate), answeredAt: iso(c.answeredAt), answer: c.answer }),
    ),
    reflections: row.reflections.map((r) =>
      compact({
        id: r.id,
        kind: r.kind as Reflection["kind"],
        direction: r.direction,
        fact: r.fact,
        expected: r.expected,
        corrections: r.corrections,
        prospects: r.prospects,
        selfAssessment: r.selfAssessment,
        createdAt: r.createdAt.toISOString(),
      }),
    ),
    ...(row.selfAssessment !== null ? { selfAssessment: row.selfAssessment } : {}),
    ...(row.previousRouteId ? { previousRouteId: row.previousRouteId } : {}),
    ...compact({
      submittedAt: iso(row.submittedAt),
      reviewedAt: iso(row.reviewedAt),
      approvedAt: iso(row.approvedAt),
      activatedAt: iso(row.activatedAt),
      completedAt: iso(row.completedAt),
      archivedAt: iso(row.archivedAt),
    }),
  };
}

function header(route: Route) {
  const snapshot: Snapshot = { ...(route.history ? { history: route.history } : {}), ...(route.profile ? { profile: route.profile } : {}) };
  return {
    title: route.title,
    goal: route.goal ?? null,
    theme: route.theme ?? null,
    termStart: route.term ? toDbDate(route.term.start) : null,
    termEnd: route.term ? toDbDate(route.term.end) : null,
    historySnapshot: JSON.stringify(snapshot),
    selfAssessment: route.selfAssessment ?? null,
  };
}

function stamps(route: Route) {
  const date = (value: string | undefined) => (value ? new Date(value) : null);
  return {
    submittedAt: date(route.submittedAt),
    reviewedAt: date(route.reviewedAt),
    approvedAt: date(route.approvedAt),
    activatedAt: date(route.activatedAt),
    completedAt: date(route.completedAt),
    archivedAt: date(route.archivedAt),
  };
}

/**
 * Writes the route's tasks, activities and broadcasting points in place: rows that the route
 * still has keep their ids (comments keep their task, reminders and interviews their activity),
 * new ones are added, the ones the route no longer has are removed.
 */
async function writeContent(tx: Tx, routeId: number, route: Route): Promise<void> {
  const keptTasks = route.tasks.flatMap((t) => (t.id ? [t.id] : []));
  await tx.routeTask.deleteMany({ where: { routeId, id: { notIn: keptTasks } } });
  for (const [position, task] of route.tasks.entries()) {
    const fields = {
      position,
      title: task.title,
      deficitArea: task.deficit?.area ?? null,
      deficitCode: task.deficit?.indicator ?? null,
      deadline: optionalDate(task.deadline),
      expectedResult: task.expectedResult ?? null,
    };
    const taskId = task.id ? (await tx.routeTask.update({ where: { id: task.id, routeId }, data: fields })).id : (await tx.routeTask.create({ data: { routeId, ...fields } })).id;
    await tx.taskResource.deleteMany({ where: { taskId } });
    if (task.resources.length) {
      await tx.taskResource.createMany({
        data: task.resources.map((r) => ({ taskId, catalogResourceId: r.catalogId ?? null, title: r.title, kind: r.kind, form: r.form, level: r.level, url: r.url ?? null, hours: r.hours ?? null })),
      });
    }
    await writeActivities(tx, routeId, taskId, task.activities);
  }
  const keptPoints = route.broadcasts.flatMap((b) => (b.id ? [b.id] : []));
  await tx.broadcastPoint.deleteMany({ where: { routeId, id: { notIn: keptPoints } } });
  for (const b of route.broadcasts) {
    const fields = { event: b.event, topic: b.topic, date: toDbDate(b.date), product: b.product ?? null, doneAt: b.doneAt ? new Date(b.doneAt) : null };
    if (b.id) await tx.broadcastPoint.update({ where: { id: b.id, routeId }, data: fields });
    else await tx.broadcastPoint.create({ data: { routeId, ...fields } });
  }
}

async function writeActivities(tx: Tx, routeId: number, taskId: number, activities: Route["tasks"][number]["activities"]): Promise<void> {
  const kept = activities.flatMap((a) => (a.id ? [a.id] : []));
  await tx.activity.deleteMany({ where: { taskId, id: { notIn: kept } } });
  for (const [position, a] of activities.entries()) {
    const fields = {
      position,
      event: a.event,
      topic: a.topic,
      level: a.level,
      kind: a.kind ?? null,
      date: toDbDate(a.date),
      status: a.status,
      doneAt: a.doneAt ? new Date(a.doneAt) : null,
      evidence: a.evidence.length ? JSON.stringify(a.evidence) : null,
    };
    // An activity moved to another task of the route keeps its id.
    if (a.id) await tx.activity.update({ where: { id: a.id, task: { routeId } }, data: { taskId, ...fields } });
    else await tx.activity.create({ data: { taskId, ...fields } });
  }
}

/** The planned checkpoints of a route, replacing those not yet answered. */
async function writeCheckpoints(tx: Tx, routeId: number, checkpoints: Checkpoint[]): Promise<void> {
  await tx.checkpoint.deleteMany({ where: { routeId, answeredAt: null } });
  const answered = await tx.checkpoint.findMany({ where: { routeId }, select: { kind: true, dueDate: true } });
  const keep = new Set(answered.map((c) => `${c.kind}:${fromDbDate(c.dueDate)}`));
  const fresh = checkpoints.filter((c) => !keep.has(`${c.kind}:${c.dueDate}`));
  if (fresh.length) await tx.checkpoint.createMany({ data: fresh.map((c) => ({ routeId, kind: c.kind, dueDate: toDbDate(c.dueDate) })) });
}

async function insertRoute(tx: Tx, route: Route, diagnosticId?: number): Promise<number> {
  const row = await tx.route.create({
    data: {
      teacherId: route.teacherId,
      schoolId: route.schoolId,
      status: route.status,
      version: route.version,
      previousRouteId: route.previousRouteId ?? null,
      diagnosticId: diagnosticId ?? null,
      ...header(route),
      ...stamps(route),
    },
  });
  await writeContent(tx, row.id, withoutRowIds(route));
  return row.id;
}

async function insertReflection(db: Pick<Tx, "reflection">, routeId: number, authorId: number, reflection: Reflection): Promise<void> {
  await db.reflection.create({
    data: {
      routeId,
      authorId,
      kind: reflection.kind,
      direction: reflection.direction ?? null,
      fact: reflection.fact ?? null,
      expected: reflection.expected ?? null,
      corrections: reflection.corrections ?? null,
      prospects: reflection.prospects ?? null,
      selfAssessment: reflection.selfAssessment ?? null,
      createdAt: new Date(reflection.createdAt),
    },
  });
}

/** A new route (one seeded from another, say) owns none of the rows its content came from. */
function withoutRowIds(route: Route): Route {
  const { id: _route, ...rest } = route;
  return {
    ...rest,
    tasks: route.tasks.map(({ id: _task, ...task }) => ({ ...task, activities: task.activities.map(({ id: _activity, ...a }) => a) })),
    broadcasts: route.broadcasts.map(({ id: _point, ...b }) => b),
  };
}

export type CorrectionStatus = "draft" | "submitted" | "approved" | "returned";
const OPEN_CORRECTION: CorrectionStatus[] = ["draft", "submitted", "returned"];

export interface CorrectionRecord {
  id: number;
  routeId: number;
  content: PlanContent;
  status: CorrectionStatus;
  comment: string | null;
  deciderId: number | null;
  submittedAt: Date | null;
}

function toCorrection(row: { id: number; routeId: number; content: string; status: string; comment: string | null; deciderId: number | null; submittedAt: Date | null }): CorrectionRecord {
  return { ...row, content: parseStored<PlanContent>(row.content, { tasks: [], broadcasts: [] }), status: row.status as CorrectionStatus };
}

/** A comment or recommendation on a route (`text` is empty once its author's data is erased). */
export interface CommentRecord {
  id: number;
  routeId: number;
  taskId: number | null;
  authorId: number | null;
  parentId: number | null;
  text: string;
  isRecommendation: boolean;
  status: string | null;
  statusAt: Date | null;
  createdAt: Date;
}

/** Read through the lane: every route card reads its comments, which the client costs ten times more. */
async function commentsOf(lane: DriverLane, routeId: number): Promise<CommentRecord[]> {
  const rows = await lane.rows(`SELECT * FROM "Comment" WHERE "routeId" = ? ORDER BY "id"`, [routeId]);
  return rows as unknown as CommentRecord[];
}

export interface ActivityFacts {
  routeId: number;
  routeStatus: RouteStatus;
  event: string;
  date: string;
  status: string;
}

/**
 * A route read outside a transaction, on SQLite: its eight tables through the lane, where the
 * client sends the same eight statements at ten times the cost. PostgreSQL reads it through the
 * client in one statement (relation joins).
 */
async function loadThroughLane(lane: DriverLane, id: number): Promise<Route | undefined> {
  const [route] = await lane.rows(`SELECT * FROM "Route" WHERE "id" = ?`, [id]);
  if (!route) return undefined;
  const ofRoute = (table: string, order: string) => lane.rows(`SELECT * FROM "${table}" WHERE "routeId" = ? ORDER BY "${order}"`, [id]);
  const ofTasks = (table: string, order: string) =>
    lane.rows(`SELECT x.* FROM "${table}" x JOIN "RouteTask" t ON t."id" = x."taskId" WHERE t."routeId" = ? ORDER BY x."${order}"`, [id]);
  const tasks = await ofRoute("RouteTask", "position");
  const resources = await ofTasks("TaskResource", "id");
  const activities = await ofTasks("Activity", "position");
  const row = {
    ...route,
    tasks: tasks.map((task) => ({ ...task, resources: resources.filter((r) => r["taskId"] === task["id"]), activities: activities.filter((a) => a["taskId"] === task["id"]) })),
    products: await ofRoute("Product", "id"),
    broadcasts: await ofRoute("BroadcastPoint", "id"),
    checkpoints: await ofRoute("Checkpoint", "dueDate"),
    reflections: await ofRoute("Reflection", "id"),
  };
  return toRoute(row as unknown as RouteRow);
}

export function routesRepository(prisma: Prisma, lane: DriverLane, provider: Provider) {
  const load = async (db: Prisma | Tx, id: number): Promise<Route | undefined> => {
    const row = await db.route.findUnique({ where: { id }, include });
    return row ? toRoute(row as unknown as RouteRow) : undefined;
  };

  return {
    byId: (id: number) => (provider === "sqlite" ? loadThroughLane(lane, id) : load(prisma, id)),

    async create(route: Route, options: { diagnosticId?: number; audit?: { entry: AuditEntry; at: Date } } = {}): Promise<Route> {
      return prisma.$transaction(async (tx) => {
        const id = await insertRoute(tx, route, options.diagnosticId);
        if (options.audit) await writeAudit(tx, { ...options.audit.entry, targetType: "route", targetId: id }, options.audit.at);
        return (await load(tx, id))!;
      });
    },

    /** The teacher's current route: the newest one that is not archived. */
    async currentOf(teacherId: number): Promise<Route | undefined> {
      const row = await prisma.route.findFirst({ where: { teacherId, status: { not: "archived" } }, orderBy: { id: "desc" }, select: { id: true } });
      return row ? load(prisma, row.id) : undefined;
    },

    async allOf(teacherId: number): Promise<{ id: number; title: string; status: string }[]> {
      return prisma.route.findMany({ where: { teacherId }, orderBy: { id: "desc" }, select: { id: true, title: true, status: true } });
    },

    /**
     * Replaces the content of a route the teacher edits, if it is still in one of `statuses`;
     * returns the stored route, or undefined when its status changed meanwhile.
     */
    async saveContent(route: Route, statuses: readonly RouteStatus[]): Promise<Route | undefined> {
      return prisma.$transaction(async (tx) => {
        const updated = await tx.route.updateMany({ where: { id: route.id!, status: { in: [...statuses] } }, data: header(route) });
        if (updated.count !== 1) return undefined;
        await writeContent(tx, route.id!, route);
        return load(tx, route.id!);
      });
    },

    /** Moves a route from `from` (status and version) to `to`; false when someone else moved it first. */
    async changeStatus(from: Pick<Route, "id" | "status" | "version">, to: Route, audit?: { entry: AuditEntry; at: Date }): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const result = await tx.route.updateMany({
          where: { id: from.id!, status: from.status, version: from.version },
          data: { status: to.status, version: to.version, selfAssessment: to.selfAssessment ?? null, ...stamps(to) },
        });
        if (result.count !== 1) return false;
        if (audit) await writeAudit(tx, audit.entry, audit.at);
        return true;
      });
    },

    /**
     * Records the one decision on a submission and applies it. The unique (route, version)
     * makes a second decision impossible, whoever presses and however often.
     */
    decide: (input: DecisionInput) => recordDecision(lane, input),
    decisionOf: (routeId: number, routeVersion: number) => decisionOf(lane, routeId, routeVersion),

    /** The correction of an active route not yet decided (being edited, submitted or returned). */
    async openCorrection(routeId: number): Promise<CorrectionRecord | undefined> {
      const row = await prisma.routeCorrection.findFirst({ where: { routeId, status: { in: OPEN_CORRECTION } }, orderBy: { id: "desc" } });
      return row ? toCorrection(row) : undefined;
    },

    async correctionById(id: number): Promise<CorrectionRecord | undefined> {
      const row = await prisma.routeCorrection.findUnique({ where: { id } });
      return row ? toCorrection(row) : undefined;
    },

    /** Keeps the edited plan as the open correction (a returned one is being edited again); false while one is submitted. */
    async saveCorrection(routeId: number, content: PlanContent): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const open = await tx.routeCorrection.findFirst({ where: { routeId, status: { in: OPEN_CORRECTION } }, orderBy: { id: "desc" } });
        if (open?.status === "submitted") return false;
        const data = { content: JSON.stringify(content), status: "draft" };
        if (open) await tx.routeCorrection.update({ where: { id: open.id }, data });
        else await tx.routeCorrection.create({ data: { routeId, ...data } });
        return true;
      });
    },

    async submitCorrection(id: number, at: Date, audit?: AuditEntry): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const moved = await tx.routeCorrection.updateMany({ where: { id, status: { in: ["draft", "returned"] } }, data: { status: "submitted", submittedAt: at } });
        if (moved.count !== 1) return false;
        if (audit) await writeAudit(tx, audit, at);
        return true;
      });
    },

    async discardCorrection(id: number): Promise<boolean> {
      const removed = await prisma.routeCorrection.deleteMany({ where: { id, status: { in: ["draft", "returned"] } } });
      return removed.count === 1;
    },

    /**
     * Decides a submitted correction once: returned with a comment, or approved and put in
     * force (`corrected`, the route with the new plan, written in place while it is active).
     */
    async decideCorrection(input: { id: number; routeId: number; decision: DecisionKind; deciderId: number; comment?: string; corrected?: Route; audit?: AuditEntry; at: Date }): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const status: CorrectionStatus = input.decision === "approve" ? "approved" : "returned";
        const moved = await tx.routeCorrection.updateMany({
          where: { id: input.id, status: "submitted" },
          data: { status, deciderId: input.deciderId, comment: input.comment ?? null, decidedAt: input.at },
        });
        if (moved.count !== 1) return false;
        if (input.comment) await tx.comment.create({ data: { routeId: input.routeId, authorId: input.deciderId, text: input.comment, createdAt: input.at } });
        if (input.audit) await writeAudit(tx, input.audit, input.at);
        const route = input.corrected;
        if (!route) return true;
        const updated = await tx.route.updateMany({ where: { id: route.id!, status: "active" }, data: header(route) });
        if (updated.count !== 1) throw new StaleDecision();
        await writeContent(tx, route.id!, route);
        return true;
      }).catch((error: unknown) => {
        if (error instanceof StaleDecision) return false;
        throw error;
      });
    },

    /** The plan as it was when the route was last returned, to compare the resubmitted one with. */
    async returnedPlan(routeId: number): Promise<PlanContent | undefined> {
      const row = await prisma.routeDecision.findFirst({ where: { routeId, decision: "return" }, orderBy: { routeVersion: "desc" }, select: { plan: true } });
      return row?.plan ? parseStored<PlanContent | undefined>(row.plan, undefined) : undefined;
    },

    async lastReturn(routeId: number): Promise<DecisionRecord | undefined> {
      const row = await prisma.routeDecision.findFirst({ where: { routeId, decision: "return" }, orderBy: { routeVersion: "desc" } });
      return row ? { ...row, decision: "return" } : undefined;
    },

    /**
     * Marks an activity done (evidence added to what it has); with `interviewOn`, the correction
     * interview after a course is requested in the same transaction (once per activity).
     */
    async markActivityDone(
      activityId: number,
      evidence: Evidence | undefined,
      at: Date,
      options: { audit?: AuditEntry; interviewOn?: number } = {},
    ): Promise<{ interview?: { id: number; requestedAt: Date } }> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.activity.findUniqueOrThrow({ where: { id: activityId } });
        const list = parseStored<Evidence[]>(row.evidence, []);
        if (evidence) list.push(evidence);
        await tx.activity.update({ where: { id: activityId }, data: { status: "done", doneAt: row.doneAt ?? at, evidence: JSON.stringify(list) } });
        if (options.audit) await writeAudit(tx, options.audit, at);
        if (options.interviewOn === undefined) return {};
        const routeId = options.interviewOn;
        const interview = (await tx.correctionInterview.findFirst({ where: { routeId, activityId } })) ?? (await tx.correctionInterview.create({ data: { routeId, activityId, requestedAt: at } }));
        return { interview: { id: interview.id, requestedAt: interview.requestedAt } };
      });
    },

    /** Marks a point of broadcasting experience as held; false when it already was. */
    async markBroadcastDone(broadcastId: number, routeId: number, at: Date, audit?: AuditEntry): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const result = await tx.broadcastPoint.updateMany({ where: { id: broadcastId, routeId, doneAt: null }, data: { doneAt: at } });
        if (result.count !== 1) return false;
        if (audit) await writeAudit(tx, audit, at);
        return true;
      });
    },

    async addProduct(routeId: number, product: Omit<Product, "id">, audit?: AuditEntry): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await tx.product.create({
          data: { routeId, kind: product.kind, title: product.title, link: product.link ?? null, taskId: product.taskId ?? null, createdAt: new Date(product.createdAt) },
        });
        if (audit) await writeAudit(tx, audit, new Date(product.createdAt));
      });
    },

    /** Gives a product of the route another title and link; false when it is not there. */
    async renameProduct(routeId: number, productId: number, { title, link }: { title: string; link: string | null }, audit: AuditEntry, at: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const renamed = await tx.product.updateMany({ where: { id: productId, routeId }, data: { title, link } });
        if (renamed.count) await writeAudit(tx, audit, at);
        return renamed.count > 0;
      });
    },

    /** Removes a product of the route; false when it is not there (removed meanwhile). */
    async removeProduct(routeId: number, productId: number, audit: AuditEntry, at: Date): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const removed = await tx.product.deleteMany({ where: { id: productId, routeId } });
        if (removed.count) await writeAudit(tx, audit, at);
        return removed.count > 0;
      });
    },

    async replaceCheckpoints(routeId: number, checkpoints: Checkpoint[]): Promise<void> {
      await prisma.$transaction((tx) => writeCheckpoints(tx, routeId, checkpoints));
    },

    /** Answers a checkpoint once, keeping the answer as a reflection of the route; false when already answered. */
    async answerCheckpoint(checkpointId: number, answer: string, at: Date, reflection?: { routeId: number; authorId: number; audit?: AuditEntry }): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const result = await tx.checkpoint.updateMany({ where: { id: checkpointId, answeredAt: null, ...(reflection ? { routeId: reflection.routeId } : {}) }, data: { answer, answeredAt: at } });
        if (result.count !== 1) return false;
        if (reflection) {
          await tx.reflection.create({ data: { routeId: reflection.routeId, authorId: reflection.authorId, kind: "checkpoint", fact: answer, createdAt: at } });
          if (reflection.audit) await writeAudit(tx, reflection.audit, at);
        }
        return true;
      });
    },

    async addReflection(routeId: number, authorId: number, reflection: Reflection): Promise<void> {
      await insertReflection(prisma, routeId, authorId, reflection);
    },

    /** The half-year analysis, answering the half-year checkpoint that is due, with its audit record. */
    async recordHalfYear(input: { routeId: number; authorId: number; reflection: Reflection; checkpointId?: number; audit: AuditEntry; at: Date }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        await insertReflection(tx, input.routeId, input.authorId, input.reflection);
        if (input.checkpointId) await tx.checkpoint.updateMany({ where: { id: input.checkpointId, routeId: input.routeId, answeredAt: null }, data: { answer: input.reflection.corrections ?? "", answeredAt: input.at } });
        await writeAudit(tx, input.audit, input.at);
      });
    },

    /**
     * Completes a route with its final reflection and creates the next one from it, in one
     * transaction; undefined when the route was no longer active.
     */
    async completeAndSeed(input: { from: Route; completed: Route; reflection: Reflection; authorId: number; next: Route; audit: AuditEntry; at: Date }): Promise<Route | undefined> {
      return prisma.$transaction(async (tx) => {
        const moved = await tx.route.updateMany({
          where: { id: input.from.id!, status: input.from.status, version: input.from.version },
          data: { status: input.completed.status, version: input.completed.version, selfAssessment: input.completed.selfAssessment ?? null, ...stamps(input.completed) },
        });
        if (moved.count !== 1) return undefined;
        await insertReflection(tx, input.from.id!, input.authorId, input.reflection);
        const nextId = await insertRoute(tx, input.next);
        await writeAudit(tx, { ...input.audit, details: { ...input.audit.details, next: nextId } }, input.at);
        return load(tx, nextId);
      });
    },

    async addComment(input: { routeId: number; taskId?: number | null; authorId: number; text: string; isRecommendation?: boolean; parentId?: number; audit?: AuditEntry; at: Date }): Promise<number> {
      return prisma.$transaction(async (tx) => {
        const row = await tx.comment.create({
          data: {
            routeId: input.routeId,
            taskId: input.taskId ?? null,
            authorId: input.authorId,
            text: input.text,
            isRecommendation: input.isRecommendation ?? false,
            ...(input.isRecommendation ? { status: "issued", statusAt: input.at } : {}),
            parentId: input.parentId ?? null,
            createdAt: input.at,
          },
        });
        if (input.audit) await writeAudit(tx, input.audit, input.at);
        return row.id;
      });
    },

    /**
     * Routes the scheduler may have to (re)plan: changed after `mark`, oldest change first, with
     * their status. The status is not part of the condition: with it SQLite reads the routes by
     * status (most are active) instead of only the few changed since the mark.
     */
    async changedSince(mark: Date, limit: number): Promise<{ id: number; updatedAt: Date; status: RouteStatus }[]> {
      const rows = await prisma.route.findMany({ where: { updatedAt: { gt: mark } }, orderBy: { updatedAt: "asc" }, take: limit, select: { id: true, updatedAt: true, status: true } });
      return rows.map((row) => ({ ...row, status: row.status as RouteStatus }));
    },
    /** Approved routes whose term has begun. */
    async toActivate(today: string): Promise<number[]> {
      const rows = await prisma.route.findMany({ where: { status: "approved", termStart: { lte: toDbDate(today) } }, select: { id: true } });
      return rows.map((r) => r.id);
    },
    async ofSchool(schoolId: number): Promise<Route[]> {
      const rows = await prisma.route.findMany({ where: { schoolId, status: { not: "archived" } }, include, orderBy: { id: "asc" } });
      return rows.map((row) => toRoute(row as unknown as RouteRow));
    },
    async ofTeachers(teacherIds: number[]): Promise<Route[]> {
      const rows = await inChunks(teacherIds, (slice) => prisma.route.findMany({ where: { teacherId: { in: slice }, status: { in: ["approved", "active"] } }, include }));
      return rows.map((row) => toRoute(row as unknown as RouteRow));
    },

    /** What reminders about activities need, without loading whole routes. */
    async activityFacts(activityIds: number[]): Promise<Map<number, ActivityFacts>> {
      const rows = await inChunks(activityIds, (slice) =>
        prisma.activity.findMany({
          where: { id: { in: slice } },
          select: { id: true, event: true, date: true, status: true, task: { select: { route: { select: { id: true, status: true } } } } },
        }),
      );
      return new Map(
        rows.map((row) => [row.id, { routeId: row.task.route.id, routeStatus: row.task.route.status as RouteStatus, event: row.event, date: fromDbDate(row.date), status: row.status }]),
      );
    },

    async requestInterview(routeId: number, activityId: number, at: Date): Promise<number> {
      const existing = await prisma.correctionInterview.findFirst({ where: { routeId, activityId } });
      if (existing) return existing.id;
      return (await prisma.correctionInterview.create({ data: { routeId, activityId, requestedAt: at } })).id;
    },
    interviewsOf: (routeId: number) => prisma.correctionInterview.findMany({ where: { routeId }, orderBy: { id: "asc" } }),

    async setCommentParent(commentId: number, parentId: number): Promise<void> {
      await prisma.comment.update({ where: { id: commentId }, data: { parentId } });
    },
    async commentRouteId(commentId: number): Promise<number | undefined> {
      return (await prisma.comment.findUnique({ where: { id: commentId }, select: { routeId: true } }))?.routeId;
    },

    comments: (routeId: number) => commentsOf(lane, routeId),
  };
}

class StaleDecision extends Error {}

export type RoutesRepository = ReturnType<typeof routesRepository>;
