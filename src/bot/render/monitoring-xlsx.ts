// School and district monitoring as a spreadsheet: indicators per school and one row per teacher.
import { createRequire } from "node:module";
import type ExcelJSModule from "exceljs";

// Loaded on the first workbook, not at start-up.
const require = createRequire(import.meta.url);
let excel: typeof ExcelJSModule | undefined;
const ExcelJS = () => (excel ??= require("exceljs") as typeof ExcelJSModule);
import type { DistrictIndicators } from "../../domain/indicators.js";
import type { MonitoringFacts } from "../../data/index.js";
import type { Translate } from "./route-docx.js";
import { cleanDeep } from "../../domain/text.js";

type Workbook = InstanceType<typeof ExcelJSModule.Workbook>;
type Worksheet = ReturnType<Workbook["addWorksheet"]>;
type Progress = (routeId: number) => { done: number; total: number; overdue: number };

export async function monitoringXlsx(raw: DistrictIndicators, facts: MonitoringFacts, t: Translate, progress: Progress): Promise<Buffer> {
  // Names stored before control characters were refused must not break the spreadsheet's XML.
  const indicators = cleanDeep(raw);
  const workbook = new (ExcelJS().Workbook)();
  workbook.creator = "iom-bot";
  schoolsSheet(workbook, indicators, t);
  teachersSheet(workbook, cleanDeep(facts), t, progress);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet with a bold header row that stays in view and filters on every column. */
function sheet(workbook: Workbook, name: string, columns: { header: string; width: number }[]): Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns;
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return worksheet;
}

function schoolsSheet(workbook: Workbook, indicators: DistrictIndicators, t: Translate): void {
  const yesNo = (value: boolean | undefined) => (value === undefined ? "—" : t(value ? "xlsx-yes" : "xlsx-no"));
  const schools = sheet(workbook, t("xlsx-sheet-schools"), [
    { header: t("xlsx-school"), width: 36 },
    { header: t("xlsx-staff"), width: 14 },
    { header: t("xlsx-teachers"), width: 14 },
    { header: t("xlsx-with-route"), width: 16 },
    { header: t("xlsx-share"), width: 14 },
    { header: t("xlsx-recommendations"), width: 16 },
    { header: t("xlsx-recommendations-done"), width: 16 },
    { header: t("xlsx-regulation"), width: 18 },
    { header: t("xlsx-vsoko"), width: 18 },
    { header: t("xlsx-job-descriptions"), width: 18 },
    { header: t("xlsx-completion"), width: 14 },
    { header: t("xlsx-overdue"), width: 14 },
  ]);
  for (const s of indicators.schools) {
    schools.addRow([s.name, s.staff ?? "—", s.teachers, s.teachersWithRoute, s.shareWithRoute ?? "—", s.recommendations, s.recommendationsDone, yesNo(s.hasCpdRegulation), yesNo(s.monitoringInVsoko), yesNo(s.jobDescriptionsUpdated), s.completion, s.activitiesOverdue]);
  }
}

function teachersSheet(workbook: Workbook, facts: MonitoringFacts, t: Translate, progress: Progress): void {
  const teachers = sheet(workbook, t("xlsx-sheet-teachers"), [
    { header: t("xlsx-school"), width: 36 },
    { header: t("xlsx-teacher"), width: 30 },
    { header: t("xlsx-route"), width: 30 },
    { header: t("xlsx-status"), width: 18 },
    { header: t("xlsx-done"), width: 12 },
    { header: t("xlsx-total"), width: 12 },
    { header: t("xlsx-overdue"), width: 12 },
  ]);
  const schoolName = new Map(facts.schools.map((s) => [s.schoolId, s.name]));
  for (const teacher of facts.teachers) {
    const routes = facts.routes.filter((r) => r.teacherId === teacher.userId && r.status !== "archived");
    const route = routes.sort((a, b) => b.routeId - a.routeId)[0];
    const p = route ? progress(route.routeId) : { done: 0, total: 0, overdue: 0 };
    teachers.addRow([schoolName.get(teacher.schoolId) ?? "", teacher.name || t("person-unnamed"), route?.title ?? "—", route ? t(`status-${route.status}`) : t("xlsx-no-route"), p.done, p.total, p.overdue]);
  }
}
