// The header every stage scene draws (the phase, its detail, a line in the middle, the clock), as
// plain data from the snapshot.
import { t } from "../i18n/index.ts";
import type { TableSnapshot } from "../net/table-types.ts";
import { type PhaseClockModel, phaseClockModel, phaseDetail } from "./table-model.ts";

/** The header of a stage scene. */
export type StageHeader = {
  phaseLabel: string;
  detail: string;
  /** A line in the header's middle ("Moscow tests the framework"), or "". */
  note: string;
  clock: PhaseClockModel;
  /** The word the clock shows while paused. */
  paused: string;
};

/** The header for `snap`, with `note` in its middle. */
export function stageHeader(snap: TableSnapshot, note: string): StageHeader {
  return {
    phaseLabel: t(`phase.${snap.phase}`),
    detail: phaseDetail(snap),
    note,
    clock: phaseClockModel(snap),
    paused: t("clock.paused"),
  };
}
