// A teacher's first steps, as the process tests play them: consent, the educational history,
// the whole self-diagnosis and the submission of a drafted route, each with the answer it expects.
import type { SentMessage } from "../../src/testing/fake-telegram.js";
import type { TelegramUser } from "../../src/testing/telegram-user.js";
import { allIndicators, currentFramework } from "../../src/domain/framework.js";

export interface JourneyStep {
  phase: "consent" | "history" | "diagnosis" | "submission";
  act: (user: TelegramUser) => Promise<unknown>;
  /** A text the answer contains. */
  expect: string;
}

export const SUBMITTED = "ИОМ отправлен на согласование";

/** From the invite (`code`) to the route sent for approval, as `fullName`. */
export function teacherJourney(code: string, fullName: string): JourneyStep[] {
  const total = allIndicators(currentFramework).length;
  const steps: JourneyStep[] = [
    { phase: "consent", act: (u) => u.command("start", code), expect: "Согласие на обработку" },
    { phase: "consent", act: (u) => u.press("Даю согласие"), expect: "Шаг 1 из 8" },
    { phase: "history", act: (u) => u.send(fullName), expect: "Шаг 2 из 8" },
    { phase: "history", act: (u) => u.send("учитель физики"), expect: "Шаг 3 из 8" },
    { phase: "history", act: (u) => u.press("Высшее педагогическое"), expect: "Шаг 4 из 8" },
    { phase: "history", act: (u) => u.send("12"), expect: "Шаг 5 из 8" },
    { phase: "history", act: (u) => u.press("Первая"), expect: "Шаг 6 из 8" },
    { phase: "history", act: (u) => u.send("15.03.2024"), expect: "Шаг 7 из 8" },
    { phase: "history", act: (u) => u.press("Пропустить"), expect: "Шаг 8 из 8" },
    { phase: "history", act: (u) => u.send("Работаю над функциональной грамотностью"), expect: "Образовательная история сохранена" },
    { phase: "diagnosis", act: (u) => u.command("diagnostics"), expect: `Утверждение 1/${total}` },
  ];
  for (let i = 1; i <= total; i++) {
    steps.push({ phase: "diagnosis", act: (u) => u.press(i % 3 === 0 ? "1 —" : "2 —"), expect: i < total ? `Утверждение ${i + 1}/${total}` : "Главные профессиональные дефициты" });
  }
  steps.push(
    { phase: "submission", act: (u) => u.press("Составить ИОМ"), expect: "Как составим ИОМ" },
    { phase: "submission", act: (u) => u.press("Черновик по моим дефицитам"), expect: "Цель:" },
    { phase: "submission", act: (u) => u.press("Отправить на согласование"), expect: SUBMITTED },
  );
  return steps;
}

/** What the chat shows now: each message's id and how often it was edited. */
export function screenState(user: TelegramUser): Map<number, number> {
  return new Map(user.messages().map((m) => [m.message_id, m.edited]));
}

/** A message that is new, or changed, since `before`, and contains `text`. */
export function arrivedSince(user: TelegramUser, before: Map<number, number>, text: string): SentMessage | undefined {
  return user.messages().find((m) => {
    const seen = before.get(m.message_id);
    return (seen === undefined || seen !== m.edited) && (m.text ?? m.caption ?? "").includes(text);
  });
}
