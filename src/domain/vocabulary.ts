// The closed lists of the process, as codes. Their labels live in locales/*.ftl.

export const LEVELS = ["school", "municipal", "regional", "federal"] as const;
export type Level = (typeof LEVELS)[number];

/** Формальное, неформальное, информальное образование (002 §1.2). */
export const FORMS = ["formal", "non_formal", "informal"] as const;
export type EducationForm = (typeof FORMS)[number];

export const RESOURCE_KINDS = [
  "course",
  "retraining",
  "webinar",
  "seminar",
  "master_class",
  "internship",
  "conference",
  "competition",
  "mentoring",
  "consultation",
  "community",
  "peer_learning",
  "self_study",
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Kinds that end with a certificate and call for a correction interview (000 §3.2.7). */
export const COURSE_KINDS: readonly ResourceKind[] = ["course", "retraining"];
/** The kinds offered for an activity the teacher types in herself (the rest are in the catalogue). */
export const OWN_ACTIVITY_KINDS: readonly ResourceKind[] = ["course", "webinar", "seminar", "master_class", "conference", "internship", "peer_learning", "self_study"];

/** Products of a route (002 §3.3.3). */
export const PRODUCT_KINDS = [
  "lesson_series",
  "methodical_materials",
  "didactic_materials",
  "portfolio",
  "creative_report",
  "pedagogical_project",
  "talk",
  "open_lesson",
  "publication",
  "website",
  "innovation_report",
  "experience_presentation",
] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export const QUALIFICATION_CATEGORIES = ["none", "compliance", "first", "highest", "methodist", "mentor"] as const;
export type QualificationCategory = (typeof QUALIFICATION_CATEGORIES)[number];

export const EDUCATION_LEVELS = ["higher_pedagogical", "higher_other", "secondary_pedagogical", "secondary_other"] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
