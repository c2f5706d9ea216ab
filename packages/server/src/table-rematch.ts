// A rematch from a quick game's debrief (#21, item 3): one person offers the table the same game
// again (same settings and scenario, seats kept or rotated one place among the people), the others
// accept or decline, and the people who accepted move together to one new table. The room holds the
// offer (in memory: a restart forgets it) and asks this module what the messages mean, who may send
// them and what the offer comes to; it does the creating and the telling itself.
import {
  type ErrorCode,
  type RematchNotice,
  type RematchSeating,
  rematchAnswerSchema,
  rematchOfferSchema,
} from "@ironclad/engine/protocol";

type Refusal = { code: ErrorCode; message: string };

/** One person the offer was made to: a person seated at the table when it was made. */
export type Invitee = { personId: string; seat: string; name: string; answer: "accepted" | "declined" | "waiting" };

/** The table's rematch offer, as the room holds it. */
export type RematchOffer = {
  id: number;
  byPersonId: string;
  seats: RematchSeating;
  deadline: number;
  status: RematchNotice["status"];
  reason: ErrorCode | null;
  /** The new table, once started. */
  tableId: string | null;
  /** The people it carried over to the new table, once started. */
  carried: string[];
  /** In the table's seat order. */
  invitees: Invitee[];
};

/** Who is still at the table (not left) and who has a page connected now, by person id. */
export type Presence = { present: (personId: string) => boolean; connected: (personId: string) => boolean };

/** Who sends a rematch message, as the room knows them. */
export type RematchSender = { kind: "person"; personId: string; seat: string | null } | { kind: "facilitator" };

/** Parses `rematch/offer`. */
export function parseOffer(message: unknown): { ok: true; seats: RematchSeating } | { ok: false; error: Refusal } {
  const parsed = rematchOfferSchema.safeParse(message);
  if (parsed.success) return { ok: true, seats: parsed.data.seats };
  return {
    ok: false,
    error: { code: "request/invalid", message: 'A rematch offer is { seats: "kept" | "rotated" }.' },
  };
}

/** Parses `rematch/answer`. */
export function parseAnswer(
  message: unknown,
): { ok: true; offer: number; accept: boolean } | { ok: false; error: Refusal } {
  const parsed = rematchAnswerSchema.safeParse(message);
  if (parsed.success) return { ok: true, ...parsed.data };
  return {
    ok: false,
    error: { code: "request/invalid", message: "A rematch answer is { offer: <its number>, accept: true | false }." },
  };
}

/** Why someone may not offer a rematch now; null when they may. */
export function offerRefusal(
  sender: RematchSender,
  table: { phase: string; facilitated: boolean },
  current: RematchOffer | null,
): Refusal | null {
  if (sender.kind !== "person" || sender.seat === null)
    return { code: "seat/observer", message: "Only the people seated at the table can offer a rematch." };
  if (table.facilitated)
    return {
      code: "rematch/facilitated",
      message: "Your facilitator runs this table: the next game is theirs to set up.",
    };
  if (table.phase !== "debrief")
    return { code: "rematch/not_over", message: "A rematch can be offered once the game is over, in its debrief." };
  if (current?.status === "open")
    return { code: "rematch/open", message: "A rematch is already on offer at this table: answer it instead." };
  return null;
}

/** Why an answer is refused; null when it counts. */
export function answerRefusal(sender: RematchSender, offer: RematchOffer | null, id: number): Refusal | null {
  if (sender.kind !== "person" || sender.seat === null)
    return { code: "seat/observer", message: "Only the people seated at the table answer a rematch offer." };
  if (!offer || offer.id !== id)
    return { code: "rematch/not_found", message: "There is no such rematch offer at this table." };
  if (offer.status === "expired")
    return {
      code: "rematch/expired",
      message: "This rematch offer expired: everyone who had accepted it has left the table.",
    };
  if (offer.status !== "open")
    return { code: "rematch/closed", message: "This rematch offer is closed: it has started or was withdrawn." };
  if (!offer.invitees.some((i) => i.personId === sender.personId))
    return { code: "rematch/not_invited", message: "This rematch offer was made before you sat at the table." };
  return null;
}

/** A new offer to everyone seated now (`people` in the table's seat order); its maker has accepted it. */
export function makeOffer(input: {
  id: number;
  byPersonId: string;
  seats: RematchSeating;
  deadline: number;
  people: readonly { id: string; seat: string; name: string }[];
}): RematchOffer {
  return {
    id: input.id,
    byPersonId: input.byPersonId,
    seats: input.seats,
    deadline: input.deadline,
    status: "open",
    reason: null,
    tableId: null,
    carried: [],
    invitees: input.people.map((p) => ({
      personId: p.id,
      seat: p.seat,
      name: p.name,
      answer: p.id === input.byPersonId ? "accepted" : "waiting",
    })),
  };
}

/** The offer with this person's answer; its maker's no withdraws it. */
export function withAnswer(offer: RematchOffer, personId: string, accept: boolean): RematchOffer {
  if (personId === offer.byPersonId && !accept) return { ...offer, status: "withdrawn" };
  return {
    ...offer,
    invitees: offer.invitees.map((i) =>
      i.personId === personId ? { ...i, answer: accept ? "accepted" : "declined" } : i,
    ),
  };
}

/**
 * Each of `people` (in seat order) with their seat at the rematch: their own, or (rotated) the next
 * one's among them, the last taking the first's. One person alone keeps their seat.
 */
export function seatsAtRematch<P extends { seat: string }>(
  people: readonly P[],
  seating: RematchSeating,
): (P & { to: string })[] {
  return people.map((p, i) => ({
    ...p,
    to: seating === "rotated" ? (people[(i + 1) % people.length]?.seat ?? p.seat) : p.seat,
  }));
}

/** Who the rematch carries over now: those who accepted and are still at the table, with their seats there. */
export function carried(offer: RematchOffer, presence: Presence): (Invitee & { to: string })[] {
  return seatsAtRematch(
    offer.invitees.filter((i) => i.answer === "accepted" && presence.present(i.personId)),
    offer.seats,
  );
}

/**
 * What an open offer comes to now: `expire` once nobody who accepted is left at the table; `start`
 * at its deadline, or as soon as nobody connected is still to answer; else `wait`.
 */
export function decide(offer: RematchOffer, presence: Presence, now: number): "wait" | "start" | "expire" {
  if (offer.status !== "open") return "wait";
  if (!offer.invitees.some((i) => i.answer === "accepted" && presence.present(i.personId))) return "expire";
  if (now >= offer.deadline) return "start";
  const waitingOn = offer.invitees.some(
    (i) => i.answer === "waiting" && presence.present(i.personId) && presence.connected(i.personId),
  );
  return waitingOn ? "wait" : "start";
}

/**
 * The offer as everyone at the table sees it. Each person's seat at the rematch is counted among
 * those who have not declined or left (while open), or among those it carried (once started).
 */
export function noticeOf(offer: RematchOffer, presence: Presence): RematchNotice {
  const by = offer.invitees.find((i) => i.personId === offer.byPersonId);
  const going = offer.invitees.filter((i) =>
    offer.status === "open"
      ? i.answer !== "declined" && presence.present(i.personId)
      : offer.carried.includes(i.personId),
  );
  const to = new Map(seatsAtRematch(going, offer.seats).map((p) => [p.personId, p.to]));
  return {
    offer: offer.id,
    by: { seat: by?.seat ?? "", name: by?.name ?? "" },
    seats: offer.seats,
    deadline: offer.deadline,
    status: offer.status,
    reason: offer.reason,
    tableId: offer.tableId,
    people: offer.invitees.map((i) => ({
      seat: i.seat,
      name: i.name,
      to: to.get(i.personId) ?? i.seat,
      answer: i.answer,
      connected: presence.connected(i.personId),
      left: !presence.present(i.personId),
    })),
  };
}
