// Small text helpers for screens: a validation issue in words, a label shortened for a button.
import type { BotContext } from "./context.js";
import type { ValidationIssue } from "../domain/errors.js";
import { formatDate, isLocalDate } from "../domain/time.js";

/** The localised text of a validation issue. */
export function issueText(ctx: Pick<BotContext, "t">, issue: ValidationIssue): string {
  const params = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([key, value]) => [key, typeof value === "string" && isLocalDate(value) ? formatDate(value) : (value as string | number)]),
  );
  return ctx.t(`issue-${issue.code.replace(/_/g, "-")}`, params);
}

export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
