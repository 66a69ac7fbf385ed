// School and district monitoring as a spreadsheet: indicators per school and one row per teacher.
import { createRequire } from "node:module";
import { PassThrough } from "node:stream";
import type ExcelJSModule from "exceljs";

// Loaded on the first workbook, not at start-up.
const require = createRequire(import.meta.url);
let excel: typeof ExcelJSModule | undefined;
const ExcelJS = () => (excel ??= require("exceljs") as typeof ExcelJSModule);
import type { DistrictIndicators } from "../../domain/indicators.js";
import type { MonitoringFacts } from "../../data/index.js";
import type { Translate } from "./route-docx.js";
import { cleanDeep } from "../../domain/text.js";

type Workbook = InstanceType<typeof ExcelJSModule.stream.xlsx.WorkbookWriter>;
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
  // Written as a stream, a row at a time: a region's tens of thousands of teachers never sit in
  // memory as a whole workbook (≈ 500 MB for 30 000 rows otherwise), only as the compressed file.
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new (ExcelJS().stream.xlsx.WorkbookWriter)({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "iom-bot";
  schoolsSheet(workbook, indicators, t);
  indicatorSheets(workbook, indicators, t);
  teachersSheet(workbook, cleanDeep(facts), t, options);
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** Adds a row and lets it go to the stream. */
function put(worksheet: Worksheet, values: unknown[]): void {
  worksheet.addRow(values).commit();
}

/** The sheet being written: the file's parts are written one after another, so it is finished before the next begins. */
const openSheet = new WeakMap<Workbook, Worksheet>();

/** A sheet with a bold header row that stays in view and filters on every column. */
function sheet(workbook: Workbook, name: string, columns: { header: string; width: number }[]): Worksheet {
  openSheet.get(workbook)?.commit();
  const worksheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.columns = columns;
  worksheet.getRow(1).font = { bold: true };
  worksheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  worksheet.getRow(1).commit();
  openSheet.set(workbook, worksheet);
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
    put(schools, [
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
  for (const s of indicators.schools) put(share, [s.name, s.staff ?? "—", s.teachersWithRoute, s.shareWithRoute ?? "—"]);
  put(share, [total, indicators.total.staff ?? "—", indicators.total.teachersWithRoute, indicators.total.shareWithRoute ?? "—"]);
  const factSheet = (name: string, field: "hasCpdRegulation" | "monitoringInVsoko" | "jobDescriptionsUpdated", header: string) => {
    const ws = sheet(workbook, name, [{ header: t("xlsx-school"), width: 36 }, { header, width: 40 }]);
    for (const s of indicators.schools) put(ws, [s.name, yesNo(s[field])]);
    put(ws, [total, indicators.schools.filter((s) => s[field] === true).length]);
  };
  factSheet("2.4.2", "hasCpdRegulation", t("xlsx-regulation"));
  factSheet("2.4.3", "monitoringInVsoko", t("xlsx-vsoko"));
  const recommendations = sheet(workbook, "2.4.4", [
    { header: t("xlsx-school"), width: 36 },
    { header: t("xlsx-recommendations"), width: 22 },
    { header: t("xlsx-recommendations-done"), width: 22 },
  ]);
  for (const s of indicators.schools) put(recommendations, [s.name, s.recommendations, s.recommendationsDone]);
  put(recommendations, [total, indicators.total.recommendations, indicators.total.recommendationsDone]);
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
  // The teacher's latest route not archived; grouped once (a region has tens of thousands of each).
  const latestRoute = new Map<number, MonitoringFacts["routes"][number]>();
  for (const route of facts.routes) {
    const kept = latestRoute.get(route.teacherId);
    if (route.status !== "archived" && (!kept || route.routeId > kept.routeId)) latestRoute.set(route.teacherId, route);
  }
  for (const teacher of facts.teachers) {
    const route = latestRoute.get(teacher.userId);
    const p = route ? options.progress(route.routeId) : { done: 0, total: 0, overdue: 0 };
    put(teachers, [
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
