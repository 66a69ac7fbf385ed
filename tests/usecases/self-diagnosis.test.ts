// The self-diagnosis without Telegram: answers kept one by one, back clears, the end scores once,
// another teacher's diagnosis is not hers to answer.
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/data/index.js";
import { storeForEachTest } from "../helpers/usecases.js";
import { answerStatement, completeDiagnosis, recordExternalScores, resumeDiagnosis } from "../../src/usecases/self-diagnosis.js";
import { allIndicators, currentFramework } from "../../src/domain/framework.js";

const at = new Date("2026-11-26T03:00:00Z");
const total = allIndicators(currentFramework).length;

describe("self-diagnosis", () => {
  const fresh = storeForEachTest();
  let store: Store;
  let teacher: number, other: number;

  beforeEach(async () => {
    store = fresh.store;
    teacher = (await store.users.touch({ telegramId: 1n })).id;
    other = (await store.users.touch({ telegramId: 2n })).id;
  });

  it("keeps each answer, goes back, and scores once at the end", async () => {
    const start = await resumeDiagnosis(store, { userId: teacher });
    expect(start).toMatchObject({ next: 0, answered: 0, total });
    const id = start.diagnosticId;
    expect((await answerStatement(store, { userId: other, diagnosticId: id, index: 0, score: 2 })).ok).toBe(false);
    const first = await answerStatement(store, { userId: teacher, diagnosticId: id, index: 0, score: 2 });
    expect(first.ok && first.value).toMatchObject({ next: 1, answered: 1 });
    const back = await answerStatement(store, { userId: teacher, diagnosticId: id, index: 0 });
    expect(back.ok && back.value.answered).toBe(0);
    for (let i = 0; i < total; i++) await answerStatement(store, { userId: teacher, diagnosticId: id, index: i, score: i % 4 });
    expect((await resumeDiagnosis(store, { userId: teacher })).next).toBeUndefined();
    await completeDiagnosis(store, { userId: teacher, diagnosticId: id, at });
    await completeDiagnosis(store, { userId: teacher, diagnosticId: id, at });
    expect((await store.audit.byAction("diagnosis_completed")).length).toBe(1);
    expect((await answerStatement(store, { userId: teacher, diagnosticId: id, index: 0, score: 3 })).ok).toBe(false);
  });

  it("external scores keep only known areas within 0–100", async () => {
    const area = currentFramework.areas[0]!.code;
    expect((await recordExternalScores(store, { userId: teacher, scores: { unknown: 50 }, at })).ok).toBe(false);
    expect(await recordExternalScores(store, { userId: teacher, scores: { [area]: 55, unknown: 10 }, at })).toEqual({ ok: true, value: { areas: 1 } });
  });

  it("takes «не применимо» (-1) as an answer and refuses any other value", async () => {
    const id = (await resumeDiagnosis(store, { userId: teacher })).diagnosticId;
    const na = await answerStatement(store, { userId: teacher, diagnosticId: id, index: 0, score: -1 });
    expect(na.ok && na.value).toMatchObject({ next: 1, answered: 1 });
    expect((await answerStatement(store, { userId: teacher, diagnosticId: id, index: 1, score: -2 })).ok).toBe(false);
    expect((await answerStatement(store, { userId: teacher, diagnosticId: id, index: 1, score: 4 })).ok).toBe(false);
  });
});
