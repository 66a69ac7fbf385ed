// Prometheus metrics: updates handled, errors, handler latency, reminders sent and failed.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    updates: new Counter({ name: "iom_updates_total", help: "Updates handled", labelNames: ["type"], registers: [registry] }),
    duplicates: new Counter({ name: "iom_updates_duplicate_total", help: "Updates delivered again and skipped", registers: [registry] }),
    errors: new Counter({ name: "iom_update_errors_total", help: "Updates whose handling failed", registers: [registry] }),
    latency: new Histogram({
      name: "iom_update_duration_seconds",
      help: "Time to handle one update",
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    rateLimited: new Counter({ name: "iom_rate_limited_total", help: "Updates refused by the per-user rate limit", registers: [registry] }),
    remindersSent: new Counter({ name: "iom_reminders_sent_total", help: "Reminders delivered", registers: [registry] }),
    remindersFailed: new Counter({ name: "iom_reminders_failed_total", help: "Reminders that failed for good", registers: [registry] }),
    remindersDropped: new Counter({ name: "iom_reminders_dropped_total", help: "Reminders dropped as late or obsolete", registers: [registry] }),
    outboxBacklog: new Gauge({ name: "iom_outbox_backlog", help: "Reminders due and not yet sent", registers: [registry] }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
