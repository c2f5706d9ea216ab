// The links a handout prints and encodes in its QR codes. The server builds them on its
// PUBLIC_URL; without one they say localhost, which no student's phone can open, so the handout
// uses the address the facilitator's own browser used (the students reach the same server there).

/**
 * The link to print for `joinUrl`, a link the server built: unchanged when the server has a
 * PUBLIC_URL (`publicUrl`), else moved to `origin` (the facilitator's `window.location.origin`).
 * A handout stored before the server said (`publicUrl` undefined) moves only a localhost link.
 */
export function handoutLink(joinUrl: string, publicUrl: string | null | undefined, origin: string): string {
  if (publicUrl) return joinUrl;
  let url: URL;
  try {
    url = new URL(joinUrl);
  } catch {
    return joinUrl;
  }
  if (publicUrl === undefined && url.hostname !== "localhost") return joinUrl;
  return `${origin}${url.pathname}${url.search}`;
}
