// The Phaser game shell. Loaded only through a dynamic import(), so Phaser stays out of the landing bundle.
// The caller names its scenes: the map's (with its base map and d3-geo) comes with the map only, not
// with the table's stage (#19).
import * as Phaser from "phaser";
import { colour } from "../theme/palette.ts";
import { REGISTRY } from "./registry.ts";
import { type PhaserNames, whenSceneCreated } from "./scene-ready.ts";

/** A running game and how to stop it. */
export type GameHandle = {
  game: Phaser.Game;
  /** Resolves with a scene once it has run create() (a stopped scene: once it has run it again). */
  scene: <T extends Phaser.Scene>(key: string) => Promise<T>;
  destroy: () => void;
};

const PHASER_NAMES: PhaserNames = {
  RUNNING: Phaser.Scenes.RUNNING,
  SHUTDOWN: Phaser.Scenes.SHUTDOWN,
  CREATE: Phaser.Scenes.Events.CREATE,
  STEP: Phaser.Core.Events.STEP,
  READY: Phaser.Core.Events.READY,
};

/** The fonts scenes use; canvas text cannot wait for a web font by itself. */
const FONTS = ['400 16px "IBM Plex Sans"', '600 16px "IBM Plex Sans"', 'italic 400 16px "IBM Plex Sans"'];

/**
 * Starts the game with `scenes` (the first listed runs) inside `parent`, filling it. The canvas is sized in device pixels and shown at
 * CSS size (zoom 1/ratio), so type and lines are sharp on phones and projectors alike.
 */
export async function startGame(parent: HTMLElement, scenes: Array<typeof Phaser.Scene>): Promise<GameHandle> {
  await Promise.all(FONTS.map((font) => document.fonts?.load(font).catch(() => undefined)));
  const ratio = () => Math.min(3, Math.max(1, window.devicePixelRatio || 1));
  const cssSize = () => ({
    width: Math.max(1, Math.round(parent.clientWidth)),
    height: Math.max(1, Math.round(parent.clientHeight)),
  });
  let pr = ratio();
  const size = cssSize();
  const reducedMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)");

  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    backgroundColor: colour.sea,
    antialias: true,
    banner: false,
    // Quads per draw call. Phaser's 16,384 sizes every batch's buffers at boot (megabytes, filled by
    // software WebGL on a machine without a GPU: a long task of its own); a picture here is a few
    // hundred quads, and a longer one is drawn in more calls, the same pixels (#19).
    batchSize: 1024,
    scale: {
      mode: Phaser.Scale.NONE,
      width: size.width * pr,
      height: size.height * pr,
      zoom: 1 / pr,
    },
    callbacks: {
      preBoot: (g) => {
        g.registry.set(REGISTRY.pixelRatio, pr);
        g.registry.set(REGISTRY.reducedMotion, reducedMotion?.matches ?? false);
      },
    },
    scene: scenes,
  });

  const onMotionChange = (e: MediaQueryListEvent) => game.registry.set(REGISTRY.reducedMotion, e.matches);
  reducedMotion?.addEventListener("change", onMotionChange);

  let pending = 0;
  let destroyed = false;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      // A resize seen just before the page left the table: the game and its canvas are gone.
      if (destroyed || !game.canvas) return;
      const next = cssSize();
      pr = ratio();
      game.registry.set(REGISTRY.pixelRatio, pr);
      game.scale.setZoom(1 / pr);
      game.scale.resize(next.width * pr, next.height * pr);
      // At zoom 1 Phaser leaves the CSS size as it was; the canvas must follow its parent.
      game.canvas.style.width = `${next.width}px`;
      game.canvas.style.height = `${next.height}px`;
    });
  });
  observer.observe(parent);

  // A scene stopped for another and started again is SHUTDOWN until its new create(): not ready.
  const scene = <T extends Phaser.Scene>(key: string) => whenSceneCreated<T>(game, key, PHASER_NAMES);

  return {
    game,
    scene,
    destroy: () => {
      destroyed = true;
      cancelAnimationFrame(pending);
      observer.disconnect();
      reducedMotion?.removeEventListener("change", onMotionChange);
      game.destroy(true);
    },
  };
}
