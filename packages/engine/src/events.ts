// Events: small typed records of what an action made happen, for logs, animations and
// announcements. They carry public facts only (no private brief content).
import type { MoscowAction, ProtectedMove, Response, SeatId } from "./scenario.ts";
import type {
  Amendment,
  Controller,
  MoscowOdds,
  Offer,
  Outcome,
  Package,
  Phase,
  PlayedEvent,
  Stance,
  StressStep,
} from "./state.ts";

/** Everything `apply` can report. */
export type GameEvent =
  | {
      type: "phase/entered";
      phase: Phase;
      round: number;
      year: number;
      step: StressStep | null;
      deadline: number | null;
    }
  | { type: "table/seated"; seats: SeatId[] }
  | { type: "table/paused"; remainingMs: number | null }
  | { type: "table/resumed"; deadline: number | null }
  | { type: "phase/extended"; seconds: number; deadline: number | null }
  | { type: "seat/controller"; seat: SeatId; controller: Controller }
  | { type: "seat/ready"; seat: SeatId; ready: boolean }
  | {
      type: "draft/changed";
      issue: string;
      option: string | null;
      by: SeatId | "facilitator";
      amendment: number | null;
    }
  | { type: "amendment/posted"; amendment: Amendment }
  | { type: "amendment/supported"; id: number; seat: SeatId }
  | { type: "amendment/opposed"; id: number; seat: SeatId }
  | { type: "amendment/closed"; id: number; status: "accepted" | "declined" | "withdrawn" }
  | { type: "pen/passed"; from: SeatId | null; to: SeatId | null; reason?: "majority" | "lapse" }
  | { type: "pen/requested"; seat: SeatId }
  | { type: "pen/backed"; seat: SeatId; by: SeatId }
  | { type: "offer/made"; offer: Offer }
  | { type: "offer/answered"; id: number; seat: SeatId; status: "accepted" | "declined" }
  | { type: "offer/withdrawn"; id: number }
  | {
      type: "offer/settled";
      id: number;
      seat: SeatId;
      act: "support" | "accept";
      amendment: number;
      result: "kept" | "broken" | "void";
    }
  | { type: "position/set"; seat: SeatId; issue: string; option: string; stance: Stance | null }
  | { type: "poll/asked"; id: number; by: SeatId }
  | { type: "poll/answered"; id: number; seat: SeatId; sign: boolean; blockers: string[] }
  | { type: "vote/opened"; id: number; calledBy: SeatId | "facilitator"; package: Package }
  /** `standIn`: cast by the seat-keeper while the seat's people were away. */
  | { type: "vote/ballot"; id: number; seat: SeatId; ballot: "sign" | "decline"; standIn?: true }
  | { type: "vote/closed"; id: number; concluded: boolean; signatories: SeatId[]; reason: string }
  | { type: "framework/concluded"; package: Package; signatories: SeatId[]; unanimous: boolean }
  | { type: "ratification/rolled"; seat: SeatId; probability: number; roll: number; ratified: boolean }
  | { type: "framework/ratified"; bound: SeatId[]; stands: boolean }
  | { type: "talks/failed"; reason: string }
  | { type: "stress/event"; year: number; event: PlayedEvent }
  | { type: "news/injected"; phase: Phase; round: number; year: number; event: PlayedEvent }
  | { type: "stress/moscow"; year: number; action: MoscowAction; drawn: boolean; odds: MoscowOdds }
  | { type: "stress/response"; year: number; seat: SeatId; response: Response; standIn?: true }
  | { type: "stress/protected-move"; year: number; seat: SeatId; move: ProtectedMove; standIn?: true }
  | { type: "stress/snap-back"; year: number }
  | { type: "stress/broken-promise"; year: number; seat: SeatId; pledged: Response; response: Response }
  | {
      type: "stress/adjudicated";
      year: number;
      security: number;
      escalation: number;
      unity: number;
      damage: number;
      mitigation: number;
    }
  /** `notPlayed` when the table was ended from the lobby (its outcome then says nothing). */
  | { type: "game/ended"; outcome: Outcome; early: boolean; notPlayed?: true };

/** The `type` of every event. */
export type GameEventType = GameEvent["type"];
