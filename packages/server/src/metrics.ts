// Prometheus metrics at /metrics: tables, clients, actions by type, action latency, errors by code, hostile input.
import type { Application } from "express";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** The server's metrics, one registry per process. */
export class Metrics {
  readonly registry = new Registry();
  readonly tables = new Gauge({
    name: "ironclad_tables",
    help: "Tables running in this process.",
    registers: [this.registry],
  });
  readonly clients = new Gauge({
    name: "ironclad_clients",
    help: "Connected clients in this process.",
    registers: [this.registry],
  });
  readonly actions = new Counter({
    name: "ironclad_actions_total",
    help: "Actions accepted by the engine, by type.",
    labelNames: ["type"],
    registers: [this.registry],
  });
  readonly errors = new Counter({
    name: "ironclad_action_errors_total",
    help: "Actions and messages refused, by error code.",
    labelNames: ["code"],
    registers: [this.registry],
  });
  /**
   * Hostile input: what a connection tried that its place at the table never allows (a watcher acting,
   * talking or leaving a seat; a message type the room does not know; a flood of messages), by code.
   * Every one is also refused with that code; a working client never sends any of them.
   */
  readonly hostileInput = new Counter({
    name: "ironclad_hostile_input_total",
    help: "Messages a connection's place at the table never allows (watchers acting or talking, unknown types, floods), by code.",
    labelNames: ["code"],
    registers: [this.registry],
  });
  readonly actionSeconds = new Histogram({
    name: "ironclad_action_seconds",
    help: "From receiving an action to its patch being sent (validate, apply, persist, project).",
    buckets: [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "ironclad_" });
  }

  mount(app: Application): void {
    app.get("/metrics", async (_req, res) => {
      res.setHeader("Content-Type", this.registry.contentType);
      res.send(await this.registry.metrics());
    });
  }
}
