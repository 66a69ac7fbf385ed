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

export interface WorkbookOptions {
  progress: Progress;
  /** Area code → its name, for the teachers' deficits. */
  areaName: (code: string) => string;
}

/**
 * The monitoring workbook: the schools side by side, a sheet per indicator of 000 §2.4 with its
 * wording, and a row per teacher (route, status, approval date, goal, deficits, activities).
 */
export async function monitoringXlsx(raw: DistrictIndicators, facts: MonitoringFacts, t: Translate, options: WorkbookOptions): Promise<Buffer> {
  // Names stored before control characters were refused must not break the spreadsheet's XML.
  const indicators = cleanDeep(raw);
  const workbook = new (ExcelJS().Workbook)();
  workbook.creator = "iom-bot";
  schoolsSheet(workbook, indicators, t);
  indicatorSheets(workbook, indicators, t);
  teachersSheet(workbook, cleanDeep(facts), t, options);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet with a bold header row that stays in view and filters on every column. */
function sheet(workbook: Workbook, name: string, columns: { header: string; width: number }[]): Worksheet {
  const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns;
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return worksheet;
}

function yesNoOf(t: Translate) {
  return (value: boolean | undefined) => (value === undefined ? "—" : t(value ? "xlsx-yes" : "xlsx-no"));
}

function schoolsSheet(workbook: Workbook, indicators: DistrictIndicators, t: Translate): void {
  const yesNo = yesNoOf(t);
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
    { header: t("xlsx-completion"), width: 16 },
    { header: t("xlsx-overdue"), width: 14 },
  ]);
  for (const s of indicators.schools) {
    schools.addRow([
      s.name,
      s.staff ?? "—",
      s.teachers,
      s.teachersWithRoute,
      s.shareWithRoute ?? "—",
      s.recommendations,
      s.recommendationsDone,
      yesNo(s.hasCpdRegulation),
      yesNo(s.monitoringInVsoko),
      yesNo(s.jobDescriptionsUpdated),
      s.completion,
      s.activitiesOverdue,
    ]);
  }
}

/** One sheet per indicator of 000 §2.4, its wording in the header, a row per school and the district's total. */
function indicatorSheets(workbook: Workbook, indicators: DistrictIndicators, t: Translate): void {
  const yesNo = yesNoOf(t);
  const total = t("xlsx-total-row");
  const share = sheet(workbook, "2.4.1", [
    { header: t("xlsx-school"), width: 36 },
    { header: t("xlsx-staff"), width: 16 },
    { header: t("xlsx-with-route"), width: 20 },
    { header: t("xlsx-share"), width: 22 },
  ]);
  for (const s of indicators.schools) share.addRow([s.name, s.staff ?? "—", s.teachersWithRoute, s.shareWithRoute ?? "—"]);
  share.addRow([total, indicators.total.staff ?? "—", indicators.total.teachersWithRoute, indicators.total.shareWithRoute ?? "—"]);
  const factSheet = (name: string, field: "hasCpdRegulation" | "monitoringInVsoko" | "jobDescriptionsUpdated", header: string) => {
    const ws = sheet(workbook, name, [{ header: t("xlsx-school"), width: 36 }, { header, width: 40 }]);
    for (const s of indicators.schools) ws.addRow([s.name, yesNo(s[field])]);
    ws.addRow([total, indicators.schools.filter((s) => s[field] === true).length]);
  };
  factSheet("2.4.2", "hasCpdRegulation", t("xlsx-regulation"));
  factSheet("2.4.3", "monitoringInVsoko", t("xlsx-vsoko"));
  const recommendations = sheet(workbook, "2.4.4", [
    { header: t("xlsx-school"), width: 36 },
    { header: t("xlsx-recommendations"), width: 22 },
    { header: t("xlsx-recommendations-done"), width: 22 },
  ]);
  for (const s of indicators.schools) recommendations.addRow([s.name, s.recommendations, s.recommendationsDone]);
  recommendations.addRow([total, indicators.total.recommendations, indicators.total.recommendationsDone]);
  factSheet("2.4.5", "jobDescriptionsUpdated", t("xlsx-job-descriptions"));
}

function teachersSheet(workbook: Workbook, facts: MonitoringFacts, t: Translate, options: WorkbookOptions): void {
  const teachers = sheet(workbook, t("xlsx-sheet-teachers"), [
    { header: t("xlsx-school"), width: 36 },
    { header: t("xlsx-teacher"), width: 30 },
    { header: t("xlsx-route"), width: 30 },
    { header: t("xlsx-status"), width: 18 },
    { header: t("xlsx-done"), width: 12 },
    { header: t("xlsx-total"), width: 12 },
    { header: t("xlsx-overdue"), width: 12 },
    { header: t("xlsx-done-share"), width: 16 },
    { header: t("xlsx-approved-on"), width: 14 },
    { header: t("xlsx-goal"), width: 50 },
    { header: t("xlsx-deficits"), width: 40 },
  ]);
  const schoolName = new Map(facts.schools.map((s) => [s.schoolId, s.name]));
  for (const teacher of facts.teachers) {
    const routes = facts.routes.filter((r) => r.teacherId === teacher.userId && r.status !== "archived");
    const route = routes.sort((a, b) => b.routeId - a.routeId)[0];
    const p = route ? options.progress(route.routeId) : { done: 0, total: 0, overdue: 0 };
    teachers.addRow([
      schoolName.get(teacher.schoolId) ?? "",
      teacher.name || t("person-unnamed"),
      route?.title ?? "—",
      route ? t(`status-${route.status}`) : t("xlsx-no-route"),
      p.done,
      p.total,
      p.overdue,
      p.total ? Math.round((p.done / p.total) * 1000) / 10 : 0,
      route?.approvedAt ? route.approvedAt.slice(0, 10).split("-").reverse().join(".") : "—",
      route?.goal ?? "—",
      (teacher.deficitAreas ?? []).map(options.areaName).join("; ") || "—",
    ]);
  }
}
