// Local dates (YYYY-MM-DD) are stored as midnight UTC.
import type { LocalDate } from "../domain/time.js";

export function toDbDate(date: LocalDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}

export function optionalDate(date: LocalDate | undefined): Date | null {
  return date ? toDbDate(date) : null;
}

export function iso(date: Date | null | undefined): string | undefined {
  return date ? date.toISOString() : undefined;
}

/** Drops undefined and null fields, so optional properties stay absent under exactOptionalPropertyTypes. */
export function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], null | undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as never;
}
