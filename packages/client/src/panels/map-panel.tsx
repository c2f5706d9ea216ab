// The map beside the panels: the map helper's Phaser scene (src/game), loaded only when a player
// opens it. It shows where the draft's European force would stand and, in the stress test, where
// each year's event happened.
import { useEffect, useRef, useState } from "preact/hooks";
import type { GameHandle } from "../game/boot.ts";
import type { MapScene } from "../game/scenes/MapScene.ts";
import { loc, t, useLang } from "../i18n/index.ts";
import { optionOf, useTable } from "./table-context.ts";

const FORCE_ISSUE = "force";

/** A panel with a button that opens (and loads) the map. */
export function MapPanel() {
  const [open, setOpen] = useState(false);
  // Once started, the map stays mounted (hidden when closed): starting Phaser again costs a second.
  const [started, setStarted] = useState(false);
  return (
    <section class="panel map-panel" aria-labelledby="map-title">
      <header class="panel-head">
        <h2 id="map-title">{t("map.title")}</h2>
        <button
          type="button"
          class="button button-small"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
            setStarted(true);
          }}
        >
          {open ? t("map.hide") : t("map.show")}
        </button>
      </header>
      {!open && <p class="panel-hint">{t("map.hint")}</p>}
      {started && (
        // Collapsed rather than display:none: a zero-sized canvas would make the scene lay out for 1×1.
        <div class={open ? "map-wrap" : "map-wrap is-collapsed"} aria-hidden={!open} inert={!open}>
          <MapView />
        </div>
      )}
    </section>
  );
}

function MapView() {
  const { snap, scenario } = useTable();
  // The scene draws its captions as text: they are redrawn when the language changes.
  const lang = useLang();
  const host = useRef<HTMLDivElement>(null);
  const [scene, setScene] = useState<MapScene | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    let handle: GameHandle | null = null;
    let cancelled = false;
    Promise.all([import("../game/boot.ts"), import("../game/scenes/MapScene.ts")])
      .then(async ([{ startGame }, { MapScene }]) => {
        handle = await startGame(parent, [MapScene]);
        if (cancelled) return handle.destroy();
        setScene(await handle.scene<MapScene>("MapScene"));
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      handle?.destroy();
    };
  }, []);

  const force = snap.pub?.framework?.package[FORCE_ISSUE] ?? snap.draft[FORCE_ISSUE] ?? "";
  useEffect(() => {
    if (!scene) return;
    const option = optionOf(scenario, FORCE_ISSUE, force);
    scene.showForcePosture(
      force || null,
      option ? { title: loc(option.label), text: loc(option.description) } : undefined,
    );
  }, [scene, force, lang]);

  const played = (snap.pub?.years ?? []).filter((y) => y.event);
  const eventKey = played.map((y) => y.event?.id).join(",");
  useEffect(() => {
    if (!scene) return;
    scene.clearEvents();
    for (const y of played) {
      if (y.event)
        scene.markEvent({ id: y.event.id, title: loc(y.event.title), eyebrow: t("stress.year", { year: y.year }) });
    }
  }, [scene, eventKey, lang]);

  const option = optionOf(scenario, FORCE_ISSUE, force);
  return (
    <div
      class="map-host"
      ref={host}
      role="img"
      aria-label={option ? t("map.labelWith", { posture: loc(option.label) }) : t("map.label")}
      data-ready={scene ? "true" : "false"}
    >
      {failed && <p class="form-error">{t("map.failed")}</p>}
    </div>
  );
}
