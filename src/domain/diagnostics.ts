// Scoring a self-diagnosis into a competence profile, finding and ranking deficits,
// and combining it with an external diagnostic (a score per area).
import { allIndicators, SCALE_MAX, SCALE_MIN, type Framework } from "./framework.js";

/** Indicator code → score on the 0–3 scale. */
export type Answers = Record<string, number>;

export interface AreaScore {
  area: string;
  /** 0–100. */
  percent: number;
  /** Indicators answered in this area. */
  answered: number;
  self?: number;
  external?: number;
}

export interface CompetenceProfile {
  frameworkVersion: string;
  areas: AreaScore[];
}

export interface DeficitFinding {
  area: string;
  percent: number;
  /** The weakest indicators of the area (scored at most 1), weakest first. */
  indicators: string[];
}

export const DEFAULT_DEFICIT_THRESHOLD = 60;
export const DEFAULT_SELF_WEIGHT = 0.5;

export function isValidScore(score: unknown): score is number {
  return Number.isInteger(score) && (score as number) >= SCALE_MIN && (score as number) <= SCALE_MAX;
}

/** «Не применимо к моей работе»: the statement is answered but left out of its area's score. */
export const NOT_APPLICABLE = -1;

/** A score, or «not applicable». */
export function isAnswer(score: unknown): score is number {
  return isValidScore(score) || score === NOT_APPLICABLE;
}

/** The next indicator to ask, in framework order, or undefined when all are answered. */
export function nextUnanswered(framework: Framework, answers: Answers): string | undefined {
  return allIndicators(framework).find((indicator) => answers[indicator.code] === undefined)?.code;
}

/** Statements answered, «not applicable» included (it is an answer, though it scores nothing). */
export function answeredCount(framework: Framework, answers: Answers): number {
  return allIndicators(framework).filter((indicator) => isAnswer(answers[indicator.code])).length;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function scoreSelfDiagnosis(framework: Framework, answers: Answers): CompetenceProfile {
  const areas = framework.areas.map((area) => {
    const scores = area.indicators.map((i) => answers[i.code]).filter(isValidScore);
    const mean = scores.length ? scores.reduce((sum, s) => sum + s, 0) / scores.length : 0;
    const percent = round1((mean / SCALE_MAX) * 100);
    return { area: area.code, percent, answered: scores.length, self: percent };
  });
  return { frameworkVersion: framework.version, areas };
}

/** External results are 0–100 per area; where both exist they are blended with `selfWeight`. */
export function combineWithExternal(
  profile: CompetenceProfile,
  external: Record<string, number>,
  selfWeight = DEFAULT_SELF_WEIGHT,
): CompetenceProfile {
  if (selfWeight < 0 || selfWeight > 1) throw new RangeError("selfWeight must be within 0..1");
  const areas = profile.areas.map((score) => {
    const outside = external[score.area];
    if (outside === undefined || !Number.isFinite(outside)) return score;
    const clamped = Math.min(100, Math.max(0, outside));
    const percent = score.answered > 0 ? round1(selfWeight * (score.self ?? score.percent) + (1 - selfWeight) * clamped) : clamped;
    return { ...score, external: clamped, percent };
  });
  return { ...profile, areas };
}

/** Areas below the threshold, weakest first (ties keep the framework's order). */
export function findDeficits(
  framework: Framework,
  profile: CompetenceProfile,
  answers: Answers,
  threshold = DEFAULT_DEFICIT_THRESHOLD,
): DeficitFinding[] {
  const order = new Map(framework.areas.map((area, index) => [area.code, index]));
  return profile.areas
    .filter((score) => (score.answered > 0 || score.external !== undefined) && score.percent < threshold)
    .sort((a, b) => a.percent - b.percent || order.get(a.area)! - order.get(b.area)!)
    .map((score) => {
      const area = framework.areas.find((candidate) => candidate.code === score.area)!;
      const weak = area.indicators
        .filter((indicator) => isValidScore(answers[indicator.code]) && answers[indicator.code]! <= 1)
        .sort((a, b) => answers[a.code]! - answers[b.code]!)
        .map((indicator) => indicator.code);
      return { area: score.area, percent: score.percent, indicators: weak };
    });
}
