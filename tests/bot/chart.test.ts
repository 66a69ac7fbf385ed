// The pictures are read on a 360-px phone: every text stays at least 14 px after the picture is
// scaled to that width, labels break between words only, numbers have a decimal comma, the
// threshold is labelled, and an external diagnostic is told apart from the self-assessment.
import { describe, expect, it } from "vitest";
import { CHART_WIDTH, PHONE_WIDTH, renderBarChart, renderBarChartSvg } from "../../src/bot/render/chart.js";

const areas = ["Общепедагогическая функция: обучение", "Воспитательная деятельность", "Цифровая компетентность", "Работа с детьми с ОВЗ и особыми образовательными потребностями"];

function texts(svg: string): { size: number; text: string }[] {
  return [...svg.matchAll(/<text[^>]*font-size:(\d+(?:\.\d+)?)px[^>]*>([^<]*)<\/text>/g)].map((m) => ({ size: Number(m[1]), text: m[2]!.trim() }));
}

describe("a chart on a phone", () => {
  const svg = renderBarChartSvg({
    title: "Профиль компетенций по профстандарту «Педагог»",
    labels: areas,
    values: [72.5, 33.3, 0, 45.8],
    seriesName: "Самооценка",
    second: { name: "Внешняя диагностика", values: [80, undefined, 20, 50] },
    threshold: 60,
    thresholdLabel: "порог 60 %",
    locale: "ru",
  });
  const lines = texts(svg);

  it("keeps every text at 14 px or more at 360 px wide", () => {
    expect(svg).toContain(`width="${CHART_WIDTH}"`);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line.size * (PHONE_WIDTH / CHART_WIDTH), line.text).toBeGreaterThanOrEqual(14);
  });

  it("breaks labels between words, never inside one", () => {
    const words = new Set(areas.flatMap((a) => a.split(" ")));
    const labelLines = lines.filter((l) => !/^\d/.test(l.text) && !["Самооценка", "Внешняя диагностика", "порог 60 %"].includes(l.text) && !l.text.includes("Профиль") && !l.text.includes("профстандарту") && l.text !== "«Педагог»");
    expect(labelLines.length).toBeGreaterThanOrEqual(areas.length);
    for (const line of labelLines) for (const word of line.text.split(/\s+/).filter((w) => !["—", "%"].includes(w) && !/^\d/.test(w))) expect(words.has(word), `${word} in «${line.text}»`).toBe(true);
  });

  it("writes numbers with a decimal comma, labels the threshold and names both sources", () => {
    const all = lines.map((l) => l.text).join("\n");
    expect(all).toContain("72,5 %");
    expect(all).not.toMatch(/\d\.\d/);
    expect(all).toContain("порог 60 %");
    expect(all).toContain("Самооценка");
    expect(all).toContain("Внешняя диагностика");
  });

  it("counts of teachers are whole numbers on an integer axis", () => {
    const counts = texts(renderBarChartSvg({ title: "ИОМ педагогов", labels: ["нет ИОМ", "утверждён"], values: [1, 2], max: 2, integer: true }));
    const axis = counts.filter((l) => /^\d+$/.test(l.text)).map((l) => l.text);
    expect(axis).toEqual(expect.arrayContaining(["0", "1", "2"]));
    expect(counts.map((l) => l.text).join(" ")).not.toMatch(/\d[.,]\d/);
  });

  it("renders to a PNG", () => {
    const png = renderBarChart({ title: "Профиль", labels: areas, values: [10, 20, 30, 40] });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });
});
