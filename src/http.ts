// The HTTP side: /healthz (database, last scheduler tick, outbox backlog), /metrics for
// Prometheus, and the webhook endpoint in webhook mode.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Metrics } from "./metrics.js";

export interface Health {
  ok: boolean;
  database: boolean;
  lastTick: string | null;
  outboxBacklog: number | null;
}

export interface HttpOptions {
  metrics: Metrics;
  health: () => Promise<Health>;
  webhookPath?: string;
  webhook?: (req: IncomingMessage, res: ServerResponse) => unknown;
}

export function createHttpServer(options: HttpOptions): Server {
  return createServer((req, res) => {
    void route(options, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}

async function route(options: HttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? "/").split("?")[0];
  if (req.method === "GET" && path === "/healthz") {
    const health = await options.health();
    res.writeHead(health.ok ? 200 : 503, { "content-type": "application/json" }).end(JSON.stringify(health));
    return;
  }
  if (req.method === "GET" && path === "/metrics") {
    const body = await options.metrics.registry.metrics();
    res.writeHead(200, { "content-type": options.metrics.registry.contentType }).end(body);
    return;
  }
  if (req.method === "POST" && options.webhook && path === (options.webhookPath ?? "/webhook")) {
    await options.webhook(req, res);
    return;
  }
  res.writeHead(404).end();
}
