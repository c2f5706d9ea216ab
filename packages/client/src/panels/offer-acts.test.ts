import { describe, expect, it } from "vitest";
import { privatePart } from "../game/snapshot-fixtures.ts";
import type { PrivatePart, PublicPart } from "../net/table-types.ts";
import { offerActsOf } from "./offer-acts.ts";

type Offer = PublicPart["offers"][number];

const offer = (over: Partial<Offer> = {}): Offer => ({
  id: 1,
  by: "berlin",
  to: "kyiv",
  gives: [{ act: "support", amendment: 2 }],
  asks: [{ act: "support", amendment: 1 }],
  status: "open",
  acceptedBy: null,
  round: 1,
  at: 0,
  ...over,
});

const mine = (offerAffordances: PrivatePart["offerAffordances"]): PrivatePart =>
  privatePart({ offerAffordances, legal: ["offer/accept", "offer/decline", "offer/withdraw"] });

describe("an offer's buttons", () => {
  it("are the acts the view gives, not what the offer's addressee and the legal types suggest", () => {
    // Made to Kyiv, but amendment #1 has closed: the engine lists decline only, so there is no Accept.
    expect([...offerActsOf(mine([{ offer: 1, acts: ["decline"] }]), offer())]).toEqual(["decline"]);
    expect([...offerActsOf(mine([{ offer: 1, acts: ["accept", "decline"] }]), offer())]).toEqual(["accept", "decline"]);
    // Not listed (another seat's offer to a third, say): nothing, whatever the legal types say.
    expect(offerActsOf(mine([{ offer: 2, acts: ["withdraw"] }]), offer()).size).toBe(0);
  });

  it("are none for a settled offer or an observer", () => {
    expect(offerActsOf(mine([{ offer: 1, acts: ["accept"] }]), offer({ status: "accepted" })).size).toBe(0);
    expect(offerActsOf(null, offer()).size).toBe(0);
  });
});
