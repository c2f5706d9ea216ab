// Inline SVG charts for the report and the projector: line chart (concession curves), the
// coalition graph and paired bars. Plain SVG, printable, no chart library.
import type { CoalitionEdge, ConcessionPoint } from "@ironclad/engine";
import { colour, SERIES } from "../theme/palette.ts";

/** A colour per seat, steady across the page (the palette's chart series). */
export const SEAT_COLOURS = SERIES;

export function colourOf(seats: string[], seat: string): string {
  const i = seats.indexOf(seat);
  return SEAT_COLOURS[Math.max(i, 0) % SEAT_COLOURS.length] ?? colour.sky;
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/** Concession curves: each seat's own points for what it backed, by action number. */
export function ConcessionChart({
  seats,
  curves,
  label,
  axis,
  nameOf,
}: {
  seats: string[];
  curves: Record<string, ConcessionPoint[]>;
  label: string;
  /** The x axis's caption for the last action number. */
  axis: (n: number) => string;
  nameOf: (seat: string) => string;
}) {
  const W = 720;
  const H = 280;
  const pad = { l: 44, r: 16, t: 14, b: 30 };
  const all = seats.flatMap((s) => curves[s] ?? []);
  const maxX = Math.max(1, ...all.map((p) => p.seq));
  const ys = all.map((p) => p.points);
  const step = niceStep((Math.max(10, ...ys) - Math.min(0, ...ys)) / 5);
  const minY = Math.floor(Math.min(0, ...ys) / step) * step;
  const maxY = Math.ceil(Math.max(10, ...ys) / step) * step;
  const x = (v: number) => pad.l + ((W - pad.l - pad.r) * v) / maxX;
  const y = (v: number) => pad.t + ((H - pad.t - pad.b) * (maxY - v)) / (maxY - minY || 1);
  const ticks = Math.round((maxY - minY) / step);
  return (
    <figure class="fac-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {Array.from({ length: ticks + 1 }, (_, i) => {
          const v = minY + ((maxY - minY) * i) / ticks;
          return (
            <g key={i}>
              <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} class="grid" />
              <text x={pad.l - 6} y={y(v) + 4} text-anchor="end" class="axis">
                {Math.round(v)}
              </text>
            </g>
          );
        })}
        {minY < 0 && <line x1={pad.l} x2={W - pad.r} y1={y(0)} y2={y(0)} class="zero" />}
        <text x={W - pad.r} y={H - 6} text-anchor="end" class="axis">
          {axis(maxX)}
        </text>
        {seats.map((s) => {
          const pts = curves[s] ?? [];
          if (pts.length === 0) return null;
          const d = pts
            .map((p, i) => `${i === 0 ? "M" : "L"}${x(p.seq).toFixed(1)},${y(p.points).toFixed(1)}`)
            .join(" ");
          const c = colourOf(seats, s);
          return (
            <g key={s}>
              <path d={d} fill="none" stroke={c} stroke-width={2.5} stroke-linejoin="round" />
              {pts.map((p) => (
                <circle
                  key={`${p.seq}-${p.kind}`}
                  cx={x(p.seq)}
                  cy={y(p.points)}
                  r={p.kind === "signed" ? 5 : 3}
                  fill={p.kind === "declined" ? colour.surface : c}
                  stroke={c}
                  stroke-width={1.5}
                />
              ))}
            </g>
          );
        })}
      </svg>
      <Legend seats={seats.filter((s) => (curves[s]?.length ?? 0) > 0)} all={seats} nameOf={nameOf} />
    </figure>
  );
}

export function Legend({ seats, all, nameOf }: { seats: string[]; all: string[]; nameOf: (s: string) => string }) {
  return (
    <figcaption class="fac-legend">
      {seats.map((s) => (
        <span key={s}>
          <i style={{ background: colourOf(all, s) }} />
          {nameOf(s)}
        </span>
      ))}
    </figcaption>
  );
}

/** The coalition graph: seats on a circle, an arrow from a supporter to an author. */
export function CoalitionGraph({
  seats,
  edges,
  label,
  nameOf,
}: {
  seats: string[];
  edges: CoalitionEdge[];
  label: string;
  nameOf: (seat: string) => string;
}) {
  const W = 460;
  const H = 400;
  const cx = W / 2;
  const cy = H / 2;
  const r = 150;
  const pos = new Map(
    seats.map((s, i) => {
      const a = (2 * Math.PI * i) / seats.length - Math.PI / 2;
      return [s, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) }] as const;
    }),
  );
  const max = Math.max(1, ...edges.map((e) => e.count));
  return (
    <figure class="fac-chart fac-graph">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={colour.inkSoft} />
          </marker>
        </defs>
        {edges.map((e) => {
          const a = pos.get(e.from);
          const b = pos.get(e.to);
          if (!a || !b) return null;
          const dx = b.x - a.x;
          const dy = b.y - a.y;
          const len = Math.hypot(dx, dy) || 1;
          const ux = dx / len;
          const uy = dy / len;
          // Curved a little so A→B and B→A do not overlap.
          const mx = (a.x + b.x) / 2 - uy * 18;
          const my = (a.y + b.y) / 2 + ux * 18;
          const sx = a.x + ux * 26;
          const sy = a.y + uy * 26;
          const ex = b.x - ux * 30;
          const ey = b.y - uy * 30;
          return (
            <path
              key={`${e.from}-${e.to}`}
              d={`M${sx},${sy} Q${mx},${my} ${ex},${ey}`}
              fill="none"
              stroke={colourOf(seats, e.from)}
              stroke-opacity={0.85}
              stroke-width={1.5 + (4.5 * e.count) / max}
              marker-end="url(#arrow)"
            >
              <title>{`${nameOf(e.from)} → ${nameOf(e.to)}: ${e.count}`}</title>
            </path>
          );
        })}
        {seats.map((s) => {
          const p = pos.get(s);
          if (!p) return null;
          return (
            <g key={s}>
              <circle cx={p.x} cy={p.y} r={24} fill={colour.surface} stroke={colourOf(seats, s)} stroke-width={3} />
              <text x={p.x} y={p.y + 4} text-anchor="middle" class="node">
                {nameOf(s).slice(0, 3).toUpperCase()}
              </text>
              <text x={p.x} y={p.y + (p.y > cy ? 42 : -32)} text-anchor="middle" class="axis">
                {nameOf(s)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** A horizontal bar 0–100 with its value. */
export function Bar({ value, max = 100, label, tone }: { value: number; max?: number; label: string; tone?: string }) {
  const pct = Math.max(0, Math.min(100, (100 * value) / (max || 1)));
  return (
    <div class="fac-bar" role="img" aria-label={`${label}: ${Math.round(value)}`}>
      <span class="fac-bar-label">{label}</span>
      <span class="fac-bar-track">
        <span class={`fac-bar-fill ${tone ?? ""}`} style={{ width: `${pct}%` }} />
      </span>
      <span class="fac-bar-value">{Math.round(value)}</span>
    </div>
  );
}
