// What the stress-test scene draws, as plain data: in ratification, each signatory's roll against
// its odds and whether the framework stands; in the stress test, the year track, this year's event
// card, Moscow's action, each guarantor's response against what its pledge required and what it
// cost, Kyiv's own move (and whether it counts), and the adjudicated year. A pure function of the
// snapshot and the public scenario. No rule is decided here: the numbers come from the state, what
// each seat owes from the engine's view, and what a response costs from the engine's `responseCost`.
import {
  MOSCOW_ACTIONS,
  type MoscowAction,
  type ProtectedMove,
  protectedMoveCounts,
  protectedSeat,
  RESPONSES,
  type Response,
  resolveModelConstants,
  responders,
  responseCost,
} from "@ironclad/engine";
import { loc, t } from "../i18n/index.ts";
import type { PublicScenario, TableSnapshot } from "../net/table-types.ts";
import { type StageHeader, stageHeader } from "./stage-header.ts";

/** A signatory's ratification: the odds it had and, once rolled, where the roll landed. */
export type RatifySeat = {
  id: string;
  name: string;
  flag: string;
  me: boolean;
  /** The probability rolled against, 0–1. */
  probability: number;
  /** The roll, 0–1 (ratified when it lands below the probability); null while pending. */
  roll: number | null;
  ratified: boolean | null;
};

/** A year on the track. */
export type YearTile = {
  year: number;
  /** "Year 2". */
  label: string;
  state: "done" | "current" | "ahead";
  eventTitle: string;
  action: MoscowAction | null;
  /** 0 (complies) to 3 (a major offensive). */
  severity: number;
  actionLabel: string;
  /** After adjudication: Ukraine's security and Western unity (0–100), escalation (0–4+). */
  security: number | null;
  unity: number | null;
  escalation: number | null;
  broken: number;
  /** "security 47 · unity 52" once adjudicated, else "". */
  result: string;
};

/** A guarantor's answer this year against what its pledge required. */
export type ResponseRow = {
  seat: string;
  name: string;
  flag: string;
  me: boolean;
  /** Bound by the standing framework (it ratified). */
  bound: boolean;
  /** What it gave (null while it has not answered). */
  given: Response | null;
  /** What its pledge required this year (null when it owes nothing). */
  pledged: Response | null;
  broken: boolean;
  /** Political capital the response cost it (from the scenario's model constants). */
  cost: number;
  /** Its capital once the year was adjudicated, or null before. */
  capitalAfter: number | null;
};

/** The protected seat's (Kyiv's) own move this year, made beside the guarantors' responses. */
export type ProtectedMoveRow = {
  seat: string;
  name: string;
  flag: string;
  me: boolean;
  /** Its move (null while it has not chosen); "hold" once the year is adjudicated without one. */
  move: ProtectedMove | null;
  /** The move's name, or "" while it has not chosen. */
  label: string;
  /** It did not choose in time: the clock left it holding its course. */
  byClock: boolean;
  /** The move counts this year (Moscow attacked); under hybrid pressure it changes nothing. */
  counts: boolean;
};

/** One of the table's three stats, before this year and now. */
export type Meter = {
  key: "security" | "escalation" | "unity";
  label: string;
  /** The value before this year's adjudication, and now (the adjudicated value once there is one). */
  before: number;
  value: number;
  max: number;
  /** How `value` is said: a number, or the escalation level's name. */
  display: string;
};

/** Everything the stress-test scene draws. */
export type StressSceneModel = {
  view: "ratification" | "stress";
  header: StageHeader;
  /** The framework stands (Moscow tests it) or there is no deal. */
  withDeal: boolean;
  ratification: {
    seats: RatifySeat[];
    /** Once every roll is in: the framework stands, or collapsed to no deal; null before, or with no framework. */
    verdict: "stands" | "collapsed" | null;
    concluded: boolean;
  };
  years: YearTile[];
  /** The year shown in full (the current one), or null before the first. */
  year: null | {
    year: number;
    step: TableSnapshot["step"];
    event: { title: string; text: string; injected: boolean } | null;
    action: MoscowAction | null;
    /** 0 (complies) to 3 (a major offensive). */
    severity: number;
    snapBack: boolean;
    responses: ResponseRow[];
    /** Kyiv's own move, in a year Moscow did not comply and a protected seat is seated; else null. */
    protectedMove: ProtectedMoveRow | null;
    adjudicated: boolean;
    /** Harm done to Ukraine's security this year, and the share the responses absorbed (0–1). */
    damage: number | null;
    mitigation: number | null;
  };
  meters: Meter[];
  /** The response ladder with each rung's capital cost. */
  ladder: { response: Response; label: string; cost: number }[];
  /** The strongest response the framework pledges, or null with no deal. */
  pledge: Response | null;
  words: StressWords;
};

/** The scene's own words. */
export type StressWords = {
  ratifyTitle: string;
  ratifyOdds: string;
  ratified: string;
  failed: string;
  pending: string;
  verdict: string;
  noFramework: string;
  track: string;
  ahead: string;
  eventOf: string;
  eventWaiting: string;
  moscow: string;
  moscowWaiting: string;
  severity: string;
  snapBack: string;
  responses: string;
  pledgeLine: string;
  pledged: string;
  given: string;
  waiting: string;
  broken: string;
  owesNothing: string;
  capital: string;
  outcome: string;
  damage: string;
  noResponse: string;
  noCall: string;
  /** "Kyiv's own move". */
  protectedMove: string;
  /** Said beside Kyiv's move when Moscow did not attack: it changes nothing this year. */
  protectedNoEffect: string;
  /** Said beside a hold the clock chose. */
  protectedByClock: string;
};

const ESCALATION_MAX = 4;

/** An escalation level's name (level 4 and above: a direct clash). */
export function escalationName(level: number): string {
  return t(`escalation.${Math.min(ESCALATION_MAX, Math.max(0, Math.round(level))) as 0 | 1 | 2 | 3 | 4}`);
}

/** The stress-test scene's model for this snapshot, seen from `mySeat` (null for observers and the facilitator). */
export function stressModel(snap: TableSnapshot, scenario: PublicScenario, mySeat: string | null): StressSceneModel {
  const seatOf = (id: string) => scenario.seats.find((s) => s.id === id);
  const nameOf = (id: string) => {
    const s = seatOf(id);
    return s ? loc(s.name) : id;
  };
  const pub = snap.pub;
  const fw = pub?.framework ?? null;
  const withDeal = fw?.stands ?? false;
  const k = resolveModelConstants(scenario.model);
  const costOf = (r: Response): number => responseCost(k, r);

  const rolled = fw ? Object.keys(fw.ratification).length : 0;
  const ratification: StressSceneModel["ratification"] = {
    concluded: fw !== null,
    verdict: fw && rolled > 0 ? (fw.stands ? "stands" : "collapsed") : null,
    seats: (fw?.signatories ?? []).map((id) => {
      const r = fw?.ratification[id];
      return {
        id,
        name: nameOf(id),
        flag: seatOf(id)?.flag ?? "",
        me: id === mySeat,
        probability: r?.probability ?? pub?.readout?.ratification[id] ?? 0,
        roll: r ? r.roll : null,
        ratified: r ? r.ratified : null,
      };
    }),
  };

  const total = pub?.timings.years ?? 0;
  const records = pub?.years ?? [];
  const years: YearTile[] = Array.from({ length: total }, (_, i) => {
    const year = i + 1;
    const rec = records.find((r) => r.year === year);
    const adj = rec?.adjudication ?? null;
    return {
      year,
      label: t("stress.year", { year }),
      state: year < snap.year ? "done" : year === snap.year ? "current" : "ahead",
      eventTitle: rec?.event ? loc(rec.event.title) : "",
      action: rec?.moscowAction ?? null,
      severity: rec?.moscowAction ? MOSCOW_ACTIONS.indexOf(rec.moscowAction) : 0,
      actionLabel: rec?.moscowAction ? t(`moscow.${rec.moscowAction}`) : "",
      security: adj ? Math.round(adj.securityAfter) : null,
      unity: adj ? Math.round(adj.unityAfter) : null,
      escalation: adj ? adj.escalationAfter : null,
      broken: rec?.brokenPromises.length ?? 0,
      result: adj
        ? t("debrief.yearStats", { security: Math.round(adj.securityAfter), unity: Math.round(adj.unityAfter) })
        : "",
    };
  });

  const record = records.find((r) => r.year === snap.year) ?? null;
  const pledge = withDeal ? (pub?.readout?.pledge ?? null) : null;
  const bound = new Set(withDeal ? (fw?.bound ?? []) : []);
  const action = record?.moscowAction ?? null;
  // Who answers Moscow is the engine's rule; a seat that never answered did nothing.
  const answering = responders({ seatOrder: snap.seatOrder, scenario });
  const responses: ResponseRow[] =
    record && action && action !== "comply"
      ? answering.map((id) => {
          const given = record.responses[id] ?? null;
          // What it owes is the engine's (the view's duties), not worked out again here.
          const owed = pub?.duties?.[id] ?? null;
          const adj = record.adjudication;
          return {
            seat: id,
            name: nameOf(id),
            flag: seatOf(id)?.flag ?? "",
            me: id === mySeat,
            bound: bound.has(id),
            given,
            pledged: owed && owed !== "nothing" ? owed : null,
            broken: record.brokenPromises.includes(id),
            cost: given ? costOf(given) : 0,
            capitalAfter: adj ? Math.round(adj.capitalAfter[id] ?? 0) : null,
          };
        })
      : [];

  // Kyiv moves in the same step as the guarantors; the clock leaves it holding.
  const kyiv = protectedSeat({ seatOrder: snap.seatOrder, scenario });
  const kyivMove = record?.protectedMove ?? (record?.adjudication ? "hold" : null);
  const protectedRow: ProtectedMoveRow | null =
    record && action && action !== "comply" && kyiv
      ? {
          seat: kyiv,
          name: nameOf(kyiv),
          flag: seatOf(kyiv)?.flag ?? "",
          me: kyiv === mySeat,
          move: kyivMove,
          label: kyivMove ? t(`protectedMove.${kyivMove}`) : "",
          byClock: kyivMove !== null && record.protectedMove === undefined,
          counts: protectedMoveCounts(action),
        }
      : null;

  // Before this year: the last adjudicated year's values, or the model's starting stats.
  const previous = [...records].reverse().find((r) => r.year < snap.year && r.adjudication)?.adjudication ?? null;
  const table = pub?.table;
  const adj = record?.adjudication ?? null;
  const before = {
    security: previous?.securityAfter ?? k.startSecurity,
    escalation: previous?.escalationAfter ?? 0,
    unity: previous?.unityAfter ?? k.startUnity,
  };
  const now = {
    security: adj?.securityAfter ?? table?.ukraineSecurity ?? before.security,
    escalation: adj?.escalationAfter ?? table?.escalation ?? before.escalation,
    unity: adj?.unityAfter ?? table?.unity ?? before.unity,
  };
  const meters: Meter[] = [
    {
      key: "security",
      label: t("stats.security"),
      before: Math.round(before.security),
      value: Math.round(now.security),
      max: 100,
      display: String(Math.round(now.security)),
    },
    {
      key: "escalation",
      label: t("stats.escalation"),
      before: before.escalation,
      value: now.escalation,
      max: ESCALATION_MAX,
      display: escalationName(now.escalation),
    },
    {
      key: "unity",
      label: t("stats.unity"),
      before: Math.round(before.unity),
      value: Math.round(now.unity),
      max: 100,
      display: String(Math.round(now.unity)),
    },
  ];

  const view = snap.phase === "ratification" || (snap.phase === "stress" && !record) ? "ratification" : "stress";
  const broken = record?.brokenPromises.length ?? 0;
  return {
    view,
    header: stageHeader(snap, withDeal ? t("stress.withDeal") : fw ? t("ratify.collapsedShort") : t("stress.noDeal")),
    withDeal,
    ratification,
    years,
    year: record
      ? {
          year: record.year,
          step: snap.step,
          event: record.event
            ? { title: loc(record.event.title), text: loc(record.event.text), injected: record.event.injected }
            : null,
          action,
          severity: action ? MOSCOW_ACTIONS.indexOf(action) : 0,
          snapBack: record.snapBack,
          responses,
          protectedMove: protectedRow,
          adjudicated: adj !== null,
          damage: adj ? Math.round(adj.damage) : null,
          mitigation: adj ? adj.mitigation : null,
        }
      : null,
    meters,
    ladder: RESPONSES.map((response) => ({ response, label: t(`response.${response}`), cost: costOf(response) })),
    pledge,
    words: {
      ratifyTitle: t("ratify.title"),
      ratifyOdds: t("stressScene.rollAgainst"),
      ratified: t("ratify.ratified"),
      failed: t("ratify.failed"),
      pending: t("ratify.pending"),
      verdict: !fw
        ? t("ratify.noDeal")
        : rolled === 0
          ? ""
          : fw.stands
            ? t("stressScene.stands", { bound: fw.bound.length, signed: fw.signatories.length })
            : t("ratify.collapsed"),
      noFramework: t("ratify.noDeal"),
      track: t("stress.track"),
      ahead: t("stress.ahead"),
      eventOf: record ? t("stress.eventOf", { year: record.year }) : "",
      eventWaiting: t("stressScene.eventWaiting"),
      moscow: t("stressScene.moscow"),
      moscowWaiting: t("stressScene.moscowWaiting"),
      severity: action ? t("stressScene.severity", { level: MOSCOW_ACTIONS.indexOf(action) }) : "",
      snapBack: t("stress.snapBack"),
      responses: t("stressScene.responses"),
      pledgeLine: pledge
        ? t("stressScene.pledge", { response: t(`response.${pledge}`) })
        : withDeal
          ? ""
          : t("stressScene.noPledge"),
      pledged: t("stressScene.pledged"),
      given: t("stressScene.given"),
      waiting: t("stressScene.waiting"),
      broken: t("stress.broken"),
      owesNothing: t("stressScene.owesNothing"),
      capital: t("stressScene.capital"),
      outcome: adj ? t("stressScene.adjudicated", { year: snap.year }) : t("stressScene.standing"),
      damage:
        adj && action
          ? adj.damage < 0
            ? t("stressScene.recovered", { points: Math.round(-adj.damage) })
            : t("stressScene.damage", {
                points: Math.round(adj.damage),
                absorbed: `${Math.round(adj.mitigation * 100)}%`,
              })
          : "",
      noCall: t("stressScene.noCall"),
      noResponse: broken > 0 ? t("stressScene.brokenCount", { count: broken }) : "",
      protectedMove: t("stress.protectedMove", { seat: kyiv ? nameOf(kyiv) : "" }),
      protectedNoEffect: t("stress.protectedNoEffect"),
      protectedByClock: t("stress.protectedByClock"),
    },
  };
}
