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

export const screenMenus = new Menu<BotContext>("screens");
screenMenus.register([settingsMenu, profileMenu, cardMenu, workListMenu, schoolsMenu, interviewsMenu, designMenu, invitesMenu, menteesMenu, ...recommendationMenus]);
