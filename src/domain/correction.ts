// Correcting a route that is being carried out (002 §4.2–4.3). The approved plan is not
// rewritten behind the approver's back: the teacher edits a copy, submits it, and only the
// approver's decision puts it in force. Progress made meanwhile (activities done, evidence,
// points held) always survives the correction, and nothing with evidence is ever removed.
import type { Activity, Route, RouteTask } from "./route.js";
import type { LocalDate } from "./time.js";

/** What a correction changes in the plan, for the approver, the teacher and the audit log. */
export type PlanChange =
  | { kind: "goal" }
  | { kind: "term" }
  | { kind: "task_added"; task: string }
  | { kind: "task_removed"; task: string }
  | { kind: "task_changed"; task: string }
  | { kind: "activity_added"; event: string; date: LocalDate }
  | { kind: "activity_removed"; event: string; date: LocalDate }
  | { kind: "activity_moved"; event: string; from: LocalDate; to: LocalDate }
  | { kind: "broadcast_added"; event: string; date: LocalDate }
  | { kind: "broadcast_removed"; event: string; date: LocalDate };

export type PlanContent = Pick<Route, "goal" | "term" | "tasks" | "broadcasts">;

export function planOf(route: Route): PlanContent {
  return { ...(route.goal !== undefined ? { goal: route.goal } : {}), ...(route.term ? { term: route.term } : {}), tasks: route.tasks, broadcasts: route.broadcasts };
}

const sameTerm = (a: Route["term"], b: Route["term"]) => a?.start === b?.start && a?.end === b?.end;

function taskFields(task: RouteTask): string {
  return JSON.stringify([task.title, task.deadline, task.expectedResult, task.deficit, task.resources]);
}

/** The changes from `before` to `after`, in the order a reader checks them. */
export function planChanges(before: PlanContent, after: PlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  if ((before.goal ?? "") !== (after.goal ?? "")) changes.push({ kind: "goal" });
  if (!sameTerm(before.term, after.term)) changes.push({ kind: "term" });
  const beforeTasks = new Map(before.tasks.flatMap((t) => (t.id ? [[t.id, t] as const] : [])));
  const afterTaskIds = new Set(after.tasks.flatMap((t) => (t.id ? [t.id] : [])));
  for (const task of before.tasks) if (task.id && !afterTaskIds.has(task.id)) changes.push({ kind: "task_removed", task: task.title });
  for (const task of after.tasks) {
    const old = task.id ? beforeTasks.get(task.id) : undefined;
    if (!old) changes.push({ kind: "task_added", task: task.title });
    else if (taskFields(old) !== taskFields(task)) changes.push({ kind: "task_changed", task: task.title });
  }
  const beforeActivities = new Map(before.tasks.flatMap((t) => t.activities.flatMap((a) => (a.id ? [[a.id, a] as const] : []))));
  const afterActivities = after.tasks.flatMap((t) => t.activities);
  const afterActivityIds = new Set(afterActivities.flatMap((a) => (a.id ? [a.id] : [])));
  for (const activity of before.tasks.flatMap((t) => t.activities)) {
    if (activity.id && !afterActivityIds.has(activity.id)) changes.push({ kind: "activity_removed", event: activity.event, date: activity.date });
  }
  for (const activity of afterActivities) {
    const old = activity.id ? beforeActivities.get(activity.id) : undefined;
    if (!old) changes.push({ kind: "activity_added", event: activity.event, date: activity.date });
    else if (old.date !== activity.date) changes.push({ kind: "activity_moved", event: activity.event, from: old.date, to: activity.date });
  }
  const afterPoints = new Set(after.broadcasts.flatMap((b) => (b.id ? [b.id] : [])));
  for (const point of before.broadcasts) if (point.id && !afterPoints.has(point.id)) changes.push({ kind: "broadcast_removed", event: point.event, date: point.date });
  for (const point of after.broadcasts) if (!point.id) changes.push({ kind: "broadcast_added", event: point.event, date: point.date });
  return changes;
}

/** Progress that a correction may never take away. */
export function hasProgress(activity: Activity): boolean {
  return activity.status === "done" || activity.evidence.length > 0;
}

/** Whether the task (of a copy of `live`'s plan) has progress, here or on the plan in force. */
export function taskHasProgress(live: Route, task: RouteTask): boolean {
  const liveTask = task.id ? live.tasks.find((t) => t.id === task.id) : undefined;
  return task.activities.some((a) => activityHasProgress(live, a)) || (liveTask?.activities.some(hasProgress) ?? false);
}

export function activityHasProgress(live: Route, activity: Activity): boolean {
  const current = activity.id ? live.tasks.flatMap((t) => t.activities).find((a) => a.id === activity.id) : undefined;
  return hasProgress(activity) || (current !== undefined && hasProgress(current));
}

/**
 * The route with the corrected plan in force: plan fields from `corrected`, progress from `live`
 * (what was marked while the correction waited). An activity with progress that the correction
 * dropped is kept, in its task (the task too, if it was dropped).
 */
export function applyCorrection(live: Route, corrected: PlanContent): Route {
  const liveActivities = new Map(live.tasks.flatMap((t) => t.activities.flatMap((a) => (a.id ? [[a.id, a] as const] : []))));
  const progressOf = (activity: Activity): Activity => {
    const current = activity.id ? liveActivities.get(activity.id) : undefined;
    if (!current) return activity;
    const { doneAt: _ignored, ...plan } = activity;
    return { ...plan, status: current.status, evidence: current.evidence, ...(current.doneAt ? { doneAt: current.doneAt } : {}) };
  };
  const tasks: RouteTask[] = corrected.tasks.map((task) => ({ ...task, activities: task.activities.map(progressOf) }));
  const kept = new Set(tasks.flatMap((t) => t.activities.flatMap((a) => (a.id ? [a.id] : []))));
  for (const liveTask of live.tasks) {
    const dropped = liveTask.activities.filter((a) => a.id && !kept.has(a.id) && hasProgress(a));
    if (!dropped.length) continue;
    const home = tasks.find((t) => t.id === liveTask.id);
    if (home) home.activities = [...home.activities, ...dropped].sort((a, b) => a.date.localeCompare(b.date));
    else tasks.push({ ...liveTask, activities: dropped });
  }
  const livePoints = new Map(live.broadcasts.flatMap((b) => (b.id ? [[b.id, b] as const] : [])));
  const broadcasts = corrected.broadcasts.map((b) => {
    const held = b.id ? livePoints.get(b.id)?.doneAt : undefined;
    return held ? { ...b, doneAt: held } : b;
  });
  const keptPoints = new Set(broadcasts.flatMap((b) => (b.id ? [b.id] : [])));
  for (const point of live.broadcasts) if (point.id && point.doneAt && !keptPoints.has(point.id)) broadcasts.push(point);
  const { goal: _goal, term: _term, ...rest } = live;
  return { ...rest, ...(corrected.goal !== undefined ? { goal: corrected.goal } : {}), ...(corrected.term ? { term: corrected.term } : {}), tasks, broadcasts };
}
