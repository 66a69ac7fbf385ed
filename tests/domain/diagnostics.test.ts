import { describe, expect, it } from "vitest";
import { allIndicators, currentFramework, frameworkByVersion } from "../../src/domain/framework.js";
import {
  answeredCount,
  combineWithExternal,
  findDeficits,
  isValidScore,
  nextUnanswered,
  scoreSelfDiagnosis,
  type Answers,
} from "../../src/domain/diagnostics.js";

const fw = currentFramework;
const answerAll = (score: (code: string, area: string) => number): Answers =>
  Object.fromEntries(allIndicators(fw).map((i) => [i.code, score(i.code, i.area)]));

describe("the competence framework", () => {
  it("has at least 6 areas, 30 indicators, a 0–3 scale and the labour functions, in both languages", () => {
    expect(fw.areas.length).toBeGreaterThanOrEqual(6);
    expect(allIndicators(fw).length).toBeGreaterThanOrEqual(30);
    expect(fw.scale.map((s) => s.value)).toEqual([0, 1, 2, 3]);
    expect(fw.labourFunctions.map((f) => f.code)).toEqual(expect.arrayContaining(["A/01.6", "A/02.6", "A/03.6"]));
    const codes = new Set<string>();
    for (const area of fw.areas) {
      expect(area.name.ru.length && area.name.en.length).toBeTruthy();
      for (const lf of area.labourFunctions) expect(fw.labourFunctions.map((f) => f.code)).toContain(lf);
      for (const indicator of area.indicators) {
        expect(indicator.text.ru).toMatch(/[а-яё]/i);
        expect(indicator.text.en).toMatch(/[a-z]/i);
        expect(codes.has(indicator.code)).toBe(false);
        codes.add(indicator.code);
      }
    }
    expect(fw.areas.map((a) => a.code)).toEqual(
      expect.arrayContaining(["subject", "methodical", "psych_ped", "communicative", "digital", "functional_literacy", "upbringing"]),
    );
  });

  it("is versioned", () => {
    expect(frameworkByVersion(fw.version)).toBe(fw);
    expect(frameworkByVersion("nope")).toBeUndefined();
  });
});

describe("scoring", () => {
  it("walks indicators in order and counts answers", () => {
    const first = allIndicators(fw)[0]!.code;
    expect(nextUnanswered(fw, {})).toBe(first);
    const all = answerAll(() => 2);
    expect(nextUnanswered(fw, all)).toBeUndefined();
    expect(answeredCount(fw, all)).toBe(allIndicators(fw).length);
    expect(answeredCount(fw, { [first]: 7 })).toBe(0);
  });

  it("accepts only integers 0..3", () => {
    expect([0, 1, 2, 3].every(isValidScore)).toBe(true);
    expect([-1, 4, 1.5, "2", null].some(isValidScore)).toBe(false);
  });

  it("turns answers into a percentage per area", () => {
    const answers = answerAll((_, area) => (area === "digital" ? 0 : area === "subject" ? 3 : 2));
    const profile = scoreSelfDiagnosis(fw, answers);
    const byArea = Object.fromEntries(profile.areas.map((a) => [a.area, a.percent]));
    expect(byArea.digital).toBe(0);
    expect(byArea.subject).toBe(100);
    expect(byArea.methodical).toBe(66.7);
    expect(profile.frameworkVersion).toBe(fw.version);
  });

  it("mixed answers average within an area", () => {
    const codes = fw.areas[0]!.indicators.map((i) => i.code);
    const answers: Answers = { [codes[0]!]: 3, [codes[1]!]: 0, [codes[2]!]: 1, [codes[3]!]: 2, [codes[4]!]: 3 };
    expect(scoreSelfDiagnosis(fw, answers).areas[0]).toMatchObject({ percent: 60, answered: 5 });
  });

  it("finds deficits below the threshold, weakest first, with their weakest indicators", () => {
    const answers = answerAll((code, area) => {
      if (area === "digital") return code.endsWith(".1") ? 0 : 1;
      if (area === "upbringing") return code.endsWith(".5") ? 1 : 2;
      if (area === "functional_literacy") return 1;
      return 3;
    });
    const deficits = findDeficits(fw, scoreSelfDiagnosis(fw, answers), answers);
    expect(deficits.map((d) => d.area)).toEqual(["digital", "functional_literacy"]);
    expect(deficits[0]!.indicators[0]).toBe("digital.1");
    expect(deficits[0]!.indicators).toHaveLength(5);
    // With a higher threshold upbringing (60%) joins.
    expect(findDeficits(fw, scoreSelfDiagnosis(fw, answers), answers, 70).map((d) => d.area)).toContain("upbringing");
  });

  it("ties keep the framework order", () => {
    const answers = answerAll(() => 1);
    expect(findDeficits(fw, scoreSelfDiagnosis(fw, answers), answers).map((d) => d.area)).toEqual(fw.areas.map((a) => a.code));
  });

  it("combines the self-assessment with an external diagnostic", () => {
    const answers = answerAll((_, area) => (area === "subject" ? 3 : 2));
    const profile = scoreSelfDiagnosis(fw, answers);
    const combined = combineWithExternal(profile, { subject: 40, digital: 20, unknown: 50 });
    const subject = combined.areas.find((a) => a.area === "subject")!;
    expect(subject).toMatchObject({ self: 100, external: 40, percent: 70 });
    expect(combined.areas.find((a) => a.area === "digital")!.percent).toBe(43.4);
    // External results alone reveal a deficit the teacher did not see.
    expect(findDeficits(fw, combineWithExternal(profile, { digital: 10 }, 0), answers).map((d) => d.area)).toEqual(["digital"]);
    expect(combineWithExternal(profile, { subject: 250 }).areas[0]!.external).toBe(100);
    expect(() => combineWithExternal(profile, {}, 1.5)).toThrow(RangeError);
  });

  it("uses the external score when the area was not self-assessed", () => {
    const combined = combineWithExternal(scoreSelfDiagnosis(fw, {}), { digital: 35 });
    expect(combined.areas.find((a) => a.area === "digital")!.percent).toBe(35);
    expect(findDeficits(fw, combined, {}).map((d) => d.area)).toEqual(["digital"]);
  });
});

describe("«не применимо к моей работе»", () => {
  it("counts as an answer, is left out of its area's score, and an area answered only so is no deficit", async () => {
    const { currentFramework, allIndicators } = await import("../../src/domain/framework.js");
    const { NOT_APPLICABLE, answeredCount, findDeficits, nextUnanswered, scoreSelfDiagnosis } = await import("../../src/domain/diagnostics.js");
    const [first, second] = currentFramework.areas;
    const answers: Record<string, number> = {};
    for (const indicator of first!.indicators) answers[indicator.code] = NOT_APPLICABLE;
    second!.indicators.forEach((indicator, i) => (answers[indicator.code] = i === 0 ? NOT_APPLICABLE : 3));
    for (const indicator of allIndicators(currentFramework)) answers[indicator.code] ??= 3;
    expect(nextUnanswered(currentFramework, answers)).toBeUndefined();
    expect(answeredCount(currentFramework, answers)).toBe(allIndicators(currentFramework).length);
    const profile = scoreSelfDiagnosis(currentFramework, answers);
    expect(profile.areas.find((a) => a.area === first!.code)).toMatchObject({ answered: 0, percent: 0 });
    expect(profile.areas.find((a) => a.area === second!.code)).toMatchObject({ answered: second!.indicators.length - 1, percent: 100 });
    expect(findDeficits(currentFramework, profile, answers).map((d) => d.area)).not.toContain(first!.code);
  });
});
