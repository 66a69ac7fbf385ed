// The resource catalogue as a spreadsheet in Russian: columns and values by their names (вид
// «КПК», форма «формальное образование», уровень «региональный», области by name), and read back
// from the same file — or from one with the codes, as before.
import { CSV_COLUMNS, catalogFromRows, catalogToRows, type CatalogEntry, type CatalogImport } from "../../domain/catalog.js";
import { currentFramework } from "../../domain/framework.js";
import { FORMS, LEVELS, RESOURCE_KINDS } from "../../domain/vocabulary.js";
import { readCsv, writeCsv } from "./csv.js";

export type Translate = (key: string) => string;
type Locale = "ru" | "en";

/** name (lower case) → code, for each coded column, in the person's language. */
function vocabulary(t: Translate, locale: Locale) {
  const named = (codes: readonly string[], prefix: string) => new Map(codes.map((code) => [t(`${prefix}-${code}`).toLowerCase(), code]));
  return {
    kind: named(RESOURCE_KINDS, "kind"),
    form: named(FORMS, "form"),
    level: named(LEVELS, "level"),
    areas: new Map(currentFramework.areas.map((a) => [a.name[locale].toLowerCase(), a.code])),
  };
}

export function catalogCsv(catalog: CatalogEntry[], t: Translate, locale: Locale): Buffer {
  const areaName = new Map(currentFramework.areas.map((a) => [a.code, a.name[locale]]));
  const rows = catalogToRows(catalog).map((row) => {
    const [code, title, kind, form, level, areas, ...rest] = row as [string, string, string, string, string, string, ...string[]];
    const names = areas.split("|").map((a) => areaName.get(a) ?? a).join("; ");
    return [code, title, t(`kind-${kind}`), t(`form-${form}`), t(`level-${level}`), names, ...rest];
  });
  return writeCsv([CSV_COLUMNS.map((column) => t(`csv-column-${column}`)), ...rows]);
}

/** Entries from a file with Russian (or English) headers and names, or with codes. */
export function catalogFromFile(text: string, t: Translate, locale: Locale): CatalogImport {
  const rows = readCsv(text);
  const byName = new Map(CSV_COLUMNS.map((column) => [t(`csv-column-${column}`).toLowerCase(), column]));
  const header = (rows[0] ?? []).map((cell) => byName.get(cell.trim().toLowerCase()) ?? cell.trim().toLowerCase());
  const words = vocabulary(t, locale);
  const code = (map: Map<string, string>, value: string) => map.get(value.trim().toLowerCase()) ?? value.trim();
  const body = rows.slice(1).map((row) =>
    row.map((cell, i) => {
      const column = header[i];
      if (column === "kind" || column === "form" || column === "level") return code(words[column], cell);
      if (column === "areas") return cell.split(/[|;]/).map((a) => code(words.areas, a)).filter(Boolean).join("|");
      return cell;
    }),
  );
  return catalogFromRows([header, ...body]);
}
