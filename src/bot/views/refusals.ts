// A use case's refusal in the person's words.
import type { BotContext } from "../context.js";
import type { Refusal } from "../../usecases/outcome.js";
import { issueText } from "../text.js";
import { personName } from "./people.js";

/** What is missing, at most this many at once (the rest follow once these are done). */
const ISSUES_SHOWN = 8;

export async function refusalText(ctx: BotContext, refusal: Refusal): Promise<string> {
  switch (refusal.reason) {
    case "not_authorised":
    case "own_route":
      return ctx.t("error-not-allowed");
    case "awaiting_review":
      return ctx.t("error-awaiting-review");
    case "already_marked":
      return ctx.t("cm-already-marked");
    case "wrong_status":
    case "changed_meanwhile":
      return ctx.t("error-wrong-status");
    case "not_found":
      return ctx.t("error-stale-button");
    case "not_ready":
      return [
        ctx.t("rd-not-ready"),
        ...refusal.issues.slice(0, ISSUES_SHOWN).map((issue) => `• ${issueText(ctx, issue)}${issuePlace(ctx, issue.path)}`),
        ...(refusal.issues.length > ISSUES_SHOWN ? [ctx.t("rd-not-ready-more", { count: refusal.issues.length - ISSUES_SHOWN })] : []),
      ].join("\n");
    case "nothing_to_submit":
      return ctx.t("rc-nothing-to-submit");
    case "already_recorded":
      return ctx.t("ci-already");
    case "awaiting_decision":
      return ctx.t("rc-waiting");
    case "already_decided":
      return ctx.t("ap-already-decided", { decider: await personName(ctx, refusal.deciderId), decision: ctx.t(`ap-decision-${refusal.decision}`) });
  }
}

function issuePlace(ctx: BotContext, path: (string | number)[]): string {
  if (path[0] === "tasks" && typeof path[1] === "number") return ` (${ctx.t("rd-place-task", { n: path[1] + 1 })})`;
  return "";
}
