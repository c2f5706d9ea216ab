// A Phaser game loop that runs only while a scene has something to move. Phaser redraws every
// frame by default; with no GPU (software WebGL, as on many school laptops and on CI) one page of
// a still picture at 60 frames a second costs most of a CPU core. The canvas keeps its last frame
// while the loop sleeps.
import type * as Phaser from "phaser";

export class IdleLoop {
  private awakeUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private frame: ReturnType<typeof setTimeout> | undefined;
  /** A picture is being built over several tasks: no frame until it is whole. */
  private held = false;

  private readonly scene: Phaser.Scene;

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
  }

  /** Keeps the loop running for at least `ms`, then lets it sleep once none of the scene's tweens plays. */
  wakeFor(ms: number): void {
    const loop = this.scene.game.loop;
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    if (this.held) return;
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
    clearTimeout(this.frame);
    // Waking the loop draws a frame at once: that too waits for a task of its own.
    if (this.moving()) {
      this.frame = setTimeout(() => this.wakeFor(250), 0);
      return;
    }
    this.rest();
    this.frame = setTimeout(() => this.drawOnce(), 0);
  }

  /**
   * Draws no frame until `release()`: the canvas keeps the last whole picture while the next is
   * built in slices, so a half-built one is never seen (#19). Tweens wait where they are.
   */
  hold(): void {
    this.held = true;
    clearTimeout(this.timer);
    clearTimeout(this.frame);
    const loop = this.scene.game.loop;
    if (loop.running) loop.sleep();
  }

  /** Lets frames be drawn again, the loop woken if something asked for it meanwhile; then `showPicture()`. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    const left = this.awakeUntil - performance.now();
    if (left > 0) this.wakeFor(left);
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
    if (!this.held && !game.loop.running) game.step(performance.now(), 0);
  }

  /** Stops the pending sleep check (the scene is shutting down). */
  dispose(): void {
    this.held = false;
    clearTimeout(this.timer);
    clearTimeout(this.frame);
  }

  private sleepWhenStill(): void {
    if (this.held) return;
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
