// The self-diagnosis against the professional standard (002 §3.1): one statement at a time, each
// answer saved as it comes (so a pause or a restart loses nothing), the profile scored when the
// last is answered; and the results of an external diagnostic as a second source.
import type { DiagnosticRecord, Store } from "../data/index.js";
import { answeredCount, isAnswer, nextUnanswered, scoreSelfDiagnosis, type Answers } from "../domain/diagnostics.js";
import { allIndicators, currentFramework } from "../domain/framework.js";
import { done, refused, type Outcome } from "./outcome.js";

const framework = currentFramework;
const indicators = allIndicators(framework);

export interface DiagnosisProgress {
  diagnosticId: number;
  /** The statement to show next (its position in the framework), or undefined when all are answered. */
  next?: number;
  answered: number;
  total: number;
}

function progressOf(diagnosticId: number, answers: Answers): DiagnosisProgress {
  const next = nextUnanswered(framework, answers);
  return { diagnosticId, ...(next !== undefined ? { next: indicators.findIndex((i) => i.code === next) } : {}), answered: answeredCount(framework, answers), total: indicators.length };
}

/** The teacher's open self-diagnosis (a new one if none is open), where she left it. */
export async function resumeDiagnosis(store: Store, input: { userId: number }): Promise<DiagnosisProgress> {
  const open = await store.diagnostics.openSelf(input.userId, framework.version);
  return progressOf(open.id, open.answers);
}

async function ownOpen(store: Store, userId: number, diagnosticId: number): Promise<DiagnosticRecord | undefined> {
  const record = await store.diagnostics.byId(diagnosticId);
  return record && record.userId === userId && !record.completedAt ? record : undefined;
}

/** Answers statement `index` (or clears it: going back); the progress after it. */
export async function answerStatement(store: Store, input: { userId: number; diagnosticId: number; index: number; score?: number }): Promise<Outcome<DiagnosisProgress>> {
  const indicator = indicators[input.index];
  if (!indicator || !(await ownOpen(store, input.userId, input.diagnosticId))) return refused({ reason: "not_found" });
  if (input.score !== undefined && !isAnswer(input.score)) return refused({ reason: "not_found" });
  const answers = await store.diagnostics.setAnswer(input.diagnosticId, indicator.code, input.score);
  return done(progressOf(input.diagnosticId, answers));
}

/** Scores the finished self-diagnosis (once; a repeated finish changes nothing). */
export async function completeDiagnosis(store: Store, input: { userId: number; diagnosticId: number; at: Date }): Promise<Outcome<{ diagnosticId: number }>> {
  const record = await store.diagnostics.byId(input.diagnosticId);
  if (!record || record.userId !== input.userId) return refused({ reason: "not_found" });
  if (!record.completedAt) {
    await store.diagnostics.complete(input.diagnosticId, scoreSelfDiagnosis(framework, record.answers), input.at);
    await store.audit.record({ actorId: input.userId, action: "diagnosis_completed", targetType: "diagnostic", targetId: input.diagnosticId }, input.at);
  }
  return done({ diagnosticId: input.diagnosticId });
}

/** Results of an external diagnostic, percent per competence area (0–100). */
export async function recordExternalScores(store: Store, input: { userId: number; scores: Record<string, number>; at: Date }): Promise<Outcome<{ areas: number }>> {
  const valid = Object.entries(input.scores).filter(([area, value]) => framework.areas.some((a) => a.code === area) && value >= 0 && value <= 100);
  if (!valid.length) return refused({ reason: "nothing_to_submit" });
  await store.diagnostics.saveExternal(input.userId, framework.version, Object.fromEntries(valid), input.at);
  await store.audit.record({ actorId: input.userId, action: "external_diagnosis_recorded", details: { areas: valid.length } }, input.at);
  return done({ areas: valid.length });
}
