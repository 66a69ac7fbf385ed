// Everything the bot may wait for the person to type, outside a conversation: one kind per
// question, with what the answer is for. The compiler knows every kind and its payload; the
// session stores one of them at a time, and any command leaves it (see features/cancel.ts).
import type { HistoryStep, TaskResource } from "../domain/route.js";

export interface AwaitedInputs {
  "route-goal": { routeId: number; back?: 1 };
  "route-title": { routeId: number };
  "route-theme": { routeId: number };
  "route-term": { routeId: number };
  "route-task-title": { routeId: number; task: number };
  "route-task-result": { routeId: number; task: number };
  "route-task-deadline": { routeId: number; task: number };
  "route-activity-event": { routeId: number; task: number };
  /** The teacher's own activity, typed: its kind, then its level, come by buttons. */
  "route-activity-kind": { routeId: number; task: number; event: string; kind?: string };
  /** With `resource`, a resource from the catalogue: it joins the task together with its activity. */
  "route-activity-date": { routeId: number; task: number; event: string; level: string; kind?: string; resource?: TaskResource };
  "route-bc-event": { routeId: number };
  "route-bc-date": { routeId: number; event: string };
  "route-bc-product": { routeId: number; index: number };
  "route-activity-move": { routeId: number; task: number; position: number };
  "route-bc-move": { routeId: number; index: number };
  "route-bc-rename": { routeId: number; index: number };
  "route-catalog-search": { routeId: number; task: number };
  evidence: { routeId: number; activityId: number };
  checkpoint: { routeId: number; checkpointId: number };
  product: { routeId: number; kind: string };
  "product-title": { routeId: number; productId: number };
  comment: { routeId: number; parentId: number; task: number; recommendation: 0 | 1 };
  "return-comment": { routeId: number; version: number };
  "correction-comment": { correctionId: number };
  "interview-outcome": { interviewId: number };
  "interview-change": { interviewId: number; outcome: string };
  "interview-day": { interviewId: number };
  "school-recommendation": { schoolId: number };
  "school-recommendation-answer": { id: number };
  "proposal-text": { routeId: number; kind: "goal" | "task" };
  history: { step: HistoryStep; mode: "w" | "e" };
  "history-choice": { step: HistoryStep; mode: "w" | "e" };
  diagnostics: Record<string, never>;
  external: { index: number; scores: string };
  "catalog-csv": Record<string, never>;
  "schools-csv": Record<string, never>;
  "staff-count": { schoolId: number };
  "association-name": { schoolId: number };
  "review-protocol": { routeId: number; version: number };
  "review-recommendation": { routeId: number; version: number; number: string; date: string };
}

export type AwaitedKind = keyof AwaitedInputs;

export type Awaiting = { [K in AwaitedKind]: { kind: K; payload: AwaitedInputs[K] } }[AwaitedKind];
