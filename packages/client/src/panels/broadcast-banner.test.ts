// Which broadcast the student's banner shows (#17, item 13): the latest, until dismissed; none stale.
import type { ChatMessage } from "@ironclad/engine/protocol";
import { describe, expect, it } from "vitest";
import { BANNER_FRESH_MS, bannerBroadcast } from "./broadcast-banner.tsx";

const msg = (seq: number, channel: string, at: number): ChatMessage =>
  ({ seq, channel, fromSeat: null, fromName: "Facilitator", text: `m${seq}`, at }) as ChatMessage;

describe("the broadcast banner", () => {
  const chat = [msg(1, "broadcast", 1_000), msg(2, "table", 2_000), msg(3, "broadcast", 3_000), msg(4, "table", 4_000)];
  it("shows the latest broadcast, past later table talk", () => {
    expect(bannerBroadcast(chat, 0, 5_000)?.seq).toBe(3);
  });
  it("shows nothing once the latest is dismissed (an older one does not come back)", () => {
    expect(bannerBroadcast(chat, 3, 5_000)).toBeNull();
  });
  it("leaves a stale broadcast to the chat tab", () => {
    expect(bannerBroadcast(chat, 0, 3_000 + BANNER_FRESH_MS)).toBeNull();
  });
});
