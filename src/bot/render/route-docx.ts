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
  historyLines: string[];
  chartPng?: Buffer;
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const cell = (text: string, bold = false) =>
  new TableCell({ children: text.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })) });
const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });

export async function routeDocx(raw: RouteDocumentInput): Promise<Buffer> {
  // Whatever was stored before control characters were refused must not break the document's XML.
  const input = { ...raw, route: cleanDeep(raw.route), school: cleanText(raw.school), teacher: cleanText(raw.teacher), historyLines: raw.historyLines.map(cleanText) };
  const route = input.route;
  const t: Translate = (key, params) => cleanText(raw.t(key, params));
  const term = route.term ? `${formatDate(route.term.start)} – ${formatDate(route.term.end)}` : "—";
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: t("doc-title"), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    new Paragraph({ text: route.title, alignment: AlignmentType.CENTER }),
    para(`${t("doc-teacher")}: ${input.teacher}`),
    para(`${t("doc-school")}: ${input.school}`),
    para(`${t("doc-term")}: ${term}`),
    para(`${t("doc-status")}: ${t(`status-${route.status}`)}`),
    heading(t("doc-history")),
    ...input.historyLines.map(para),
    heading(t("doc-diagnostics")),
  ];
  if (input.chartPng) children.push(new Paragraph({ children: [new ImageRun({ type: "png", data: input.chartPng, transformation: { width: 600, height: Math.round(600 * 0.55) } })] }));
  if (route.profile?.areas.length) {
    children.push(table([t("doc-area"), t("doc-percent")], route.profile.areas.map((a) => [input.areaName(a.area), `${a.percent}`])));
  } else children.push(para("—"));
  children.push(heading(t("doc-goal")), para(route.goal ?? "—"), heading(t("doc-tasks")));
  children.push(
    table(
      [t("doc-task"), t("doc-deficit"), t("doc-resources"), t("doc-activities"), t("doc-deadline"), t("doc-expected")],
      route.tasks.map((task, i) => [
        `${i + 1}. ${task.title}`,
        task.deficit ? input.areaName(task.deficit.area) : "—",
        task.resources.map((r) => `${r.title} (${t(`kind-${r.kind}`)}, ${t(`level-${r.level}`)})`).join("\n") || "—",
        task.activities.map((a) => `${formatDate(a.date)} — ${a.event} (${t(`level-${a.level}`)})${a.status === "done" ? " ✓" : ""}`).join("\n") || "—",
        task.deadline ? formatDate(task.deadline) : "—",
        task.expectedResult ?? "—",
      ]),
    ),
  );
  children.push(heading(t("doc-broadcasts")));
  children.push(
    route.broadcasts.length
      ? table([t("doc-event"), t("doc-topic"), t("doc-date"), t("doc-product")], route.broadcasts.map((b) => [b.event, b.topic, formatDate(b.date), b.product ?? "—"]))
      : para("—"),
  );
  children.push(heading(t("doc-products")), ...(route.products.length ? route.products.map((p) => para(`${t(`product-${p.kind}`)}: ${p.title}`)) : [para("—")]));
  children.push(heading(t("doc-reflection")));
  if (!route.reflections.length) children.push(para("—"));
  for (const r of route.reflections) {
    children.push(new Paragraph({ children: [new TextRun({ text: `${t(`doc-reflection-${r.kind}`)} (${formatDate(r.createdAt.slice(0, 10))})`, bold: true })] }));
    if (r.fact) children.push(para(`${t("doc-fact")}: ${r.fact}`));
    if (r.expected) children.push(para(`${t("doc-expected")}: ${r.expected}`));
    if (r.corrections) children.push(para(`${t("doc-corrections")}: ${r.corrections}`));
    if (r.prospects) children.push(para(`${t("doc-prospects")}: ${r.prospects}`));
  }
  if (route.selfAssessment !== undefined) children.push(para(`${t("doc-self-assessment")}: ${route.selfAssessment}/5`));
  const document = new Document({ creator: "iom-bot", title: route.title, styles: { default: { document: { run: { font: "Times New Roman", size: 24 } } } }, sections: [{ children }] });
  return Packer.toBuffer(document);
}
