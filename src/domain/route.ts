// The route as the document of 002 §4.1 describes it.
import type { LocalDate } from "./time.js";
import type { EducationForm, EducationLevel, Level, ProductKind, QualificationCategory, ResourceKind } from "./vocabulary.js";
import type { CompetenceProfile } from "./diagnostics.js";

export const ROUTE_STATUSES = ["draft", "submitted", "returned", "approved", "active", "completed", "archived"] as const;
export type RouteStatus = (typeof ROUTE_STATUSES)[number];

/** Индивидуальная образовательная история (002 §4.1 item 3). */
export interface EducationalHistory {
  fullName?: string;
  organisation?: string;
  position?: string;
  education?: EducationLevel;
  educationDetails?: string;
  teachingYears?: number;
  managementYears?: number;
  qualificationCategory?: QualificationCategory;
  lastAttestationDate?: LocalDate;
  courses?: string;
  problemExperience?: string;
}

/** The steps of the educational history, in the order the teacher is asked (002 §4.1). */
export const HISTORY_STEPS = [
  "fullName",
  "position",
  "education",
  "teachingYears",
  "qualificationCategory",
  "lastAttestationDate",
  "courses",
  "problemExperience",
] as const satisfies readonly (keyof EducationalHistory)[];
export type HistoryStep = (typeof HISTORY_STEPS)[number];
/** Steps a teacher may skip (she may have no attestation, courses or experience yet). */
export const OPTIONAL_HISTORY_STEPS: readonly HistoryStep[] = ["lastAttestationDate", "courses", "problemExperience"];

export function historyComplete(history: EducationalHistory): boolean {
  return HISTORY_STEPS.every((step) => OPTIONAL_HISTORY_STEPS.includes(step) || (history[step] !== undefined && history[step] !== ""));
}

export interface Term {
  start: LocalDate;
  end: LocalDate;
}

export interface TaskResource {
  catalogId?: number;
  title: string;
  kind: ResourceKind;
  form: EducationForm;
  level: Level;
  url?: string;
  hours?: number;
}

export const EVIDENCE_KINDS = ["file", "photo", "link", "text"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface Evidence {
  kind: EvidenceKind;
  /** A Telegram file id, a URL or the text itself. */
  value: string;
  fileName?: string;
  addedAt: string;
}

export const ACTIVITY_STATUSES = ["planned", "done", "cancelled"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export interface Activity {
  id?: number;
  event: string;
  topic: string;
  level: Level;
  date: LocalDate;
  kind?: ResourceKind;
  status: ActivityStatus;
  doneAt?: string;
  evidence: Evidence[];
}

export interface Deficit {
  area: string;
  indicator?: string;
}

export interface RouteTask {
  id?: number;
  title: string;
  deficit?: Deficit;
  resources: TaskResource[];
  activities: Activity[];
  deadline?: LocalDate;
  expectedResult?: string;
}

export interface Product {
  id?: number;
  kind: ProductKind;
  title: string;
  link?: string;
  taskId?: number;
  createdAt: string;
}

/** Точка трансляции опыта (002 §4.1 item 6). */
export interface BroadcastPoint {
  id?: number;
  event: string;
  topic: string;
  date: LocalDate;
  product?: string;
  doneAt?: string;
}

export const CHECKPOINT_KINDS = ["quarterly", "task_deadline", "half_year", "final"] as const;
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number];

export interface Checkpoint {
  id?: number;
  kind: CheckpointKind;
  dueDate: LocalDate;
  answeredAt?: string;
  answer?: string;
}

export const REFLECTION_KINDS = ["checkpoint", "half_year", "final"] as const;
export type ReflectionKind = (typeof REFLECTION_KINDS)[number];

export interface Reflection {
  id?: number;
  kind: ReflectionKind;
  direction?: string;
  fact?: string;
  expected?: string;
  corrections?: string;
  prospects?: string;
  selfAssessment?: number;
  createdAt: string;
}

export interface Route {
  id?: number;
  teacherId: number;
  schoolId: number;
  status: RouteStatus;
  /** Bumped at every submission, so each submission can be decided once. */
  version: number;
  title: string;
  term?: Term;
  goal?: string;
  /** The methodical theme the teacher works on (002 §5.7). */
  theme?: string;
  history?: EducationalHistory;
  profile?: CompetenceProfile;
  tasks: RouteTask[];
  products: Product[];
  broadcasts: BroadcastPoint[];
  checkpoints: Checkpoint[];
  reflections: Reflection[];
  selfAssessment?: number;
  previousRouteId?: number;
  submittedAt?: string;
  /** When the subject association reviewed the submitted version (two-step approval). */
  reviewedAt?: string;
  approvedAt?: string;
  activatedAt?: string;
  completedAt?: string;
  archivedAt?: string;
}

export function emptyRoute(teacherId: number, schoolId: number, title: string): Route {
  return {
    teacherId,
    schoolId,
    status: "draft",
    version: 0,
    title,
    tasks: [],
    products: [],
    broadcasts: [],
    checkpoints: [],
    reflections: [],
  };
}

export function allActivities(route: Route): Activity[] {
  return route.tasks.flatMap((task) => task.activities);
}

export type ActivityState = "done" | "cancelled" | "upcoming" | "due" | "overdue";

/** Where an activity stands on `today`: due on its day, overdue after it. */
export function activityState(activity: Activity, today: LocalDate): ActivityState {
  if (activity.status === "done") return "done";
  if (activity.status === "cancelled") return "cancelled";
  if (activity.date === today) return "due";
  return activity.date < today ? "overdue" : "upcoming";
}

export interface RouteProgress {
  total: number;
  done: number;
  due: number;
  overdue: number;
  upcoming: number;
}

export function routeProgress(route: Route, today: LocalDate): RouteProgress {
  const progress: RouteProgress = { total: 0, done: 0, due: 0, overdue: 0, upcoming: 0 };
  for (const activity of allActivities(route)) {
    const state = activityState(activity, today);
    if (state === "cancelled") continue;
    progress.total += 1;
    progress[state] += 1;
  }
  return progress;
}
