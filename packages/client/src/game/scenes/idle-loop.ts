// A Phaser game loop that runs only while a scene has something to move. Phaser redraws every
// frame by default; with no GPU (software WebGL, as on many school laptops and on CI) one page of
// a still picture at 60 frames a second costs most of a CPU core. The canvas keeps its last frame
// while the loop sleeps.
import type * as Phaser from "phaser";

export class IdleLoop {
  private awakeUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: ReturnType<typeof setTimeout> | undefined;

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

  /**
   * Shows a picture just laid out: the loop runs while something in it moves; else it rests and one
   * frame is drawn, in a task of its own (a picture can be laid out inside a frame, at a scene's
   * start). Under software WebGL every frame is a long task, the canvas read back for the
   * compositor: a still picture gets one (#19).
   */
  showPicture(): void {
    if (this.moving()) {
      this.wakeFor(250);
      return;
    }
    this.rest();
    clearTimeout(this.frame);
    this.frame = setTimeout(() => this.drawOnce(), 0);
  }

  /** Puts the loop to sleep unless something moves or it was woken: it runs from the game's start until told. */
  rest(): void {
    const loop = this.scene.game.loop;
    if (!loop.running || this.moving() || this.awakeUntil > performance.now()) return;
    clearTimeout(this.timer);
    loop.sleep();
  }

  /** Draws one frame now without waking the loop (a clock's digits changing need no more). */
  drawOnce(): void {
    const game = this.scene.game;
    if (!game.loop.running) game.step(performance.now(), 0);
  }

  /** Stops the pending sleep check (the scene is shutting down). */
  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.frame);
  }

  private sleepWhenStill(): void {
    const wait = this.awakeUntil - performance.now();
    if (wait > 0 || this.moving()) {
      this.timer = setTimeout(() => this.sleepWhenStill(), Math.max(50, wait));
      return;
    }
    this.scene.game.loop.sleep();
  }

  private moving(): boolean {
    return this.scene.tweens.getTweens().some((tw) => tw.isPlaying());
  }
}
