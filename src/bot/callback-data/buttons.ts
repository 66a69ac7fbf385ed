// Every button of the bot, by namespace. A screen makes its buttons with `pack` and its handler
// reads them with `unpack`; the wire codes on the right are what chats already hold, so they stay.
import { z } from "zod";
import { action, callbackCodec, idPart, indexPart } from "./codec.js";
import { ROLES } from "../../domain/permissions.js";
import { HISTORY_STEPS } from "../../domain/route.js";
import { ROUND_KINDS } from "../../domain/monitoring.js";

const locales = ["ru", "en"] as const;
const historyMode = z.enum(["w", "e"]);
const historyStep = z.enum(HISTORY_STEPS);

export const consentButtons = callbackCodec("consent", { give: action("yes"), refuse: action("no") });

export const languageButtons = callbackCodec("lang", { ru: action(locales[0]), en: action(locales[1]) });

export const privacyButtons = callbackCodec("pd", { erase: action("yes"), keep: action("no"), sendFile: action("file") });

export const historyButtons = callbackCodec("hist", {
  edit: action("edit", historyStep),
  choose: action("set", historyMode, historyStep, z.string().max(40)),
  skip: action("skip", historyMode, historyStep),
});

export const diagnosisButtons = callbackCodec("dg", {
  /** A score 0–3, or -1: "not applicable to my work". */
  answer: action("a", idPart, indexPart, z.coerce.number().int().min(-1).max(3)),
  back: action("b", idPart, z.coerce.number().int().min(1)),
  pause: action("p"),
  start: action("go"),
  externalScores: action("x"),
  sendChart: action("chart"),
});

export const routeButtons = callbackCodec("rd", {
  startNew: action("new"),
  draftFromDeficits: action("auto"),
  buildByHand: action("manual"),
  review: action("rev", idPart),
  goal: action("goal", idPart),
  title: action("title", idPart),
  theme: action("theme", idPart),
  term: action("term", idPart),
  tasks: action("tasks", idPart),
  addBroadcast: action("bc", idPart),
  submit: action("submit", idPart),
  addTask: action("addtask", idPart),
  discardCorrection: action("discard", idPart),
  task: action("task", idPart, indexPart),
  taskTitle: action("tt", idPart, indexPart),
  taskResult: action("tr", idPart, indexPart),
  taskDeadline: action("td", idPart, indexPart),
  ownActivity: action("ta", idPart, indexPart),
  chooseActivityToRemove: action("dal", idPart, indexPart),
  chooseActivityToMove: action("mvl", idPart, indexPart),
  moveActivity: action("mv", idPart, indexPart, indexPart),
  deleteTask: action("dt", idPart, indexPart),
  deleteTaskConfirmed: action("dty", idPart, indexPart),
  chooseResourceToRemove: action("drl", idPart, indexPart),
  removeResource: action("dr", idPart, indexPart, indexPart),
  removeResourceConfirmed: action("dry", idPart, indexPart, indexPart),
  removeActivityConfirmed: action("day", idPart, indexPart, indexPart),
  catalogPage: action("cat", idPart, indexPart, indexPart),
  /** Narrowing the catalogue: search by words, the next form, the next level, all areas or the task's, clear. */
  catalogSearch: action("cs", idPart, indexPart),
  catalogFilter: action("cfl", idPart, indexPart, z.enum(["form", "level", "areas", "clear"])),
  pickResource: action("pick", idPart, indexPart, idPart),
  removeActivity: action("da", idPart, indexPart, indexPart),
  /** An own activity's kind (an index in OWN_ACTIVITY_KINDS) and then its level (in LEVELS). */
  activityKind: action("ak", idPart, indexPart, indexPart),
  activityLevel: action("al", idPart, indexPart, indexPart),
  /** The points of broadcasting experience (an index in the route's broadcasts): the list, a new date, removing one. */
  broadcasts: action("bcs", idPart),
  moveBroadcast: action("mbc", idPart, indexPart),
  editBroadcast: action("ebc", idPart, indexPart),
  removeBroadcast: action("dbc", idPart, indexPart),
  removeBroadcastConfirmed: action("dbcy", idPart, indexPart),
});

export const livingButtons = callbackCodec("lv", {
  open: action("open", idPart),
  addProduct: action("prod", idPart),
  halfYear: action("hy", idPart),
  finalReflection: action("fin", idPart),
  markDone: action("done", idPart, idPart),
  doneWithoutEvidence: action("noev", idPart, idPart),
  checkpoint: action("cp", idPart, idPart),
  productKind: action("pk", idPart, indexPart),
  broadcastHeld: action("bc", idPart, idPart),
  broadcastHeldConfirmed: action("bcy", idPart, idPart),
});

/** A product's title written again; a product recorded by mistake: asked, then removed (route id, product id). */
export const productButtons = callbackCodec("prd", { rename: action("ren", idPart, idPart), remove: action("del", idPart, idPart), removeConfirmed: action("dely", idPart, idPart) });

export const reminderButtons = callbackCodec("rm", { snooze: action("snooze", idPart) });

export const finalReflectionButtons = callbackCodec("fr", { selfAssessment: action("sa", z.coerce.number().int().min(1).max(5)) });

export const approvalButtons = callbackCodec("ap", {
  approve: action("ok", idPart, z.coerce.number().int().min(1)),
  returnForCorrection: action("ret", idPart, z.coerce.number().int().min(1)),
  openInFull: action("full", idPart),
});

/** The association head records the review of a submitted version at the association's meeting. */
export const reviewButtons = callbackCodec("rv", { record: action("rec", idPart, z.coerce.number().int().min(1)) });

export const correctionButtons = callbackCodec("rc", { approve: action("ok", idPart), returnWithComment: action("ret", idPart) });

export const commentButtons = callbackCodec("cm", {
  comment: action("new", idPart),
  recommend: action("rec", idPart),
  chooseTask: action("tasks", idPart),
  reply: action("reply", idPart),
  onTask: action("task", idPart, indexPart),
  accept: action("acc", idPart),
  carriedOut: action("done", idPart),
});

export const documentButtons = callbackCodec("doc", { routeDocument: action("", idPart) });

/** Interviews on correcting the route: those waiting in a school, one of them, its day, its outcome. */
export const interviewButtons = callbackCodec("ci", {
  record: action("rec", idPart),
  list: action("l", idPart, indexPart),
  open: action("o", idPart),
  schedule: action("day", idPart),
  needsChange: action("chg", idPart, z.enum(["1", "0"])),
});

const yearPart = z.coerce.number().int().min(2000).max(2100);

export const dashboardButtons = callbackCodec("ds", {
  openRoute: action("r", idPart),
  schoolYear: action("sy", idPart, yearPart),
  districtYear: action("dy", idPart, yearPart),
  schoolChart: action("sc", idPart, yearPart),
  districtChart: action("dc", idPart, yearPart),
  schoolWorkbookOf: action("xsy", idPart, yearPart),
  districtWorkbookOf: action("xdy", idPart, yearPart),
  deficitMap: action("dm", idPart, yearPart),
  rounds: action("rn", idPart, yearPart, indexPart),
  takeRound: action("rt", idPart, yearPart, z.enum(ROUND_KINDS)),
  staff: action("staff", idPart),
  schoolWorkbook: action("xs", idPart),
  districtWorkbook: action("xd", idPart),
  schoolFacts: action("s", idPart),
  nothing: action("noop", idPart),
  setFact: action("f", idPart, indexPart, z.enum(["0", "1"])),
});

export const organisationButtons = callbackCodec("inv", {
  chooseMentor: action("m", idPart),
  assignMentor: action("mt", idPart, idPart),
  newInvite: action("new", z.enum(ROLES)),
  revokeInvite: action("rv", idPart),
});

// The buttons of the screens of the people who manage routes, and of the route card.
export * from "./managing-buttons.js";
