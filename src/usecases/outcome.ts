// What a use case answers: what it did, or why it did not (in words the bot translates).
import type { ValidationIssue } from "../domain/errors.js";
import type { Action, Refusal as PermissionRefusal } from "../domain/permissions.js";

export type Refusal =
  | { reason: PermissionRefusal; action: Action }
  | { reason: "not_found" }
  | { reason: "not_ready"; issues: ValidationIssue[] }
  | { reason: "already_decided"; deciderId: number | null; decision: "approve" | "return" }
  | { reason: "changed_meanwhile" }
  | { reason: "nothing_to_submit" }
  | { reason: "awaiting_decision" }
  | { reason: "already_recorded" }
  | { reason: "already_marked" };

export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refused = <T = never>(refusal: Refusal): Outcome<T> => ({ ok: false, refusal });
