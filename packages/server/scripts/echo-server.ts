// The floor for `npm run bench:load`: a minimal Colyseus 0.18 server on the same transport and
// settings as Ironclad's (WebSocket transport, patches sent right after each message), whose one
// room only writes each message's number into the state. Same load on it as on a table gives the
// latency Colyseus itself costs on this machine; the ratio says what Ironclad adds on top.
//
//   node packages/server/scripts/echo-server.ts   (PORT, HOST from the environment)

import { monitorEventLoopDelay } from "node:perf_hooks";
import { type Client, defineRoom, defineServer, Room } from "@colyseus/core";
import { schema, t } from "@colyseus/schema";
import { WebSocketTransport } from "@colyseus/ws-transport";

// The event loop's delay, as Ironclad's /metrics reports it (prom-client's monitor: 10 ms
// resolution, reset at every read), so the benchmark sets the two side by side.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

const EchoState = schema({ values: t.map("number") }, "EchoState");
type EchoState = InstanceType<typeof EchoState>;

class EchoRoom extends Room<{ state: EchoState }> {
  override maxMessagesPerSecond = 20;
  override patchRate = null;

  override messages = {
    echo: (client: Client, message: { n?: unknown }) => {
      this.state.values.set(client.sessionId, Number(message?.n) || 0);
      this.broadcastPatch();
    },
  };

  override onCreate(): void {
    this.setState(new EchoState());
  }

  override onLeave(client: Client): void {
    this.state.values.delete(client.sessionId);
  }
}

const server = defineServer({
  greet: false,
  transport: new WebSocketTransport({ maxPayload: 4 * 1024 }),
  rooms: { echo: defineRoom(EchoRoom) },
  express: (app) => {
    app.get("/healthz", (_req, res) => {
      res.json({ status: "ok" });
    });
    // The event loop's delay since the last read (ms), then reset.
    app.get("/loop-delay", (_req, res) => {
      res.json({ p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 });
      loopDelay.reset();
    });
  },
});

const port = Number(process.env.PORT ?? 2568);
await server.listen(port, process.env.HOST ?? "127.0.0.1");
console.log(`echo server listening on ${port}`);
