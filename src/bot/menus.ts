// Every @grammyjs/menu screen of the bot, registered once in one index: the bot installs it
// before the features, so that any feature may show any menu, and a press on any of them is
// handled whichever feature showed it.
import { Menu } from "@grammyjs/menu";
import type { BotContext } from "./context.js";
import { settingsMenu } from "./views/settings.js";
import { profileMenu } from "./views/history.js";
import { cardMenu } from "./views/card-menu.js";
import { schoolsMenu, workListMenu } from "./views/worklists.js";
import { designMenu } from "./features/route-design/design-menu.js";
import { interviewsMenu } from "./views/interviews.js";
import { recommendationMenus } from "./views/recommendation-lists.js";
import { invitesMenu } from "./views/invites.js";
import { menteesMenu } from "./views/mentees.js";
import { peopleChoiceMenu } from "./views/associations.js";
import { methodistSchoolsMenu } from "./views/methodical.js";
import { roundsMenu } from "./views/rounds.js";

const MENUS = [settingsMenu, profileMenu, cardMenu, workListMenu, schoolsMenu, interviewsMenu, designMenu, invitesMenu, menteesMenu, peopleChoiceMenu, methodistSchoolsMenu, roundsMenu, ...recommendationMenus];

/** Menu ids must differ: registered together, a second menu of the same id would silently take the first one's place. */
function sameIds(menus: readonly Menu<BotContext>[]): string[] {
  // The id is the menu's own (protected) field; it is only read here.
  const ids = menus.map((menu) => (menu as unknown as { id: string }).id);
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

const shared = sameIds(MENUS);
if (shared.length) throw new Error(`menus share an id: ${shared.join(", ")}`);

export const screenMenus = new Menu<BotContext>("screens");
screenMenus.register(MENUS);
