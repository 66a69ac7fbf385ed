// The competence framework is versioned data (data/framework-*.json): labour functions of
// the professional standard «Педагог», competence areas and self-diagnosis indicators.
import frameworkV1 from "./data/framework-v1.json" with { type: "json" };

export type Locale = "ru" | "en";
export type Localized = Record<Locale, string>;

export interface Indicator {
  code: string;
  text: Localized;
}

export interface CompetenceArea {
  code: string;
  name: Localized;
  labourFunctions: string[];
  draft: { goal: Localized; task: Localized; expectedResult: Localized; broadcast: Localized };
  indicators: Indicator[];
}

export interface Framework {
  version: string;
  title: Localized;
  /** The goal of an automatic draft; `{areas}` is replaced with the areas' goal phrases. */
  draftGoal: Localized;
  conjunction: Localized;
  scale: { value: number; label: Localized }[];
  labourFunctions: { code: string; name: Localized }[];
  areas: CompetenceArea[];
}

export const SCALE_MIN = 0;
export const SCALE_MAX = 3;

const frameworks: Framework[] = [frameworkV1 as Framework];

export const currentFramework: Framework = frameworks[frameworks.length - 1]!;

export function frameworkByVersion(version: string): Framework | undefined {
  return frameworks.find((framework) => framework.version === version);
}

export function allIndicators(framework: Framework): (Indicator & { area: string })[] {
  return framework.areas.flatMap((area) => area.indicators.map((indicator) => ({ ...indicator, area: area.code })));
}

export function areaOf(framework: Framework, code: string): CompetenceArea | undefined {
  return framework.areas.find((area) => area.code === code);
}

export function indicatorOf(framework: Framework, code: string): (Indicator & { area: string }) | undefined {
  return allIndicators(framework).find((indicator) => indicator.code === code);
}
