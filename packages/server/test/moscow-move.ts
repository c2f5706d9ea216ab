// Moving a table on to Moscow's first move, for server tests: the facilitator skips every step up
// to Moscow's (skipping that step itself would have the engine draw for Moscow), then the test
// waits until year 1 has Moscow's action.
import type { Room } from "@colyseus/sdk";
import { joinDocument } from "@ironclad/engine/protocol";
import { expect } from "vitest";
import { eventually } from "./eventually.ts";

/** Skips `fac`'s table on to Moscow's step of year 1 and waits until Moscow has moved. */
export async function untilMoscowMoved(fac: Room): Promise<void> {
  await eventually(
    () => {
      const years = (joinDocument(fac.state.publicParts)?.years ?? []) as { moscowAction?: string }[];
      const waiting = fac.state.phase === "stress" && fac.state.step === "moscow";
      if (!years[0]?.moscowAction && !waiting) fac.send("action", { type: "facilitator/skip" });
      expect(years[0]?.moscowAction).toBeTruthy();
    },
    { timeout: 20_000, interval: 300 },
  );
}
