// The route as a Word document laid out as 002 §4.1: title, term, educational history,
// diagnostic results with the chart, goal and tasks as a table with resources and activities,
// broadcasting experience, products and reflection.
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Route } from "../../domain/route.js";
import { formatDate } from "../../domain/time.js";
import { cleanDeep, cleanText } from "../../domain/text.js";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface RouteDocumentInput {
  route: Route;
  t: Translate;
  school: string;
  teacher: string;
  /** Area code → localised name. */
  areaName: (code: string) => string;
  /** A number as the reader writes it (46,7 in Russian). */
  decimal: (value: number) => string;
  historyLines: string[];
  chartPng?: Buffer;
  /** The review and approval lines, as they are to be printed. */
  approvalLines?: string[];
  /** Comments and recommendations, one line each. */
  commentLines?: string[];
  /** Interviews on correcting the route, one line each. */
  interviewLines?: string[];
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
/** A paragraph per line: a text with line breaks (the half-year answers task by task) is not run together. */
const paras = (text: string) => text.split("\n").map((line) => new Paragraph({ children: [new TextRun(line)] }));
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (text: string, bold = false) =>
  new TableCell({ children: text.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })) });
const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });

type Block = Paragraph | Table;
type Input = RouteDocumentInput & { t: Translate };

export async function routeDocx(raw: RouteDocumentInput): Promise<Buffer> {
  // Whatever was stored before control characters were refused must not break the document's XML.
  const t: Translate = (key, params) => cleanText(raw.t(key, params));
  const input: Input = { ...raw, t, route: cleanDeep(raw.route), school: cleanText(raw.school), teacher: cleanText(raw.teacher), historyLines: raw.historyLines.map(cleanText) };
  const children = [...approvalBlocks(input), ...headerBlocks(input), ...diagnosisBlocks(input), ...planBlocks(input), ...outcomeBlocks(input), ...reflectionBlocks(input), ...interviewBlocks(input), ...commentBlocks(input)];
  const document = new Document({ creator: "iom-bot", title: input.route.title, styles: { default: { document: { run: { font: "Times New Roman", size: 24 } } } }, sections: [{ children }] });
  return Packer.toBuffer(document);
}

/** The approval block at the top right, as such documents carry it. */
function approvalBlocks({ approvalLines }: Input): Block[] {
  if (!approvalLines?.length) return [];
  return approvalLines.map((line) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(cleanText(line))] }));
}

function interviewBlocks({ interviewLines, t }: Input): Block[] {
  if (!interviewLines?.length) return [];
  return [heading(t("doc-interviews")), ...interviewLines.map((line) => para(cleanText(line)))];
}

function commentBlocks({ commentLines, t }: Input): Block[] {
  if (!commentLines?.length) return [];
  return [heading(t("doc-comments")), ...commentLines.map((line) => para(cleanText(line)))];
}

function headerBlocks({ route, t, teacher, school, historyLines }: Input): Block[] {
  const term = route.term ? `${formatDate(route.term.start)} – ${formatDate(route.term.end)}` : "—";
  return [
    new Paragraph({ text: t("doc-title"), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: route.title, alignment: AlignmentType.CENTER }),
    para(`${t("doc-teacher")}: ${teacher}`),
    para(`${t("doc-school")}: ${school}`),
    para(`${t("doc-term")}: ${term}`),
    ...(route.theme ? [para(`${t("doc-theme")}: ${route.theme}`)] : []),
    para(`${t("doc-status")}: ${t(`status-${route.status}`)}`),
    heading(t("doc-history")),
    ...historyLines.map(para),
  ];
}

function diagnosisBlocks({ route, t, chartPng, areaName, decimal }: Input): Block[] {
  const blocks: Block[] = [heading(t("doc-diagnostics"))];
  if (chartPng) blocks.push(new Paragraph({ children: [new ImageRun({ type: "png", data: chartPng, transformation: { width: 600, height: Math.round(600 * 0.55) } })] }));
  if (route.profile?.areas.length) blocks.push(table([t("doc-area"), t("doc-percent")], route.profile.areas.map((a) => [areaName(a.area), decimal(a.percent)])));
  else blocks.push(para("—"));
  return blocks;
}

/** Four columns, readable in portrait: the task and its deficit; resources with kind, form, level and hours; dated activities; deadline and result. */
function planBlocks({ route, t, areaName, decimal }: Input): Block[] {
  const hours = (h: number | undefined) => (h ? `, ${decimal(h)} ${t("doc-hours")}` : "");
  const rows = route.tasks.map((task, i) => [
    `${i + 1}. ${task.title}${task.deficit ? `\n(${t("doc-deficit")}: ${areaName(task.deficit.area)})` : ""}`,
    task.resources.map((r) => `${r.title} (${t(`kind-${r.kind}`)}, ${t(`form-${r.form}`)}, ${t(`level-${r.level}`)}${hours(r.hours)})`).join("\n") || "—",
    task.activities.map((a) => `${formatDate(a.date)} — ${a.event} (${t(`level-${a.level}`)})${a.status === "done" ? " ✓" : ""}`).join("\n") || "—",
    `${task.deadline ? formatDate(task.deadline) : "—"}\n${task.expectedResult ?? "—"}`,
  ]);
  return [
    heading(t("doc-goal")),
    para(route.goal ?? "—"),
    heading(t("doc-tasks")),
    table([t("doc-task"), t("doc-resources"), t("doc-activities"), t("doc-deadline-result")], rows),
  ];
}

function outcomeBlocks({ route, t }: Input): Block[] {
  const broadcasts = route.broadcasts.length
    ? table([t("doc-event"), t("doc-topic"), t("doc-date"), t("doc-product")], route.broadcasts.map((b) => [b.event, b.topic, formatDate(b.date), b.product ?? "—"]))
    : para("—");
  const products = route.products.length ? route.products.map((p) => para(`${t(`product-${p.kind}`)}: ${p.title}`)) : [para("—")];
  return [heading(t("doc-broadcasts")), broadcasts, heading(t("doc-products")), ...products];
}

function reflectionBlocks({ route, t }: Input): Block[] {
  const blocks: Block[] = [heading(t("doc-reflection"))];
  if (!route.reflections.length) blocks.push(para("—"));
  for (const r of route.reflections) {
    blocks.push(new Paragraph({ children: [new TextRun({ text: `${t(`doc-reflection-${r.kind}`)} (${formatDate(r.createdAt.slice(0, 10))})`, bold: true })] }));
    if (r.fact) blocks.push(...paras(`${t("doc-fact")}:\n${r.fact}`));
    if (r.expected) blocks.push(...paras(`${t("doc-expected")}:\n${r.expected}`));
    if (r.corrections) blocks.push(...paras(`${t("doc-corrections")}: ${r.corrections}`));
    if (r.prospects) blocks.push(...paras(`${t("doc-prospects")}: ${r.prospects}`));
  }
  if (route.selfAssessment !== undefined) blocks.push(para(`${t("doc-self-assessment")}: ${route.selfAssessment}/5`));
  return blocks;
}
