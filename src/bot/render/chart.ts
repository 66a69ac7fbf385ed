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
  /** Values under this line are drawn as deficits. */
  threshold?: number;
  max?: number;
  seriesName?: string;
}

function toPng(svg: string, width: number): Buffer {
  const resvg = new (Resvg())(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}

/** A horizontal bar chart: one bar per label, deficits in a warm colour. */
export function renderBarChart(input: BarChart, size = { width: 900, height: 120 + input.labels.length * 56 }): Buffer {
  const chart = cleanDeep(input);
  const instance = echarts().init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  instance.setOption({
    animation: false,
    textStyle: { fontFamily: "DejaVu Sans" },
    title: { text: chart.title, left: "center", textStyle: { fontSize: 20 } },
    grid: { left: 320, right: 60, top: 60, bottom: 30 },
    xAxis: { type: "value", max: chart.max ?? 100, min: 0 },
    yAxis: { type: "category", data: chart.labels, inverse: true, axisLabel: { fontSize: 14, width: 300, overflow: "break" } },
    series: [
      {
        name: chart.seriesName ?? "",
        type: "bar",
        data: chart.values.map((value) => ({
          value,
          itemStyle: { color: chart.threshold !== undefined && value < chart.threshold ? "#e0703a" : "#3a7be0" },
        })),
        label: { show: true, position: "right", fontSize: 14 },
        ...(chart.threshold !== undefined ? { markLine: { symbol: "none", data: [{ xAxis: chart.threshold }], lineStyle: { type: "dashed", color: "#999" }, label: { show: false } } } : {}),
      },
    ],
  });
  const svg = instance.renderToSVGString();
  instance.dispose();
  return toPng(svg, size.width);
}
