// Keys of values the game shell puts in Phaser's registry for every scene.

/** Registry keys the shell sets for every scene. */
export const REGISTRY = {
  /** Device pixels per CSS pixel: scenes draw in device pixels and scale type and lines by it. */
  pixelRatio: "pixelRatio",
  /** True when the user asked the system for reduced motion. */
  reducedMotion: "reducedMotion",
} as const;
