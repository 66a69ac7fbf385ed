// The district's workbook of a region (30 000 teachers, a thousand schools) is written within the
// heap the bot may run with: rows go to the file as they are made, not held as a whole workbook.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

describe("the monitoring workbook of a region", () => {
  it("has a row for each of 30 000 teachers, written by a process whose heap is capped at 160 MB", async () => {
    const dir = mkdtempSync(join(tmpdir(), "iom-region-"));
    try {
      const output = join(dir, "region.xlsx");
      execFileSync(process.execPath, ["--max-old-space-size=160", "--import", "tsx", "tests/helpers/region-workbook.ts", "30000", output], { stdio: "inherit" });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(output) as unknown as ArrayBuffer);
      const teachers = workbook.getWorksheet("xlsx-sheet-teachers")!;
      expect(teachers.rowCount).toBe(30_001);
      expect(teachers.getRow(30_001).values).toEqual([undefined, "МБОУ СОШ № 1000", "Иванова Мария Петровна 30000", "ИОМ учителя математики 2026–2027", "status-active", 2, 6, 0, 33.3, "20.09.2026", "Освоение формирующего оценивания на уроках математики в 5–9 классах", "A; B"]);
      expect(workbook.getWorksheet("xlsx-sheet-schools")!.rowCount).toBe(1001);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
