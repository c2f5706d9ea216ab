// The negotiating table from above: the Phaser table scene (src/game), loaded with this page only.
// It is a picture for the eye (aria-hidden): the panels below carry the same facts for everyone.
// Clicking an amendment's marker brings its entry in the amendments panel into view.
import { useEffect, useRef, useState } from "preact/hooks";
import type { GameHandle } from "../game/boot.ts";
import type { TableScene } from "../game/scenes/TableScene.ts";
import { tableModel } from "../game/table-model.ts";
import { t, useLang } from "../i18n/index.ts";
import type { Typing } from "../net/typing.ts";
import { useTable } from "./table-context.ts";

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

/** The table scene, sized by its box (never 0×0), fed a model built from the snapshot. */
export function TableStage({ typing }: { typing: Typing[] }) {
  const lang = useLang();
  const { snap, scenario, mySeat, clockOffset } = useTable();
  const host = useRef<HTMLDivElement>(null);
  const [scene, setScene] = useState<TableScene | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    let handle: GameHandle | null = null;
    let cancelled = false;
    Promise.all([import("../game/boot.ts"), import("../game/scenes/TableScene.ts")])
      .then(async ([{ startGame }, { TableScene }]) => {
        handle = await startGame(parent, [TableScene]);
        if (cancelled) return handle.destroy();
        const s = await handle.scene<TableScene>("TableScene");
        s.onAmendment(revealAmendment);
        setScene(s);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      handle?.destroy();
    };
  }, []);

  useEffect(() => {
    scene?.setModel(tableModel(snap, scenario, mySeat, typing), clockOffset);
  }, [scene, snap, scenario, mySeat, typing, clockOffset, lang]);

  return (
    <div
      class="table-stage"
      ref={host}
      aria-hidden="true"
      data-ready={scene ? "true" : "false"}
      data-phase={snap.phase}
    >
      {failed && <p class="table-stage-failed">{t("tableScene.failed")}</p>}
    </div>
  );
}
