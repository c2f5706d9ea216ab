import { describe, expect, it } from "vitest";
import { type GameLike, type PhaserNames, type SceneLike, sceneCreated, whenSceneCreated } from "./scene-ready.ts";

// Phaser's own numbers (src/scene/const.js) and event names; Phaser itself needs a browser.
const NAMES: PhaserNames = { RUNNING: 5, SHUTDOWN: 8, CREATE: "create", STEP: "step", READY: "ready" };
const STATUS = { PENDING: 0, CREATING: 4, RUNNING: 5, PAUSED: 6, SLEEPING: 7, SHUTDOWN: 8, DESTROYED: 9 };

/** A scene whose events are kept to be fired by hand. */
function fakeScene(status: number) {
  const handlers = new Map<string, (() => void)[]>();
  const scene: SceneLike & { fire: (e: string) => void } = {
    sys: { settings: { status } },
    events: { once: (e, fn) => handlers.set(e, [...(handlers.get(e) ?? []), fn]) },
    fire: (e) => {
      const list = handlers.get(e) ?? [];
      handlers.delete(e);
      for (const fn of list) fn();
    },
  };
  return scene;
}

const gameWith = (scene: SceneLike): GameLike => ({
  isBooted: true,
  scene: { getScene: () => scene },
  events: { once: () => undefined },
});

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe("when a scene may be drawn on", () => {
  it("is after create() and before a stop: running, paused or asleep", () => {
    expect(sceneCreated(STATUS.RUNNING, NAMES)).toBe(true);
    expect(sceneCreated(STATUS.PAUSED, NAMES)).toBe(true);
    expect(sceneCreated(STATUS.SLEEPING, NAMES)).toBe(true);
    expect(sceneCreated(STATUS.PENDING, NAMES)).toBe(false);
    expect(sceneCreated(STATUS.CREATING, NAMES)).toBe(false);
    // A stopped scene's number is above RUNNING, but its objects are gone (the race in #18).
    expect(sceneCreated(STATUS.SHUTDOWN, NAMES)).toBe(false);
    expect(sceneCreated(STATUS.DESTROYED, NAMES)).toBe(false);
  });

  it("waits for a stopped scene that is started again to run create() anew", async () => {
    const scene = fakeScene(STATUS.SHUTDOWN);
    const p = whenSceneCreated(gameWith(scene), "StressScene", NAMES);
    expect(await settled(p)).toBe(false);
    scene.sys.settings.status = STATUS.RUNNING;
    scene.fire("create");
    expect(await p).toBe(scene);
  });

  it("gives a running scene at once", async () => {
    const scene = fakeScene(STATUS.RUNNING);
    expect(await settled(whenSceneCreated(gameWith(scene), "TableScene", NAMES))).toBe(true);
  });
});
