// Asking about an own activity by buttons: its kind (a course asks for the interview on
// correcting the route when done), then its level.
import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { inputButtons, routeButtons } from "../../callback-data/buttons.js";
import { shorten } from "../../text.js";
import type { Screen } from "../../views/screen.js";
import { LEVELS, OWN_ACTIVITY_KINDS } from "../../../domain/vocabulary.js";

/** An own activity: what kind it is (a course asks for the interview on correcting the route when done). */
export function activityKindScreen(ctx: BotContext, routeId: number, task: number, event: string): Screen {
  const keyboard = new InlineKeyboard();
  OWN_ACTIVITY_KINDS.forEach((kind, i) => {
    keyboard.text(ctx.t(`kind-${kind}`), routeButtons.pack("activityKind", routeId, task, i));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t("rd-kind-other"), routeButtons.pack("activityKind", routeId, task, OWN_ACTIVITY_KINDS.length));
  keyboard.row().text(ctx.t("input-cancel"), inputButtons.pack("cancel"));
  return { text: ctx.t("rd-ask-kind", { event: shorten(event, 200) }), keyboard };
}

/** An own activity: at what level it takes place (002 §4.1: school, municipal, regional, federal). */
export function activityLevelScreen(ctx: BotContext, routeId: number, task: number, event: string): Screen {
  const keyboard = new InlineKeyboard();
  LEVELS.forEach((level, i) => {
    keyboard.text(ctx.t(`level-${level}`), routeButtons.pack("activityLevel", routeId, task, i));
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row().text(ctx.t("input-cancel"), inputButtons.pack("cancel"));
  return { text: ctx.t("rd-ask-level", { event: shorten(event, 200) }), keyboard };
}
