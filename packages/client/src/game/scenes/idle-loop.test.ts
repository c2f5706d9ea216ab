import type * as Phaser from "phaser";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IdleLoop } from "./idle-loop.ts";

/** A scene whose game loop counts the frames it draws: one when woken (Phaser ticks at once), one per step. */
function fakeScene() {
  const state = { running: false, frames: 0, playing: false };
  const loop = {
    get running() {
      return state.running;
    },
    sleep: () => {
      state.running = false;
    },
    wake: () => {
      if (state.running) return;
      state.running = true;
      state.frames++;
    },
  };
  const scene = {
    game: { loop, step: () => state.frames++ },
    tweens: { getTweens: () => (state.playing ? [{ isPlaying: () => true }] : []) },
  };
  return { scene: scene as unknown as Phaser.Scene, state };
}

describe("the stage's game loop while a picture is built in slices", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("draws no frame while held, though a pointer asks, and wakes for it once released", () => {
    // A frame between two slices would show a half-built picture (#19).
    const { scene, state } = fakeScene();
    const idle = new IdleLoop(scene);
    idle.hold();
    idle.wakeFor(600);
    idle.showPicture();
    vi.advanceTimersByTime(100);
    expect(state.frames).toBe(0);
    expect(state.running).toBe(false);
    idle.release();
    expect(state.running).toBe(true);
    expect(state.frames).toBe(1);
  });

  it("puts a running loop to sleep when held", () => {
    const { scene, state } = fakeScene();
    const idle = new IdleLoop(scene);
    idle.wakeFor(600);
    expect(state.running).toBe(true);
    idle.hold();
    expect(state.running).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(state.frames).toBe(1);
  });

  it("shows a still picture in one frame of a task of its own", () => {
    const { scene, state } = fakeScene();
    const idle = new IdleLoop(scene);
    idle.hold();
    idle.release();
    idle.showPicture();
    expect(state.frames).toBe(0);
    vi.advanceTimersByTime(0);
    expect(state.frames).toBe(1);
  });

  it("wakes for a moving picture in a task of its own, not in the task that built it", () => {
    // Waking Phaser's loop draws a frame at once: the last slice and that frame were one long task.
    const { scene, state } = fakeScene();
    const idle = new IdleLoop(scene);
    state.playing = true;
    idle.showPicture();
    expect(state.frames).toBe(0);
    vi.advanceTimersByTime(0);
    expect(state.running).toBe(true);
    expect(state.frames).toBe(1);
  });
});
