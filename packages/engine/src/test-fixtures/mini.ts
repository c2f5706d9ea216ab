// A small scenario for hand-computed tests: four seats, Moscow, four issues of two options.
// The numbers are chosen so the deal model can be worked out on paper (see deal-model.test.ts).
import { type Scenario, type ScenarioInput, scenarioSchema } from "../scenario.ts";

const t = (en: string) => ({ en });
const attrs = (
  binding: number,
  capability: number,
  clarity: number,
  provocation: number,
  usCost: number,
  europeCost: number,
  sovereignty: number,
) => ({ binding, capability, clarity, provocation, usCost, europeCost, sovereignty });

const table = (rows: Record<string, Record<string, number>>) => rows;

export const miniInput: ScenarioInput = {
  id: "mini",
  version: 1,
  title: t("Mini"),
  summary: t("A tiny table for tests."),
  setting: t("Four seats, four issues."),
  seats: [
    {
      id: "washington",
      kind: "guarantor",
      name: t("Washington"),
      flag: "us",
      inDefaultTable: true,
      publicPosition: t("Backs Europe from behind."),
      politicalCapital: 50,
      militaryCapacity: 100,
      financialCapacity: 100,
      brief: {
        objectives: t("SECRET-WASHINGTON keep costs low."),
        pointTable: table({
          pledge: { consult: 20, armed: 5 },
          force: { none: 10, mfu: 20 },
          alignment: { neutral: 15, open: 5 },
          sanctions: { consensus: 10, snap: 15 },
        }),
        noDealValue: 40,
        redLines: [],
        outcomePoints: { held: 20, eroded: 5, failed: -10, escalated: -20 },
        brokenPromisePenalty: 10,
      },
    },
    {
      id: "paris",
      kind: "european",
      name: t("Paris"),
      flag: "fr",
      inDefaultTable: true,
      publicPosition: t("Wants a European force."),
      politicalCapital: 40,
      militaryCapacity: 50,
      financialCapacity: 50,
      brief: {
        objectives: t("SECRET-PARIS lead the force."),
        pointTable: table({
          pledge: { consult: 5, armed: 25 },
          force: { none: 0, mfu: 30 },
          alignment: { neutral: 5, open: 15 },
          sanctions: { consensus: 5, snap: 20 },
        }),
        noDealValue: 45,
        redLines: [],
        outcomePoints: { held: 20, eroded: 5, failed: -10, escalated: -20 },
        brokenPromisePenalty: 10,
      },
    },
    {
      id: "berlin",
      kind: "european",
      name: t("Berlin"),
      flag: "de",
      inDefaultTable: true,
      publicPosition: t("Money before troops."),
      politicalCapital: 60,
      militaryCapacity: 50,
      financialCapacity: 100,
      brief: {
        objectives: t("SECRET-BERLIN avoid escalation."),
        pointTable: table({
          pledge: { consult: 20, armed: 10 },
          force: { none: 25, mfu: 5 },
          alignment: { neutral: 20, open: 0 },
          sanctions: { consensus: 15, snap: 10 },
        }),
        noDealValue: 40,
        redLines: [{ issue: "alignment", options: ["open"], text: t("SECRET-BERLIN-LINE no open door now.") }],
        outcomePoints: { held: 20, eroded: 5, failed: -10, escalated: -30 },
        brokenPromisePenalty: 10,
      },
    },
    {
      id: "kyiv",
      kind: "protected",
      name: t("Kyiv"),
      flag: "ua",
      inDefaultTable: true,
      publicPosition: t("Nothing about us without us."),
      politicalCapital: 70,
      militaryCapacity: 40,
      financialCapacity: 10,
      brief: {
        objectives: t("SECRET-KYIV a real deterrent."),
        pointTable: table({
          pledge: { consult: 0, armed: 30 },
          force: { none: 0, mfu: 25 },
          alignment: { neutral: 0, open: 25 },
          sanctions: { consensus: 0, snap: 20 },
        }),
        noDealValue: 30,
        redLines: [{ issue: "alignment", options: ["neutral"], text: t("SECRET-KYIV-LINE never neutrality.") }],
        outcomePoints: { held: 30, eroded: 0, failed: -30, escalated: -20 },
        brokenPromisePenalty: 10,
      },
    },
    {
      id: "moscow",
      kind: "redcell",
      name: t("Moscow"),
      flag: "ru",
      inDefaultTable: true,
      publicPosition: t("No foreign troops."),
      politicalCapital: 60,
      militaryCapacity: 80,
      financialCapacity: 40,
    },
  ],
  issues: [
    {
      id: "pledge",
      name: t("Pledge"),
      question: t("What do guarantors promise?"),
      options: [
        {
          id: "consult",
          label: t("Consult"),
          description: t("Meet within 24 hours."),
          attributes: attrs(1, 0, 1, 0, 0, 0, 0),
          pledgeLevel: "nothing",
        },
        {
          id: "armed",
          label: t("Armed help"),
          description: t("Such action as each deems necessary."),
          attributes: attrs(4, 2, 3, 2, 2, 2, 0),
          pledgeLevel: "airDefence",
          asksUs: true,
        },
      ],
    },
    {
      id: "force",
      name: t("Force"),
      question: t("A European force?"),
      options: [
        { id: "none", label: t("None"), description: t("No force."), attributes: attrs(0, 0, 0, 0, 0, 0, 0) },
        { id: "mfu", label: t("MFU"), description: t("A reassurance force."), attributes: attrs(1, 3, 2, 3, 0, 4, 1) },
      ],
    },
    {
      id: "alignment",
      name: t("Alignment"),
      question: t("Ukraine's alignment?"),
      options: [
        { id: "neutral", label: t("Neutrality"), description: t("Neutral."), attributes: attrs(0, 0, 1, 0, 0, 0, -4) },
        {
          id: "open",
          label: t("Open door"),
          description: t("NATO door open."),
          attributes: attrs(0, 0, 0, 2, 0, 0, 4),
        },
      ],
    },
    {
      id: "sanctions",
      name: t("Sanctions"),
      question: t("What happens to sanctions?"),
      options: [
        {
          id: "consensus",
          label: t("Consensus"),
          description: t("Re-imposed by consensus."),
          attributes: attrs(0, 0, 0, 0, 0, 0, 0),
        },
        {
          id: "snap",
          label: t("Snap-back"),
          description: t("Automatic snap-back."),
          attributes: attrs(1, 0, 1, 0, 0, 0, 0),
          automaticSanctions: true,
        },
      ],
    },
  ],
  agreement: {
    mustSign: ["kyiv"],
    mustSignIfUsAsked: ["washington"],
    quotas: [{ seats: ["paris", "berlin"], min: 2 }],
    unanimityBonus: 5,
  },
  startingPenHolder: "paris",
  timings: {
    briefingSeconds: 60,
    rounds: 2,
    roundSeconds: 120,
    voteSeconds: 30,
    years: 2,
    moscowSeconds: 30,
    responseSeconds: 30,
  },
  events: [
    {
      id: "shock",
      title: t("Energy shock"),
      text: t("Prices soar."),
      effects: [{ target: "europeans", stat: "capital", delta: -10 }],
      weight: 1,
    },
    {
      id: "drones",
      title: t("Drones"),
      text: t("Drones over a neighbour."),
      effects: [
        { target: "table", stat: "unity", delta: 5 },
        { target: "table", stat: "grievance", delta: 10 },
      ],
      weight: 3,
    },
  ],
  model: {},
};

/** The mini scenario, parsed. */
export const mini: Scenario = scenarioSchema.parse(miniInput);

/** The strongest package of the mini scenario. */
export const STRONG = { pledge: "armed", force: "mfu", alignment: "neutral", sanctions: "snap" };
/** The weakest package of the mini scenario. */
export const WEAK = { pledge: "consult", force: "none", alignment: "open", sanctions: "consensus" };
