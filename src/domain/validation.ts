// Validation of everything a person types into a route, with zod. Every failure carries
// a code (text_empty, text_too_long, term_too_short, …) that maps to a localised message.
import { cleanText } from "./text.js";
import { z } from "zod";
import { addDays, addMonths, isLocalDate, type LocalDate } from "./time.js";
import { ValidationError, type ValidationIssue } from "./errors.js";
import { FORMS, LEVELS, PRODUCT_KINDS, RESOURCE_KINDS } from "./vocabulary.js";
import type { Route, Term } from "./route.js";

/** Lengths that keep every piece readable on a phone and every message under Telegram's 4096 characters. */
export const LIMITS = {
  title: 200,
  shortText: 300,
  longText: 1000,
  url: 500,
  tasks: 10,
  activitiesPerTask: 15,
  resourcesPerTask: 10,
  protocolNumber: 20,
} as const;

export const MIN_TERM_MONTHS = 6;
export const MAX_TERM_MONTHS = 36;

/** Our code travels as the zod message; limits come from the zod issue itself. */
function issue(code: string) {
  return { error: code };
}

const buildTextSchema = (max: number) =>
  z
    .string()
    .transform((text) => cleanText(text).trim().replace(/\s+\n/g, "\n"))
    .pipe(
      z
        .string()
        .min(1, issue("text_empty"))
        .max(max, issue("text_too_long")),
    );

const textSchemas = new Map<number, ReturnType<typeof buildTextSchema>>();

/** A cleaned, non-empty text of at most `max` characters. Built once per limit: every typed answer is checked with one. */
export function textSchema(max: number): ReturnType<typeof buildTextSchema> {
  let schema = textSchemas.get(max);
  if (!schema) textSchemas.set(max, (schema = buildTextSchema(max)));
  return schema;
}

export const dateSchema = z.string().refine(isLocalDate, issue("invalid_date"));

export const termSchema = z
  .object({ start: dateSchema, end: dateSchema })
  .superRefine((term, ctx) => {
    if (!isLocalDate(term.start) || !isLocalDate(term.end)) return;
    if (term.end <= term.start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "term_end_before_start" });
      // A term runs through its last day: 01.09–28.02 is six months.
    } else if (addDays(term.end, 1) < addMonths(term.start, MIN_TERM_MONTHS)) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "term_too_short", params: { months: MIN_TERM_MONTHS } });
    } else if (addDays(term.end, 1) > addMonths(term.start, MAX_TERM_MONTHS)) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "term_too_long", params: { months: MAX_TERM_MONTHS } });
    }
  });

/** Only web links: a javascript:, file: or data: link must never be stored and shown as a button. */
const urlSchema = z.url({ protocol: /^https?$/, ...issue("invalid_url") }).max(LIMITS.url, issue("text_too_long"));

export const resourceSchema = z.object({
  title: textSchema(LIMITS.shortText),
  kind: z.enum(RESOURCE_KINDS),
  form: z.enum(FORMS),
  level: z.enum(LEVELS),
  url: urlSchema.optional(),
  hours: z.number().int().min(0).max(2000).optional(),
});

export const activitySchema = z.object({
  event: textSchema(LIMITS.shortText),
  topic: textSchema(LIMITS.shortText),
  level: z.enum(LEVELS),
  date: dateSchema,
});

export const taskSchema = z.object({
  title: textSchema(LIMITS.shortText),
  resources: z.array(resourceSchema).max(LIMITS.resourcesPerTask, issue("too_many")),
  activities: z
    .array(activitySchema)
    .min(1, issue("task_no_activity"))
    .max(LIMITS.activitiesPerTask, issue("too_many")),
  deadline: dateSchema.optional(),
  expectedResult: z.string({ error: "task_no_expected_result" }).pipe(textSchema(LIMITS.longText)),
});

export const broadcastSchema = z.object({
  event: textSchema(LIMITS.shortText),
  topic: textSchema(LIMITS.shortText),
  date: dateSchema,
  product: textSchema(LIMITS.shortText).optional(),
});

export const productSchema = z.object({
  kind: z.enum(PRODUCT_KINDS),
  title: textSchema(LIMITS.shortText),
  link: urlSchema.optional(),
});

export const reflectionTextSchema = textSchema(LIMITS.longText);

const submissionSchema = z.object({
  title: textSchema(LIMITS.title),
  goal: z.string({ error: "route_no_goal" }).pipe(textSchema(LIMITS.longText)),
  term: termSchema,
  tasks: z
    .array(taskSchema)
    .min(1, issue("route_no_tasks"))
    .max(LIMITS.tasks, issue("too_many")),
  broadcasts: z.array(broadcastSchema),
});

export function toIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((zodIssue) => {
    const known = (KNOWN_CODES as readonly string[]).includes(zodIssue.message);
    const params = paramsOf(zodIssue);
    return {
      code: known ? zodIssue.message : fallbackCode(zodIssue),
      path: zodIssue.path.filter((p): p is string | number => typeof p !== "symbol"),
      ...(params ? { params } : {}),
    };
  });
}

function paramsOf(zodIssue: z.core.$ZodIssue): Record<string, string | number> | undefined {
  if (zodIssue.code === "too_big") return { max: Number(zodIssue.maximum) };
  if (zodIssue.code === "too_small") return { min: Number(zodIssue.minimum) };
  if (zodIssue.code === "custom" && zodIssue.params) return zodIssue.params as Record<string, string | number>;
  return undefined;
}

function fallbackCode(zodIssue: z.core.$ZodIssue): string {
  if (zodIssue.code === "invalid_type" && zodIssue.input === undefined) return "required";
  if (zodIssue.code === "invalid_value") return "invalid_choice";
  return "invalid";
}

function datesOutsideTerm(route: Route, term: Term): ValidationIssue[] {
  const outside = (date: LocalDate | undefined) => date !== undefined && (date < term.start || date > term.end);
  const issues: ValidationIssue[] = [];
  route.tasks.forEach((task, t) => {
    if (outside(task.deadline)) issues.push({ code: "date_outside_term", path: ["tasks", t, "deadline"] });
    task.activities.forEach((activity, a) => {
      if (outside(activity.date)) issues.push({ code: "date_outside_term", path: ["tasks", t, "activities", a, "date"] });
      if (task.deadline && isLocalDate(activity.date) && activity.date > task.deadline) {
        issues.push({ code: "activity_after_deadline", path: ["tasks", t, "activities", a, "date"] });
      }
    });
  });
  route.broadcasts.forEach((point, b) => {
    if (outside(point.date)) issues.push({ code: "date_outside_term", path: ["broadcasts", b, "date"] });
  });
  return issues;
}

/** Everything wrong with a route that keeps it from being submitted; empty when it is ready. */
export function submissionIssues(route: Route): ValidationIssue[] {
  const parsed = submissionSchema.safeParse(route);
  const issues = parsed.success ? [] : toIssues(parsed.error);
  const term = termSchema.safeParse(route.term);
  if (term.success && route.term) issues.push(...datesOutsideTerm(route, route.term));
  return issues;
}

export function assertSubmittable(route: Route): void {
  const issues = submissionIssues(route);
  if (issues.length) throw new ValidationError(issues);
}

/** Parses one field typed by a person; returns the cleaned value or the issue to show. */
export function parseField<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; issue: ValidationIssue } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issue: toIssues(parsed.error)[0]! };
}

/** A date that must lie inside the term. */
export function checkDateInTerm(date: LocalDate, term: Term | undefined): ValidationIssue | undefined {
  if (!term) return undefined;
  if (date < term.start || date > term.end) return { code: "date_outside_term", path: [], params: { start: term.start, end: term.end } };
  return undefined;
}

export const KNOWN_CODES = [
  "text_empty",
  "text_too_long",
  "invalid_date",
  "invalid_url",
  "invalid_choice",
  "required",
  "invalid",
  "too_many",
  "term_end_before_start",
  "term_too_short",
  "term_too_long",
  "date_outside_term",
  "activity_after_deadline",
  "task_no_activity",
  "task_no_expected_result",
  "route_no_goal",
  "route_no_tasks",
  "catalog_bad_code",
  "catalog_bad_kind",
  "catalog_bad_form",
  "catalog_bad_level",
  "catalog_bad_area",
] as const;
