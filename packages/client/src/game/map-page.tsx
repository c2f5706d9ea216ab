// The stand-alone map page at /map: the map scene with a force-posture picker and event markers,
// for facilitators and for screenshots. Phaser arrives through the lazily imported game shell.
// The scenario's public data comes from the API: the scenario file holds every private brief and
// never goes into the bundle.
import { DEFAULT_SCENARIO_ID, type PublicScenario } from "@ironclad/engine";
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { loc, useLang } from "../i18n/index.ts";
import { EVENT_PLACES, FORCE_POSTURES, findPlace } from "../map/places.ts";
import { getScenario } from "../net/api.ts";
import type { GameHandle } from "./boot.ts";
import type { MapScene } from "./scenes/MapScene.ts";
import "./map-page.css";

type ForceOption = PublicScenario["issues"][number]["options"][number];
type DeckEvent = PublicScenario["events"][number];
/** What the page shows of the scenario: the force issue's options and the event deck. */
type MapData = { forceOptions: readonly ForceOption[]; events: readonly DeckEvent[] };

/** What the map shows, in words, for screen readers. */
function describeMap(data: MapData, posture: string | null, marked: readonly string[]): string {
  const option = data.forceOptions.find((o) => o.id === posture);
  const sites = (posture ? (FORCE_POSTURES[posture] ?? []) : []).map((site) => {
    const place = findPlace(site.place);
    return place && !site.label.includes(place.name) ? `${site.label.replace("\n", " ")} at ${place.name}` : site.label;
  });
  const events = marked.map((id) => {
    const event = data.events.find((e) => e.id === id);
    const title = event ? loc(event.title) : id;
    const place = findPlace(EVENT_PLACES[id] ?? "");
    return place ? `${title} (${place.name})` : `${title} (Europe-wide)`;
  });
  return [
    "Map of Ukraine and its neighbours with the Dnipro and the approximate 2025 line of contact; Crimea and the areas east and south of the line are shaded as occupied.",
    option ? `European force posture: ${loc(option.label)}. ${sites.join("; ")}.` : "",
    events.length > 0 ? `Stress-test events: ${events.join("; ")}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** Mounts the map page into `root` once the scenario's public data has arrived. */
export function mountMapPage(root: HTMLElement): void {
  document.title = "Map — Ironclad";
  getScenario(DEFAULT_SCENARIO_ID).then(
    (scenario) => {
      const forceOptions = scenario.issues.find((i) => i.id === "force")?.options ?? [];
      render(<MapPage forceOptions={forceOptions} events={scenario.events} />, root);
    },
    (error: unknown) => {
      render(
        <p class="map-failure" role="alert">
          The map could not load the scenario: {error instanceof Error ? error.message : String(error)}
        </p>,
        root,
      );
    },
  );
}

function MapPage(data: MapData) {
  const { forceOptions, events } = data;
  // Scenario texts follow the chosen language (loc); a switch elsewhere re-renders the page.
  const lang = useLang();
  const host = useRef<HTMLDivElement>(null);
  const [scene, setScene] = useState<MapScene | null>(null);
  const [posture, setPosture] = useState<string | null>(null);
  const [eventId, setEventId] = useState(events[0]?.id ?? "");
  const [marked, setMarked] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    let handle: GameHandle | null = null;
    let cancelled = false;
    Promise.all([import("./boot.ts"), import("./scenes/MapScene.ts")])
      .then(async ([{ startGame }, { MapScene }]) => {
        handle = await startGame(parent, [MapScene]);
        if (cancelled) return handle.destroy();
        handle.game.events.once("map-basemap-ready", () => setReady(true));
        handle.game.events.once("map-basemap-error", () => setFailure("The base map could not be drawn."));
        setScene(await handle.scene<MapScene>("MapScene"));
      })
      .catch((error: unknown) => setFailure(`The map could not start: ${String(error)}`));
    return () => {
      cancelled = true;
      handle?.destroy();
    };
  }, []);

  const choosePosture = (id: string) => {
    const option = forceOptions.find((o) => o.id === id);
    setPosture(id);
    scene?.showForcePosture(id, option ? { title: loc(option.label), text: loc(option.description) } : undefined);
    setAnnouncement(`Map shows force posture: ${option ? loc(option.label) : id}`);
  };

  useEffect(() => {
    if (scene && posture === null && forceOptions[0]) choosePosture(forceOptions[0].id);
  });

  // The scene's caption is drawn text: redraw it in the new language.
  useEffect(() => {
    const option = forceOptions.find((o) => o.id === posture);
    if (scene && option) scene.showForcePosture(option.id, { title: loc(option.label), text: loc(option.description) });
  }, [lang]);

  const markEvent = () => {
    const event = events.find((e) => e.id === eventId);
    if (!scene || !event) return;
    const where = scene.markEvent({ id: event.id, title: loc(event.title), eyebrow: `Year ${marked.length + 1}` });
    setMarked([...marked.filter((id) => id !== event.id), event.id]);
    const place = where === "on-map" ? "on the map" : where === "off-map" ? "off the map edge" : "as Europe-wide";
    setAnnouncement(`Event marked ${place}: ${loc(event.title)}`);
  };

  const clearEvents = () => {
    scene?.clearEvents();
    setMarked([]);
    setAnnouncement("Event markers cleared");
  };

  return (
    <div class="map-page">
      <header class="map-masthead">
        <a class="map-wordmark" href="/">
          Ironclad
        </a>
        <h1 class="map-title">Map · force posture and stress-test events</h1>
      </header>
      <main class="map-main">
        <div
          class="map-canvas"
          ref={host}
          role="img"
          aria-label="Map of Ukraine and its neighbours"
          aria-describedby="map-description"
          data-ready={ready && scene && posture ? "true" : "false"}
          data-posture={posture ?? ""}
          data-events={marked.join(" ")}
        />
        {failure && (
          <p class="map-failure" role="alert">
            {failure}
          </p>
        )}
        <p id="map-description" class="visually-hidden">
          {describeMap(data, posture, marked)}
        </p>
        <section class="map-controls" aria-label="Map controls">
          <fieldset class="map-postures">
            <legend>European force</legend>
            {forceOptions.map((option) => (
              <button
                type="button"
                key={option.id}
                data-option={option.id}
                aria-pressed={posture === option.id}
                disabled={!scene}
                onClick={() => choosePosture(option.id)}
              >
                {loc(option.label)}
              </button>
            ))}
          </fieldset>
          <div class="map-events">
            <label for="map-event">Stress-test event</label>
            <div class="map-event-row">
              <select id="map-event" value={eventId} onChange={(e) => setEventId(e.currentTarget.value)}>
                {events.map((event) => (
                  <option key={event.id} value={event.id}>
                    {loc(event.title)}
                  </option>
                ))}
              </select>
              <button type="button" class="map-mark" disabled={!scene} onClick={markEvent}>
                Mark
              </button>
              <button type="button" class="map-clear" disabled={!scene || marked.length === 0} onClick={clearEvents}>
                Clear
              </button>
            </div>
          </div>
          <p class="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
        </section>
      </main>
    </div>
  );
}
