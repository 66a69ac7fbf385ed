// Narrowing the catalogue for a task: words typed, a form and a level chosen in turn, the task's
// area or all of them; kept in the session for that task, the screen redrawn in place.
import type { BotContext, CatalogQuery } from "../../context.js";
import { whenAwaiting, typedText } from "../../input.js";
import type { Route } from "../../../domain/route.js";
import { FORMS, LEVELS } from "../../../domain/vocabulary.js";
import { LIMITS } from "../../../domain/validation.js";
import { awaitedRoute } from "./editing.js";
import { showCatalogPage } from "./design-menu.js";

export type CatalogFilter = "form" | "level" | "areas" | "clear";

/** The next value in turn: none, then each one, then none again. */
function next<T extends string>(values: readonly T[], current: string | undefined): T | undefined {
  const at = current === undefined ? -1 : values.indexOf(current as T);
  return values[at + 1];
}

function queryOf(ctx: BotContext, route: Route, index: number): CatalogQuery {
  const stored = ctx.session.catalogQuery;
  return stored && stored.routeId === route.id && stored.task === index ? stored : { routeId: route.id!, task: index };
}

export async function narrowCatalog(ctx: BotContext, route: Route, index: number, filter: CatalogFilter): Promise<void> {
  const query = queryOf(ctx, route, index);
  const { form: _form, level: _level, ...rest } = query;
  const formNext = next(FORMS, query.form);
  const levelNext = next(LEVELS, query.level);
  ctx.session.catalogQuery =
    filter === "clear"
      ? { routeId: route.id!, task: index }
      : filter === "areas"
        ? { ...query, allAreas: !query.allAreas }
        : filter === "form"
          ? { ...rest, ...(query.level ? { level: query.level } : {}), ...(formNext ? { form: formNext } : {}) }
          : { ...rest, ...(query.form ? { form: query.form } : {}), ...(levelNext ? { level: levelNext } : {}) };
  await showCatalogPage(ctx, route, index, 0);
}

/** Words typed to search the catalogue (a new message: the list comes under what she typed). */
export const catalogSearchAnswer = whenAwaiting("route-catalog-search", async (ctx, payload) => {
  const words = await typedText(ctx, LIMITS.shortText);
  if (words === undefined) return;
  const route = await awaitedRoute(ctx, payload);
  if (!route || !route.tasks[payload.task]) return;
  ctx.session.awaiting = undefined;
  ctx.session.catalogQuery = { ...queryOf(ctx, route, payload.task), words };
  await showCatalogPage(ctx, route, payload.task, 0);
});
