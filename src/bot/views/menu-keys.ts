// Screens as @grammyjs/menu menus whose buttons mix two kinds: the menu's own (a way within the
// screen: another page, a section, an item of a list), which carry only the place the screen is
// on, and other features' actions (approve, mark done…), which carry their feature's callback
// data and are handled, and checked, there. A press reads the place back, checks it again (the
// spec's `placeOfPress`), draws the screen for the person pressing and takes the press only if
// it shows exactly the buttons that were pressed on.
import { Menu, type MenuRange } from "@grammyjs/menu";
import type { InlineKeyboardButton } from "grammy/types";
import type { BotContext } from "../context.js";
import { refreshedWith, showScreen, withLead } from "./screen.js";
import { showHome } from "./home.js";

/** A button: another feature's action (its callback data) or a way within the menu's screen. */
export type Key<T> = { label: string; data: string } | { label: string; open: T };

const FOREIGN = "foreignData";

/**
 * A menu that also carries other features' buttons. The menu appends its check to the callback
 * data of every button it renders; another feature's button must reach that feature as it was
 * made, so its data is put back after rendering.
 */
export class MixedMenu extends Menu<BotContext> {
  override async render(ctx: BotContext): Promise<InlineKeyboardButton[][]> {
    const rows = await super.render(ctx);
    for (const button of rows.flat() as (InlineKeyboardButton & { [FOREIGN]?: string })[]) {
      if (button[FOREIGN] === undefined) continue;
      Object.assign(button, { callback_data: button[FOREIGN] });
      delete button[FOREIGN];
    }
    return rows;
  }
}

/** Rows of keys into a menu's range: every own button carries `payload` (the screen it is on), a press runs `go`. */
export function addKeys<T>(range: MenuRange<BotContext>, keys: Key<T>[][], payload: string, go: (ctx: BotContext, target: T) => Promise<unknown>): void {
  keys.forEach((row, index) => {
    if (index > 0) range.row();
    for (const key of row) {
      if ("data" in key) range.add({ text: key.label, callback_data: key.data, [FOREIGN]: key.data } as never);
      else range.text({ text: key.label, payload }, (ctx) => go(ctx, key.open));
    }
  });
}

/**
 * A screen's buttons as its menu's fingerprint. The menu plugin finds the pressed button by its
 * position; a list may change while the person reads it (another deputy decides), so a press is
 * taken only when the screen rendered for it now has exactly the buttons that were shown — any
 * difference makes the press outdated, and the person gets the screen as it is now.
 */
export function fingerprintOf<T>(keys: Key<T>[][] | undefined): string {
  return keys ? JSON.stringify(keys) : "";
}

/** ◀ and ▶ around "page of pages", only where there is somewhere to go. */
export function pagerKeys<T>(ctx: BotContext, window: { page: number; pages: number }, target: (page: number) => T): Key<T>[] {
  if (window.pages <= 1) return [];
  const key = (label: string, page: number): Key<T> => ({ label, open: target(page) });
  return [
    ...(window.page > 0 ? [key(ctx.t("home-previous"), window.page - 1)] : []),
    key(ctx.t("home-page", { page: window.page + 1, pages: window.pages }), window.page),
    ...(window.page < window.pages - 1 ? [key(ctx.t("home-next"), window.page + 1)] : []),
  ];
}

/** "1.22.3" → [1, 22, 3] when it is `count` numbers (or one of `counts`); undefined otherwise. */
export function numbersOf(payload: unknown, ...counts: number[]): number[] | undefined {
  if (typeof payload !== "string" || !/^\d{1,10}(\.\d{1,10})*$/.test(payload)) return undefined;
  const numbers = payload.split(".").map(Number);
  return counts.includes(numbers.length) && numbers.every(Number.isSafeInteger) ? numbers : undefined;
}

export interface KeyedScreen<T> {
  text: string;
  keys: Key<T>[][];
}

export interface ScreenMenuSpec<P, T> {
  /** The place a pressed button carries (`ctx.match`), read back and checked; undefined when it is malformed or not the person's. */
  placeOfPress(ctx: BotContext): Promise<P | undefined> | P | undefined;
  /** The place as the payload of the menu's buttons (no "/"). */
  dataOf(place: P): string;
  draw(ctx: BotContext, place: P): Promise<KeyedScreen<T>> | KeyedScreen<T>;
  go(ctx: BotContext, place: P, target: T): Promise<unknown>;
  /** A press on a screen that changed meanwhile, or that the person may not see; by default the screen at the pressed place as it is now (home when the place cannot be read). */
  outdated?(ctx: BotContext): Promise<unknown>;
  /** Whether the menu answers a press itself (false: `go` answers, e.g. with a refusal). */
  autoAnswer?: boolean;
}

export interface ScreenMenu<P> {
  menu: MixedMenu;
  /** The screen at `place` in the message pressed (or a new one); `lead`, what just happened, above it. */
  show(ctx: BotContext, place: P, lead?: string): Promise<void>;
}

export function screenMenu<P, T>(id: string, spec: ScreenMenuSpec<P, T>): ScreenMenu<P> {
  // The screen of this update: the one shown, or the one a press was made on.
  const views = new WeakMap<BotContext, { place: P; screen: KeyedScreen<T> }>();
  const current = async (ctx: BotContext) => {
    let view = views.get(ctx);
    if (view) return view;
    const place = await spec.placeOfPress(ctx);
    if (place === undefined) return undefined;
    views.set(ctx, (view = { place, screen: await spec.draw(ctx, place) }));
    return view;
  };
  const fingerprint = async (ctx: BotContext) => fingerprintOf((await current(ctx))?.screen.keys);
  const outdated =
    spec.outdated ??
    refreshedWith(async (ctx) => {
      const place = await spec.placeOfPress(ctx);
      return place === undefined ? showHome(ctx) : show(ctx, place);
    });
  const menu = new MixedMenu(id, { autoAnswer: spec.autoAnswer ?? true, onMenuOutdated: outdated, fingerprint }).dynamic(async (ctx, range) => {
    const view = await current(ctx);
    if (view) addKeys(range, view.screen.keys, spec.dataOf(view.place), (c, target) => spec.go(c, view.place, target));
  });
  return { menu, show };

  async function show(ctx: BotContext, place: P, lead?: string): Promise<void> {
    const screen = await spec.draw(ctx, place);
    views.set(ctx, { place, screen });
    await showScreen(ctx, withLead(lead, { text: screen.text, keyboard: menu }));
  }
}
