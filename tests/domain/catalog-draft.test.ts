import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, catalogFromRows, catalogToRows, filterCatalog, matchResources, safeCell, starterCatalog } from "../../src/domain/catalog.js";
import { draftRoute, outsideBreaks, spreadDates } from "../../src/domain/draft.js";
import { currentFramework } from "../../src/domain/framework.js";
import { FORMS, LEVELS } from "../../src/domain/vocabulary.js";
import { submissionIssues } from "../../src/domain/validation.js";
import { emptyRoute } from "../../src/domain/route.js";

describe("the starter catalogue", () => {
  const catalog = starterCatalog();
  it("holds at least 40 entries across all forms and levels, every area covered", () => {
    expect(catalog.length).toBeGreaterThanOrEqual(40);
    for (const form of FORMS) expect(catalog.some((e) => e.form === form), form).toBe(true);
    for (const level of LEVELS) expect(catalog.some((e) => e.level === level), level).toBe(true);
    for (const area of currentFramework.areas) expect(catalog.filter((e) => e.areas.includes(area.code)).length, area.code).toBeGreaterThanOrEqual(3);
    expect(new Set(catalog.map((e) => e.code)).size).toBe(catalog.length);
  });

  it("matches resources by area and preferred level, with a mix of forms", () => {
    const picked = matchResources(catalog, "digital", { levels: ["municipal", "federal"], limit: 3 });
    expect(picked).toHaveLength(3);
    expect(picked.every((e) => e.areas.includes("digital"))).toBe(true);
    expect(new Set(picked.map((e) => e.form)).size).toBeGreaterThan(1);
    expect(picked.find((e) => e.form === "non_formal")!.level).toBe("municipal");
    expect(matchResources(catalog, "nonexistent")).toEqual([]);
    expect(matchResources(catalog.map((e) => ({ ...e, active: false })), "digital")).toEqual([]);
  });

  it("filters by area, level and form", () => {
    const found = filterCatalog(catalog, { area: "methodical", level: "school" });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => e.level === "school" && e.areas.includes("methodical"))).toBe(true);
  });
});

describe("catalogue rows", () => {
  const rows = (lines: string[]) => lines.map((line) => line.split(","));

  it("turn into entries and back, formulas made harmless", () => {
    const catalog = starterCatalog();
    const back = catalogFromRows([[...CSV_COLUMNS], ...catalogToRows(catalog)]);
    expect(back.errors).toEqual([]);
    expect(back.entries).toEqual(catalog);
    expect(safeCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("reports each bad line with its number and keeps the good ones", () => {
    const { entries, errors } = catalogFromRows(
      rows([
        "code,title,kind,form,level,areas,hours,url,provider",
        "ok-1,Вебинар о ФГОС,webinar,non_formal,federal,subject,2,https://edsoo.ru,",
        "bad-kind,Что-то,lecture,formal,federal,subject,,,",
        "bad-area,Что-то ещё,course,formal,federal,astronomy,,,",
        "bad-url,Курс,course,formal,federal,subject,,ftp//x,",
        "ok-1,Дубликат,webinar,non_formal,federal,subject,,,",
        "bad-level,Курс,course,formal,galactic,subject,,,",
      ]),
    );
    expect(entries.map((e) => e.code)).toEqual(["ok-1"]);
    expect(errors.map((e) => [e.path[0], e.code])).toEqual([
      [3, "catalog_bad_kind"],
      [4, "catalog_bad_area"],
      [5, "invalid_url"],
      [6, "catalog_duplicate_code"],
      [7, "catalog_bad_level"],
    ]);
  });

  it("refuses rows without the required columns", () => {
    expect(catalogFromRows(rows(["name,link", "x,y"])).errors[0]).toMatchObject({ code: "catalog_bad_header" });
    expect(catalogFromRows([]).errors[0]).toMatchObject({ code: "catalog_bad_header" });
  });
});

describe("the automatic draft", () => {
  const term = { start: "2026-09-01", end: "2027-08-31" };
  const deficits = [
    { area: "digital", percent: 20, indicators: ["digital.2", "digital.3"] },
    { area: "functional_literacy", percent: 33.3, indicators: ["functional_literacy.4"] },
    { area: "upbringing", percent: 50, indicators: [] },
    { area: "communicative", percent: 55, indicators: [] },
  ];

  it("proposes a goal, one task per deficit with resources and dated activities, ready to submit", () => {
    const draft = draftRoute(deficits, { framework: currentFramework, catalog: starterCatalog(), term, locale: "ru" });
    expect(draft.tasks).toHaveLength(3);
    expect(draft.goal).toContain("цифровой компетентности");
    expect(draft.tasks.map((t) => t.deficit?.area)).toEqual(["digital", "functional_literacy", "upbringing"]);
    for (const t of draft.tasks) {
      expect(t.resources.length).toBeGreaterThan(0);
      expect(t.activities.length).toBe(t.resources.length);
      for (const a of t.activities) {
        expect(a.date > term.start && a.date <= t.deadline!).toBe(true);
        expect(a.status).toBe("planned");
      }
      expect(t.expectedResult).toBeTruthy();
    }
    // A topic reads as a topic, not as the teacher's statement about herself.
    expect(draft.tasks[0]!.activities[0]!.topic).toBe("Цифровая компетентность");
    expect(draft.goal).toBe("Повышение профессиональной компетентности: развитие цифровой компетентности, формирование функциональной грамотности обучающихся и совершенствование воспитательной деятельности");
    expect(draft.goal).not.toMatch(/развити\S* через развити/);
    const deadlines = draft.tasks.map((t) => t.deadline!);
    expect([...deadlines].sort()).toEqual(deadlines);
    expect(draft.broadcasts).toHaveLength(1);
    expect(draft.broadcasts[0]!.date > deadlines.at(-1)!).toBe(true);
    const route = { ...emptyRoute(1, 1, "ИОМ"), ...draft };
    expect(submissionIssues(route)).toEqual([]);
  });

  it("picks, first, the resource for the weakest indicator of the area, not just any resource of the area", () => {
    const methodical = (weakest: string) => draftRoute([{ area: "methodical", percent: 30, indicators: [weakest] }], { framework: currentFramework, catalog: starterCatalog(), term, locale: "ru" });
    expect(methodical("methodical.2").tasks[0]!.resources[0]!.title).toBe("Формирующее оценивание в образовательном процессе");
    expect(methodical("methodical.2").tasks[0]!.resources.map((r) => r.form)).toEqual(["formal", "non_formal"]);
    expect(methodical("methodical.4").tasks[0]!.resources[0]!.title).toBe("Анализ результатов ВПР и коррекция рабочих программ");
    expect(methodical("methodical.1").tasks[0]!.resources[0]!.title).toBe("Системно-деятельностный подход: проектирование современного урока");
    const subject = draftRoute([{ area: "subject", percent: 30, indicators: ["subject.4", "subject.1"] }], { framework: currentFramework, catalog: starterCatalog(), term, locale: "ru" });
    expect(subject.tasks[0]!.resources[0]!.title).toContain("ОГЭ и ЕГЭ");
    // The second still brings another form of education.
    expect(new Set(subject.tasks[0]!.resources.map((r) => r.form)).size).toBe(2);
  });

  it("writes in the teacher's language", () => {
    const draft = draftRoute(deficits, { framework: currentFramework, catalog: starterCatalog(), term, locale: "en", maxTasks: 2 });
    expect(draft.goal).toBe("Professional growth: developing digital competence and developing learners' functional literacy");
    expect(draft.tasks).toHaveLength(2);
  });

  it("dates no activity in the school holidays nor in the summer", () => {
    const holidays = [{ start: "2026-12-28", end: "2027-01-11" }, { start: "2027-03-23", end: "2027-03-31" }];
    const yearTerm = { start: "2026-09-01", end: "2027-08-31" };
    const draft = draftRoute(deficits, { framework: currentFramework, catalog: starterCatalog(), term: yearTerm, locale: "ru", holidays });
    const dates = draft.tasks.flatMap((t) => t.activities.map((a) => a.date));
    expect(dates.length).toBeGreaterThan(3);
    for (const date of dates) {
      for (const h of holidays) expect(date >= h.start && date <= h.end, date).toBe(false);
      expect(date.slice(5, 7) === "07" || date.slice(5, 7) === "08", date).toBe(false);
    }
    expect(outsideBreaks("2026-12-30", holidays, "2027-02-01")).toBe("2027-01-12");
    expect(outsideBreaks("2026-12-30", holidays, "2027-01-05")).toBe("2026-12-27");
    expect(outsideBreaks("2027-07-15", [], "2027-12-01")).toBe("2027-09-01");
  });

  it("without resources in the catalogue still plans an activity", () => {
    const draft = draftRoute(deficits.slice(0, 1), { framework: currentFramework, catalog: [], term, locale: "ru" });
    expect(draft.tasks[0]!.activities).toHaveLength(1);
    expect(draft.tasks[0]!.resources).toEqual([]);
  });

  it("with no deficits proposes nothing to do", () => {
    const draft = draftRoute([], { framework: currentFramework, catalog: starterCatalog(), term, locale: "ru" });
    expect(draft.tasks).toEqual([]);
    expect(draft.goal).toBeUndefined();
  });

  it("spreads dates evenly and never on the first day", () => {
    expect(spreadDates("2027-01-01", "2027-01-31", 2)).toEqual(["2027-01-11", "2027-01-21"]);
    expect(spreadDates("2027-01-01", "2027-01-01", 2)).toEqual(["2027-01-02", "2027-01-02"]);
  });
});

describe("catalogue search", () => {
  it("finds entries with every word, in the title or the provider, case and ё aside", async () => {
    const { searchCatalog } = await import("../../src/domain/catalog.js");
    const catalog = starterCatalog();
    const found = searchCatalog(catalog, "ФУНКЦИОНАЛЬНОЙ грамотности");
    expect(found.length).toBeGreaterThan(0);
    for (const entry of found) expect(entry.title.toLowerCase()).toContain("функциональной");
    expect(searchCatalog(catalog, "нет-такого-курса")).toEqual([]);
    const withYo = { ...catalog[0]!, title: "Учёт особенностей" };
    expect(searchCatalog([withYo], "учет")).toEqual([withYo]);
  });
});
