// The resource catalogue (courses, webinars, seminars, master classes, internships,
// mentoring, communities, self-study) that a methodist can import and export as CSV.
import { z } from "zod";
import starter from "./data/starter-catalog.json" with { type: "json" };
import matching from "./data/catalog-matching.json" with { type: "json" };
import { FORMS, LEVELS, RESOURCE_KINDS, type EducationForm, type Level, type ResourceKind } from "./vocabulary.js";
import { currentFramework } from "./framework.js";
import type { ValidationIssue } from "./errors.js";
import { toIssues } from "./validation.js";

export interface CatalogEntry {
  id?: number;
  code: string;
  title: string;
  kind: ResourceKind;
  form: EducationForm;
  level: Level;
  areas: string[];
  hours?: number;
  url?: string;
  provider?: string;
  active?: boolean;
}

const areaCodes = currentFramework.areas.map((area) => area.code) as [string, ...string[]];

export const catalogEntrySchema = z.object({
  code: z.string().trim().regex(/^[a-z0-9][a-z0-9_-]{1,63}$/i, { error: "catalog_bad_code" }),
  title: z.string().trim().min(3, { error: "text_empty" }).max(300, { error: "text_too_long" }),
  kind: z.enum(RESOURCE_KINDS, { error: "catalog_bad_kind" }),
  form: z.enum(FORMS, { error: "catalog_bad_form" }),
  level: z.enum(LEVELS, { error: "catalog_bad_level" }),
  areas: z
    .array(z.enum(areaCodes, { error: "catalog_bad_area" }))
    .min(1, { error: "catalog_bad_area" }),
  hours: z.number().int().min(0).max(2000).optional(),
  url: z.url({ protocol: /^https?$/, error: "invalid_url" }).optional(),
  provider: z.string().trim().max(200).optional(),
});

export function starterCatalog(): CatalogEntry[] {
  return (starter as Array<Record<string, unknown>>).map((raw) => {
    const parsed = catalogEntrySchema.parse({
      ...raw,
      hours: raw.hours ?? undefined,
      url: raw.url ?? undefined,
      provider: raw.provider ?? undefined,
    });
    return parsed as CatalogEntry;
  });
}

const LEVEL_ORDER: Record<Level, number> = { school: 0, municipal: 1, regional: 2, federal: 3 };

/** Stems too common in statements and titles to tell one resource from another (Russian data, kept with the catalogue's). */
const COMMON_STEMS = new Set(matching.commonStems);

/** The words of a text cut to their first five letters: enough to match «оценивания» with «оценивание». */
export function stemsOf(text: string): Set<string> {
  // "ё" and "е" (U+0451, U+0435) are the same letter here.
  const words = text.toLowerCase().replace(/\u0451/g, "\u0435").split(/[^\p{L}\p{N}]+/u);
  return new Set(words.filter((word) => word.length >= 3).map((word) => word.slice(0, 5)).filter((stem) => !COMMON_STEMS.has(stem)));
}

/** How well an entry's title answers the statements, the first of them counting most. */
function relevance(entry: CatalogEntry, about: Set<string>[]): number {
  const title = stemsOf(entry.title);
  return about.reduce((score, stems, index) => score + (about.length - index) * [...stems].filter((stem) => title.has(stem)).length, 0);
}

/**
 * Entries that address `area`: first the one whose title best answers `about` (the weakest
 * indicators' statements, weakest first), then a mix of forms — a formal course, then
 * non-formal and informal ones — each time the most relevant, at the preferred levels first.
 */
export function matchResources(
  catalog: CatalogEntry[],
  area: string,
  options: { levels?: Level[]; limit?: number; about?: string[] } = {},
): CatalogEntry[] {
  const levels = options.levels ?? ["school", "municipal", "regional", "federal"];
  const rank = (entry: CatalogEntry) => {
    const levelRank = levels.indexOf(entry.level);
    return levelRank === -1 ? levels.length + LEVEL_ORDER[entry.level] : levelRank;
  };
  const about = (options.about ?? []).map(stemsOf);
  const ranked = catalog
    .filter((entry) => entry.active !== false && entry.areas.includes(area))
    .map((entry) => ({ entry, score: relevance(entry, about) }))
    .sort((a, b) => b.score - a.score || rank(a.entry) - rank(b.entry) || a.entry.code.localeCompare(b.entry.code));
  const candidates = ranked.map((c) => c.entry);
  const picked: CatalogEntry[] = [];
  if (ranked[0] && ranked[0].score > 0) picked.push(ranked[0].entry);
  for (const form of FORMS) {
    if (picked.some((entry) => entry.form === form)) continue;
    const first = candidates.find((entry) => entry.form === form);
    if (first) picked.push(first);
  }
  for (const entry of candidates) if (!picked.includes(entry)) picked.push(entry);
  return picked.slice(0, options.limit ?? 3);
}

/** Entries whose title or provider has every word (case and ё aside). */
export function searchCatalog(catalog: CatalogEntry[], words: string): CatalogEntry[] {
  // "ё" and "е" (U+0451, U+0435) are the same letter to a searcher.
  const norm = (text: string) => text.toLowerCase().replace(/\u0451/g, "\u0435");
  const wanted = norm(words).split(/\s+/).filter((w) => w.length > 1);
  return catalog.filter((entry) => wanted.every((w) => norm(`${entry.title} ${entry.provider ?? ""}`).includes(w)));
}

export function filterCatalog(catalog: CatalogEntry[], filter: { area?: string; level?: Level; form?: EducationForm }): CatalogEntry[] {
  return catalog.filter(
    (entry) =>
      entry.active !== false &&
      (!filter.area || entry.areas.includes(filter.area)) &&
      (!filter.level || entry.level === filter.level) &&
      (!filter.form || entry.form === filter.form),
  );
}

// ---- rows of a spreadsheet (the bot turns them into a file and back) ----

export const CSV_COLUMNS = ["code", "title", "kind", "form", "level", "areas", "hours", "url", "provider"] as const;
export type CatalogColumn = (typeof CSV_COLUMNS)[number];

/** A spreadsheet runs a cell that starts with one of these as a formula: such cells get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCell(raw: string): string {
  return FORMULA_START.test(raw) ? `'${raw}` : raw;
}

/** The catalogue as rows under CSV_COLUMNS, with codes (the bot may put names in their place). */
export function catalogToRows(catalog: CatalogEntry[]): string[][] {
  return catalog.map((entry) => [entry.code, entry.title, entry.kind, entry.form, entry.level, entry.areas.join("|"), entry.hours?.toString() ?? "", entry.url ?? "", entry.provider ?? ""].map(safeCell));
}

export interface CatalogImport {
  entries: CatalogEntry[];
  /** `path[0]` is the 1-based line of the file. */
  errors: ValidationIssue[];
}

/** Entries from rows whose first row names the columns (CSV_COLUMNS); each bad row is reported by its line. */
export function catalogFromRows(rows: string[][]): CatalogImport {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((column) => ["code", "title", "kind", "form", "level", "areas"].includes(column) && !header.includes(column));
  if (missing.length) return { entries: [], errors: [{ code: "catalog_bad_header", path: [1], params: { columns: missing.join(", ") } }] };
  const entries: CatalogEntry[] = [];
  const errors: ValidationIssue[] = [];
  const seen = new Set<string>();
  rows.slice(1).forEach((cells, index) => {
    const line = index + 2;
    const get = (column: string) => (cells[header.indexOf(column)] ?? "").trim();
    const hours = get("hours");
    const candidate = {
      code: get("code"),
      title: get("title"),
      kind: get("kind"),
      form: get("form"),
      level: get("level"),
      areas: get("areas").split(/[|;]/).map((a) => a.trim()).filter(Boolean),
      hours: hours === "" ? undefined : Number(hours),
      url: get("url") || undefined,
      provider: get("provider") || undefined,
    };
    const parsed = catalogEntrySchema.safeParse(candidate);
    if (!parsed.success) {
      const first = toIssues(parsed.error)[0]!;
      errors.push({ code: first.code, path: [line, String(first.path[0] ?? "")] });
      return;
    }
    if (seen.has(parsed.data.code)) {
      errors.push({ code: "catalog_duplicate_code", path: [line, "code"] });
      return;
    }
    seen.add(parsed.data.code);
    entries.push(parsed.data as CatalogEntry);
  });
  return { entries, errors };
}
