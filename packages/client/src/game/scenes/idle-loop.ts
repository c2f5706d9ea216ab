// A Phaser game loop that runs only while a scene has something to move. Phaser redraws every
// frame by default; with no GPU (software WebGL, as on many school laptops and on CI) one page of
// a still picture at 60 frames a second costs most of a CPU core. The canvas keeps its last frame
// while the loop sleeps.
import type * as Phaser from "phaser";

export class IdleLoop {
  private awakeUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly scene: Phaser.Scene;

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
  }

  /** Keeps the loop running for at least `ms`, then lets it sleep once none of the scene's tweens plays. */
  wakeFor(ms: number): void {
    const loop = this.scene.game.loop;
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    if (!loop.running) loop.wake(true);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.sleepWhenStill(), Math.max(16, this.awakeUntil - performance.now()));
  }

  /** Draws one frame now without waking the loop (a clock's digits changing need no more). */
  drawOnce(): void {
    const game = this.scene.game;
    if (!game.loop.running) game.step(performance.now(), 0);
  }

  /** Stops the pending sleep check (the scene is shutting down). */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private sleepWhenStill(): void {
    const wait = this.awakeUntil - performance.now();
    const moving = this.scene.tweens.getTweens().some((tw) => tw.isPlaying());
    if (wait > 0 || moving) {
      this.timer = setTimeout(() => this.sleepWhenStill(), Math.max(50, wait));
      return;
    }
    this.scene.game.loop.sleep();
  }
}
