// Spreadsheet files people open in Excel: CSV with a semicolon and a UTF-8 BOM (what Russian Excel
// opens as columns), read back with either separator; parsing and quoting by csv-parse/stringify.
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/** The separator of a file: whichever of `;` and `,` its first line has more of (Russian Excel saves `;`). */
function separatorOf(text: string): ";" | "," {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

/** Rows of a CSV file (its BOM dropped, `,` or `;` recognised, blank lines skipped); malformed quoting gives no rows. */
export function readCsv(text: string): string[][] {
  try {
    const rows = parse(text, { bom: true, delimiter: separatorOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
    return rows.filter((row) => row.some((cell) => cell.trim() !== ""));
  } catch {
    // Quoting broken beyond repair: no rows, and the person is told the file has nothing usable.
    return [];
  }
}

export function writeCsv(rows: string[][]): Buffer {
  return Buffer.from(stringify(rows, { delimiter: ";", bom: true, record_delimiter: "\r\n" }), "utf8");
}
