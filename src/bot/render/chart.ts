// Pictures for the chat: echarts draws SVG on the server, resvg turns it into PNG with a font
// shipped through npm (a fresh server may have no fonts at all).
import { createRequire } from "node:module";
import type * as Echarts from "echarts";
import type { Resvg as ResvgClass } from "@resvg/resvg-js";
import { cleanDeep } from "../../domain/text.js";

const require = createRequire(import.meta.url);
// Loaded on the first picture, not at start-up: echarts alone takes half a second to load.
let echartsModule: typeof Echarts | undefined;
let resvgClass: typeof ResvgClass | undefined;
const echarts = () => (echartsModule ??= require("echarts") as typeof Echarts);
const Resvg = () => (resvgClass ??= (require("@resvg/resvg-js") as { Resvg: typeof ResvgClass }).Resvg);
const fontFiles = [require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")];

export interface BarChart {
  title: string;
  labels: string[];
  values: number[];
  /** A second series beside the first (an external diagnostic beside the self-assessment). */
  second?: { name: string; values: (number | undefined)[] };
  seriesName?: string;
  /** Values under this line are drawn as deficits; the line is labelled. */
  threshold?: number;
  thresholdLabel?: string;
  max?: number;
  /** Whole numbers (counts of teachers): an integer axis and no decimals. */
  integer?: boolean;
  /** How numbers are written (a decimal comma in Russian). */
  locale?: "ru" | "en";
}

/** Drawn this wide and read on a 360-px phone: everything is sized to stay ≥ 14 px there. */
export const CHART_WIDTH = 540;
export const PHONE_WIDTH = 360;
export const LABEL_FONT = 22;

function toPng(svg: string, width: number): Buffer {
  const resvg = new (Resvg())(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}

function numberFormat(chart: BarChart): (value: number) => string {
  const format = new Intl.NumberFormat(chart.locale === "en" ? "en-GB" : "ru-RU", { maximumFractionDigits: chart.integer ? 0 : 1 });
  return (value) => format.format(value);
}

type Format = (value: number) => string;

/** The main series: the label's name and value on a line of their own above each bar, from its left edge. */
function mainSeries(chart: BarChart, format: Format, unit: string): object {
  const warm = (value: number) => (chart.threshold !== undefined && value < chart.threshold ? "#e0703a" : "#3a7be0");
  const threshold =
    chart.threshold === undefined
      ? {}
      : {
          markLine: {
            symbol: "none",
            data: [{ xAxis: chart.threshold }],
            lineStyle: { type: "dashed", color: "#555", width: 2 },
            label: { show: true, position: "start", fontSize: LABEL_FONT, color: "#333", formatter: chart.thresholdLabel ?? format(chart.threshold) },
          },
        };
  return {
    name: chart.seriesName ?? "",
    type: "bar",
    barMaxWidth: 26,
    itemStyle: { color: "#3a7be0" },
    data: chart.values.map((value) => ({ value, itemStyle: { color: warm(value) } })),
    label: {
      show: true,
      position: [0, -6],
      align: "left",
      verticalAlign: "bottom",
      fontSize: LABEL_FONT,
      color: "#222",
      width: CHART_WIDTH - 60,
      overflow: "break",
      formatter: (params: { name: string; value: number }) => `${params.name} — ${format(params.value)}${unit}`,
    },
    ...threshold,
  };
}

/** The second series (an external diagnostic): grey bars with their value at the end. */
function secondSeries(second: NonNullable<BarChart["second"]>, format: Format, unit: string): object {
  return {
    name: second.name,
    type: "bar",
    barMaxWidth: 20,
    itemStyle: { color: "#7a7a7a" },
    data: second.values.map((value) => (value === undefined ? null : { value, itemStyle: { color: "#7a7a7a" } })),
    label: { show: true, position: "right", fontSize: LABEL_FONT, color: "#444", formatter: (params: { value: number }) => `${format(params.value)}${unit}` },
  };
}

/**
 * Horizontal bars for a phone: each label on its own line above its bar (broken between words,
 * never inside one), the value at the bar's end, deficits in a warm colour, the threshold a
 * labelled dashed line, a second series (if any) in its own colour with a legend.
 */
export function renderBarChartSvg(input: BarChart): string {
  const chart = cleanDeep(input);
  // A label wraps at about 34 characters a line. Bars sit in the middle of their row, so the
  // space above them (half of what they leave) holds the label.
  const labelLines = Math.max(1, ...chart.labels.map((label) => Math.ceil((label.length + 10) / 34)));
  const rowHeight = 2 * (labelLines * 28 + 12) + (chart.second ? 52 : 28);
  // The title wraps at about 38 characters a line at its size.
  const titleHeight = 16 + Math.ceil(chart.title.length / 38) * 32;
  const legendHeight = chart.second ? 84 : 0;
  const height = titleHeight + 70 + chart.labels.length * rowHeight + 50 + legendHeight;
  const format = numberFormat(chart);
  const unit = chart.integer ? "" : " %";
  const instance = echarts().init(null, null, { renderer: "svg", ssr: true, width: CHART_WIDTH, height });
  instance.setOption({
    animation: false,
    textStyle: { fontFamily: "DejaVu Sans" },
    title: { text: chart.title, left: 10, top: 8, textStyle: { fontSize: LABEL_FONT + 2, width: CHART_WIDTH - 20, overflow: "break", lineHeight: 30 } },
    ...(chart.second ? { legend: { bottom: 4, left: 10, orient: "vertical", itemGap: 8, textStyle: { fontSize: LABEL_FONT }, data: [chart.seriesName ?? "", chart.second.name] } } : {}),
    grid: { left: 16, right: 70, top: titleHeight + 70, bottom: 50 + legendHeight },
    xAxis: { type: "value", max: chart.max ?? 100, min: 0, minInterval: chart.integer ? 1 : 0, axisLabel: { fontSize: LABEL_FONT, formatter: (value: number) => format(value) } },
    yAxis: { type: "category", data: chart.labels, inverse: true, axisLabel: { show: false }, axisTick: { show: false } },
    series: [mainSeries(chart, format, unit), ...(chart.second ? [secondSeries(chart.second, format, unit)] : [])],
  });
  const svg = instance.renderToSVGString();
  instance.dispose();
  return svg;
}

export function renderBarChart(input: BarChart): Buffer {
  return toPng(renderBarChartSvg(input), CHART_WIDTH);
}
