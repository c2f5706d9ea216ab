// The stage at the top of the table pane: the Phaser scenes (src/game), loaded with this page only.
// The negotiating table from above until the vote; ratification and the stress test; the debrief.
// It is a picture for the eye (aria-hidden): the panels below carry the same facts for everyone.
// Each scene draws the snapshot and plays the engine's events as motion (each batch once).
// Clicking an amendment's marker brings its entry in the amendments panel into view.
import { useEffect, useRef, useState } from "preact/hooks";
import type { GameHandle } from "../game/boot.ts";
import type { debriefModel } from "../game/debrief-model.ts";
import type { DebriefScene } from "../game/scenes/DebriefScene.ts";
import type { StressScene } from "../game/scenes/StressScene.ts";
import type { TableScene } from "../game/scenes/TableScene.ts";
import type { stressModel } from "../game/stress-model.ts";
import { tableModel } from "../game/table-model.ts";
import { t, useLang } from "../i18n/index.ts";
import type { EventBatch } from "../net/table-connection.ts";
import type { TableSnapshot } from "../net/table-types.ts";
import type { Typing } from "../net/typing.ts";
import { useTable } from "./table-context.ts";

/** The scene that draws a phase. */
type StageKey = "TableScene" | "StressScene" | "DebriefScene";

/** The scene for `phase`: the table until the vote, then the stress test (ratification leads into it), then the debrief. */
export function sceneFor(phase: TableSnapshot["phase"]): StageKey {
  if (phase === "debrief") return "DebriefScene";
  if (phase === "ratification" || phase === "stress") return "StressScene";
  return "TableScene";
}

/** The running scene, and whether it opened on a live phase change (its first picture then plays how it came about). */
type Stage =
  | { key: "TableScene"; scene: TableScene; entering: boolean }
  | { key: "StressScene"; scene: StressScene; entering: boolean }
  | { key: "DebriefScene"; scene: DebriefScene; entering: boolean };

/** The lazily loaded parts: the game and the later scenes' model builders (they bring the engine). */
type Loaded = { handle: GameHandle; stressModel: typeof stressModel; debriefModel: typeof debriefModel };

/** Brings an amendment's entry into view and puts the keyboard there. */
function revealAmendment(id: number): void {
  const item = document.querySelector<HTMLElement>(`.amendments-panel [data-amendment="${id}"]`);
  if (!item) return;
  const closed = item.closest("details");
  if (closed && !closed.open) closed.open = true;
  const smooth = !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  item.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  const target = item.querySelector<HTMLElement>("button") ?? item;
  if (target === item) item.tabIndex = -1;
  target.focus({ preventScroll: true });
}

/**
 * The stage, sized by its box (never 0×0): the scene of the current phase, fed a model built from
 * the snapshot and the connection's event batches, for its motion.
 */
export function TableStage({ typing, events }: { typing: Typing[]; events: EventBatch[] }) {
  const lang = useLang();
  const { snap, scenario, mySeat, clockOffset } = useTable();
  const host = useRef<HTMLDivElement>(null);
  const loaded = useRef<Loaded | null>(null);
  const [stage, setStage] = useState<Stage | null>(null);
  const [failed, setFailed] = useState(false);
  const wanted = sceneFor(snap.phase);
  const wantedRef = useRef(wanted);
  wantedRef.current = wanted;

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    let handle: GameHandle | null = null;
    let cancelled = false;
    Promise.all([
      import("../game/boot.ts"),
      import("../game/scenes/TableScene.ts"),
      import("../game/scenes/StressScene.ts"),
      import("../game/scenes/DebriefScene.ts"),
      import("../game/stress-model.ts"),
      import("../game/debrief-model.ts"),
    ])
      .then(async ([{ startGame }, { TableScene }, { StressScene }, { DebriefScene }, stress, debrief]) => {
        // Phaser starts the first scene listed: the current phase's.
        const first = wantedRef.current;
        const all = { TableScene, StressScene, DebriefScene };
        const order = [
          all[first],
          ...Object.entries(all)
            .filter(([k]) => k !== first)
            .map(([, s]) => s),
        ];
        handle = await startGame(parent, order);
        if (cancelled) return handle.destroy();
        loaded.current = { handle, stressModel: stress.stressModel, debriefModel: debrief.debriefModel };
        await openScene(handle, first, false, setStage);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      loaded.current = null;
      handle?.destroy();
    };
  }, []);

  // The phase moved on to another scene's: stop the old one, open the new one with its entry motion.
  useEffect(() => {
    const l = loaded.current;
    if (!l || !stage || stage.key === wanted) return;
    l.handle.game.scene.stop(stage.key);
    l.handle.game.loop.wake();
    l.handle.game.scene.start(wanted);
    void openScene(l.handle, wanted, true, setStage);
  }, [stage, wanted]);

  useEffect(() => {
    const l = loaded.current;
    if (!stage || !l || stage.key !== wanted) return;
    if (stage.key === "TableScene") stage.scene.show(tableModel(snap, scenario, mySeat, typing), events, clockOffset);
    else if (stage.key === "StressScene")
      stage.scene.show(l.stressModel(snap, scenario, mySeat), events, clockOffset, stage.entering);
    else stage.scene.show(l.debriefModel(snap, scenario, mySeat), events, clockOffset, stage.entering);
    stage.entering = false;
  }, [stage, wanted, snap, scenario, mySeat, typing, events, clockOffset, lang]);

  return (
    <div
      class="table-stage"
      ref={host}
      aria-hidden="true"
      data-ready={stage && stage.key === wanted ? "true" : "false"}
      data-scene={stage?.key ?? ""}
      data-phase={snap.phase}
    >
      {failed && <p class="table-stage-failed">{t("tableScene.failed")}</p>}
    </div>
  );
}

/** Waits for `key` to run, wires it and makes it the stage's scene. */
async function openScene(
  handle: GameHandle,
  key: StageKey,
  entering: boolean,
  set: (stage: Stage) => void,
): Promise<void> {
  if (key === "TableScene") {
    const scene = await handle.scene<TableScene>(key);
    scene.onAmendment(revealAmendment);
    set({ key, scene, entering });
  } else if (key === "StressScene") set({ key, scene: await handle.scene<StressScene>(key), entering });
  else set({ key, scene: await handle.scene<DebriefScene>(key), entering });
}
