// The stage's objects kept from one picture to the next, by what they show. A text the stage makes
// is a canvas of its own and a texture; under software WebGL (no GPU) making, drawing and uploading
// a hundred of them on every change at the table was the stage's largest cost (#19). The pool holds
// no Phaser: the stage hands it the last picture's objects with their keys and asks it for one by key.

/** How a new text is drawn, as far as its texture goes. */
export type TextLook = {
  /** Weight, style and size, e.g. "italic 400 14px". */
  font: string;
  /** CSS colour. */
  color: string;
  letterSpacing: number;
  /** What it shows (after any capitals). */
  text: string;
};

/** The key a new text of `look` is asked for by. */
export function textKey(look: TextLook): string {
  return `${look.font}|${look.color}|${look.letterSpacing}|${look.text}`;
}

/**
 * The key a drawn text is kept under, or null when a new text would not look the same: one
 * wrapped, spaced or aligned after it was made.
 */
export function keptTextKey(
  look: TextLook & { wrapWidth: number | null; lineSpacing: number; align: string },
): string | null {
  if (look.wrapWidth || look.lineSpacing !== 0 || look.align !== "left") return null;
  return textKey(look);
}

/** Objects of the last picture, free to be taken again by key; what the next picture does not take is dropped. */
export class KeptObjects<T> {
  private free = new Map<string, T[]>();

  /** Offers `object`, drawn in the last picture, for the next one under `key`. */
  keep(key: string, object: T): void {
    const list = this.free.get(key);
    if (list) list.push(object);
    else this.free.set(key, [object]);
  }

  /** An object kept under `key`, now taken out of the pool, or undefined. */
  take(key: string): T | undefined {
    const list = this.free.get(key);
    const object = list?.pop();
    if (list && list.length === 0) this.free.delete(key);
    return object;
  }

  /** Hands every object no one took to `drop`, and forgets them. */
  sweep(drop: (object: T) => void): void {
    for (const list of this.free.values()) for (const object of list) drop(object);
    this.free.clear();
  }
}
