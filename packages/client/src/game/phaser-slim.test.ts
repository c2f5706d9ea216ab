// The production build takes Phaser from phaser-slim.js, which names the game objects the scenes
// may add. A scene that adds one it does not name fails only in a built page (`this.add.x is not a
// function`): this test reads the scenes' sources and the factories phaser-slim.js imports.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const gameDir = import.meta.dirname;
const phaserSrc = path.resolve(gameDir, "../../../../node_modules/phaser/src");

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("the slim Phaser of the production build", () => {
  it("registers every game object the scenes add", () => {
    const slim = fs.readFileSync(path.join(gameDir, "phaser-slim.js"), "utf8");
    const factories = [...slim.matchAll(/"phaser-src\/(gameobjects\/[\w/]+Factory\.js)"/g)].map((m) => m[1] as string);
    const registered = new Set(
      factories.flatMap((file) =>
        [
          ...fs.readFileSync(path.join(phaserSrc, file), "utf8").matchAll(/GameObjectFactory\.register\(\s*'(\w+)'/g),
        ].map((m) => m[1] as string),
      ),
    );
    const added = new Set(
      sourcesUnder(gameDir).flatMap((file) =>
        [...fs.readFileSync(file, "utf8").matchAll(/\badd\s*\.\s*(\w+)\s*\(/g)].map((m) => m[1] as string),
      ),
    );
    expect(added.size).toBeGreaterThan(5);
    expect([...added].filter((name) => !registered.has(name))).toEqual([]);
  });

  it("imports only modules that exist in the installed Phaser", () => {
    const slim = fs.readFileSync(path.join(gameDir, "phaser-slim.js"), "utf8");
    const imports = [...slim.matchAll(/"phaser-src\/([\w/.-]+)"/g)].map((m) => m[1] as string);
    expect(imports.length).toBeGreaterThan(30);
    expect(imports.filter((file) => !fs.existsSync(path.join(phaserSrc, file)))).toEqual([]);
  });
});
