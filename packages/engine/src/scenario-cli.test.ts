// The validate command, run as a user runs it: a child process with real files and exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/scenario.js", import.meta.url));
const defaultFile = fileURLToPath(new URL("../scenarios/guarantees-2025.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "ironclad-scenario-"));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: "" },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function writeCopy(name: string, edit: (s: Record<string, unknown>) => void): string {
  const data = JSON.parse(readFileSync(defaultFile, "utf8"));
  edit(data);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(data));
  return file;
}

describe("npm run scenario -- validate", () => {
  it("exits 0 with a one-line summary for the default scenario", () => {
    const { code, out } = run("validate", defaultFile);
    expect(code).toBe(0);
    expect(out.trim()).toMatch(
      /^ok guarantees-2025 v1: 10 seats, 9 issues \(33 options, 110,592 packages\), \d+ events$/,
    );
  });

  it("exits 1 and names every problem of an invalid copy", () => {
    const file = writeCopy("broken.json", (s) => {
      const seats = s.seats as any[];
      delete seats.find((x) => x.id === "berlin").brief.pointTable.force.tripwire;
      seats.find((x) => x.id === "paris").brief.pointTable.pledge.assist = "ten";
    });
    const { code, err } = run("validate", file);
    expect(code).toBe(1);
    expect(err).toContain("2 problems");
    expect(err).toContain("seats.berlin.brief.pointTable.force.tripwire: ");
    expect(err).toContain(
      'seats.paris.brief.pointTable.pledge.assist: Expected a number here, but found the text "ten".',
    );
  });

  it("exits 2 for a missing file, bad JSON or bad usage", () => {
    expect(run("validate", join(dir, "nope.json"))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no such file/),
    });
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    expect(run("validate", bad)).toMatchObject({ code: 2, err: expect.stringMatching(/is not valid JSON/) });
    expect(run()).toMatchObject({ code: 2, err: expect.stringMatching(/usage/) });
    expect(run("frobnicate", defaultFile)).toMatchObject({ code: 2 });
    expect(run("validate", defaultFile, "extra")).toMatchObject({ code: 2 });
  });
});

describe("npm run scenario -- validate (YAML)", () => {
  it("validates a YAML copy where the optional yaml package is installed", async () => {
    let yaml: { stringify(value: unknown): string };
    try {
      yaml = (await import("yaml")) as typeof yaml;
    } catch {
      return; // YAML support is optional; JSON always works.
    }
    const file = join(dir, "copy.yaml");
    writeFileSync(file, yaml.stringify(JSON.parse(readFileSync(defaultFile, "utf8"))));
    const { code, out } = run("validate", file);
    expect(code).toBe(0);
    expect(out).toMatch(/^ok guarantees-2025 v1/);
  });

  it("resolves a relative path from where npm was started (INIT_CWD)", () => {
    const result = spawnSync(process.execPath, [bin, "validate", "guarantees-2025.json"], {
      encoding: "utf8",
      env: { ...process.env, INIT_CWD: fileURLToPath(new URL("../scenarios/", import.meta.url)) },
    });
    expect(result.status).toBe(0);
  });
});
