// How a typed answer about the route is taken: checked text or a date within the term, applied
// to the route, saved, and followed by the next screen.
import type { BotContext } from "../../context.js";
import type { AwaitedInputs } from "../../awaiting.js";
import { today } from "../../clock.js";
import { typedText, whenAwaiting } from "../../input.js";
import { issueText } from "../../text.js";
import type { Route } from "../../../domain/route.js";
import { formatDate, parseUserDate, type LocalDate } from "../../../domain/time.js";
import { checkDateInTerm } from "../../../domain/validation.js";
import { awaitedRoute, saveAnswer, type RouteInput } from "./editing.js";

export const textInput = <K extends RouteInput>(kind: K, max: number, apply: (route: Route, text: string, payload: AwaitedInputs[K]) => Route | string, after: (ctx: BotContext, route: Route, payload: AwaitedInputs[K]) => Promise<unknown>) =>
  whenAwaiting(kind, async (ctx, payload) => {
    const text = await typedText(ctx, max);
    if (text === undefined) return;
    const route = await awaitedRoute(ctx, payload);
    if (!route) return;
    await saveAnswer(ctx, apply(route, text, payload), (saved) => after(ctx, saved, payload));
  });

export const dateInput = <K extends RouteInput>(kind: K, apply: (ctx: BotContext, route: Route, date: LocalDate, payload: AwaitedInputs[K]) => Route | string, after: (ctx: BotContext, route: Route, payload: AwaitedInputs[K]) => Promise<unknown>) =>
  whenAwaiting(kind, async (ctx, payload) => {
    const text = ctx.message.text;
    const route = await awaitedRoute(ctx, payload);
    if (!route) return;
    const date = text === undefined ? undefined : parseUserDate(text, today(ctx));
    if (!date) return ctx.reply(ctx.t("rd-bad-date", { example: formatDate(route.term?.end ?? today(ctx)) }));
    const outside = checkDateInTerm(date, route.term);
    if (outside) return ctx.reply(issueText(ctx, outside));
    await saveAnswer(ctx, apply(ctx, route, date, payload), (saved) => after(ctx, saved, payload));
  });
