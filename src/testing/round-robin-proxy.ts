// A load balancer in front of several bot instances in webhook mode, for tests and the
// benchmark. It sends each chat's consecutive updates to different instances on purpose (the
// hardest case for keeping a chat's updates in order), skips an instance that refuses
// connections, as a real balancer does, and answers 502 when an instance fails in the middle
// of a request, so that Telegram delivers the update again.
import { createServer, request, Agent, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Forwarded {
  updateId: number;
  chat: number | undefined;
  /** The index of the instance that got the request. */
  instance: number;
  /** The instance's answer, or 502 when it failed before answering. */
  status: number;
  /** From the request's arrival to its answer, ms. */
  ms: number;
}

interface Posted {
  updateId: number;
  chat: number | undefined;
}

export class RoundRobinProxy {
  /** Every request passed on, in the order the answers came. */
  readonly forwarded: Forwarded[] = [];
  private readonly inFlight: Set<Posted>[];
  private readonly turns = new Map<number, number>();
  private next = 0;
  private server: Server | undefined;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });

  /** `instances`: the webhook URLs of the instances (same path as the proxy's own). */
  constructor(private readonly instances: string[]) {
    this.inFlight = instances.map(() => new Set());
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.agent.destroy();
  }

  /** The updates an instance was handling when asked (e.g. at the moment it was killed). */
  handling(instance: number): Posted[] {
    return [...this.inFlight[instance]!];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = performance.now();
    const body = await readAll(req);
    const posted = postedOf(body);
    const first = this.pick(posted.chat);
    for (let tried = 0; tried < this.instances.length; tried++) {
      const instance = (first + tried) % this.instances.length;
      const outcome = await this.forward(instance, req, body, posted);
      if (outcome === "refused") continue;
      this.forwarded.push({ ...posted, instance, status: outcome.status, ms: performance.now() - arrived });
      res.writeHead(outcome.status, outcome.headers).end(outcome.body);
      return;
    }
    this.forwarded.push({ ...posted, instance: -1, status: 502, ms: performance.now() - arrived });
    res.writeHead(502).end();
  }

  /** A chat's next update goes to the instance after the one its previous update went to. */
  private pick(chat: number | undefined): number {
    if (chat === undefined) return this.next++ % this.instances.length;
    const turn = this.turns.get(chat) ?? Math.abs(chat) % this.instances.length;
    this.turns.set(chat, turn + 1);
    return turn % this.instances.length;
  }

  private forward(instance: number, req: IncomingMessage, body: Buffer, posted: Posted) {
    type Outcome = "refused" | { status: number; headers: Record<string, string>; body: Buffer };
    return new Promise<Outcome>((resolve) => {
      const target = new URL(req.url ?? "/", this.instances[instance]);
      let connected = false;
      this.inFlight[instance]!.add(posted);
      const done = (outcome: Outcome) => {
        this.inFlight[instance]!.delete(posted);
        resolve(outcome);
      };
      const outgoing = request(target, { method: req.method, headers: { ...req.headers, host: target.host }, agent: this.agent }, (answer) => {
        void readAll(answer).then(
          (all) => done({ status: answer.statusCode ?? 502, headers: { "content-type": String(answer.headers["content-type"] ?? "text/plain") }, body: all }),
          () => done({ status: 502, headers: {}, body: Buffer.alloc(0) }),
        );
      });
      outgoing.on("socket", (socket) => (socket.connecting ? socket.once("connect", () => (connected = true)) : (connected = true)));
      outgoing.on("error", (error: NodeJS.ErrnoException) => done(!connected && error.code === "ECONNREFUSED" ? "refused" : { status: 502, headers: {}, body: Buffer.alloc(0) }));
      outgoing.end(body);
    });
  }
}

/** The update's id and chat, read from the body (a test proxy may look inside). */
function postedOf(body: Buffer): Posted {
  try {
    const update = JSON.parse(body.toString("utf8")) as { update_id?: number; message?: { chat?: { id?: number } }; callback_query?: { from?: { id?: number } } };
    return { updateId: Number(update.update_id), chat: update.message?.chat?.id ?? update.callback_query?.from?.id };
  } catch {
    return { updateId: NaN, chat: undefined };
  }
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
