// When a scene of the game may be drawn on: after its create() has run, and not stopped since.
// Apart from boot.ts and free of Phaser (whose constants the caller passes), so it can be tested
// without a browser.

/** The few things of a Phaser scene this needs. */
export type SceneLike = {
  sys: { settings: { status: number } };
  events: { once: (event: string, fn: () => void) => unknown };
};

/** The few things of a Phaser game this needs. */
export type GameLike = {
  isBooted: boolean;
  scene: { getScene: (key: string) => unknown };
  events: { once: (event: string, fn: () => void) => unknown };
};

/** Phaser's scene statuses and event names (`Phaser.Scenes`, `Phaser.Scenes.Events`, `Phaser.Core.Events`). */
export type PhaserNames = { RUNNING: number; SHUTDOWN: number; CREATE: string; STEP: string; READY: string };

/**
 * Whether a scene of `status` has run create() and is not stopped: running, paused or asleep. A
 * stopped scene (SHUTDOWN, DESTROYED) counts above RUNNING too, but its objects are gone; a host
 * that restarts it must wait for the new create().
 */
export function sceneCreated(status: number, names: Pick<PhaserNames, "RUNNING" | "SHUTDOWN">): boolean {
  return status >= names.RUNNING && status < names.SHUTDOWN;
}

/** Resolves with scene `key` of `game` once it has run create() (at once if it has and is not stopped). */
export function whenSceneCreated<T extends SceneLike>(game: GameLike, key: string, names: PhaserNames): Promise<T> {
  return new Promise<T>((resolve) => {
    const ready = () => {
      const s = game.scene.getScene(key) as T | null;
      if (s && sceneCreated(s.sys.settings.status, names)) resolve(s);
      else if (s) s.events.once(names.CREATE, () => resolve(s));
      else game.events.once(names.STEP, ready);
    };
    if (game.isBooted) ready();
    else game.events.once(names.READY, ready);
  });
}
