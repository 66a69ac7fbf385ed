import type { I18n } from "@grammyjs/i18n";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Store } from "../data/index.js";
import type { Metrics } from "../metrics.js";

export interface BotDeps {
  config: Config;
  store: Store;
  i18n: I18n;
  logger: Logger;
  /** The current moment; tests move it. */
  clock: () => Date;
  metrics?: Metrics;
}
