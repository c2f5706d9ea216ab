// The negotiating table seen from above: every seat's place card, the working draft in the middle
// with its nine issue rows and amendment markers, the pen, the clock, the three criteria and the
// tension meter. It draws a TableSceneModel (the host builds it from the server's snapshot) and
// plays the engine's events the viewer received as motion, each batch once (table-motion.ts); it
// holds no rules, and where things go is table-layout.ts's (pure numbers, tested at desktop and
// phone sizes).
import * as Phaser from "phaser";
import type { EventBatch } from "../../net/table-connection.ts";
import { REGISTRY } from "../registry.ts";
import type { StageHeader } from "../stage-header.ts";
import { footerLayout, penPlace, seatPlaces, sheetLayout, type TableLayout, tableLayout } from "../table-layout.ts";
import type { AmendmentModel, RowModel, SeatModel, TableSceneModel } from "../table-model.ts";
import { BatchCursor, type TableMotion, tableMotion } from "../table-motion.ts";
import { type Box, C, StageScene } from "./stage-kit.ts";

/** Where things stand after a layout, kept so motion can start where the previous picture left them. */
type Anchors = {
  seats: Map<string, Box>;
  tabs: Map<number, { x: number; y: number }>;
  pips: Map<string, { x: number; y: number }>;
  rows: Map<string, Box>;
  pen: { x: number; y: number; angle: number };
};

/** The table scene. Key = class name. */
export class TableScene extends StageScene<TableSceneModel, TableMotion> {
  /** The pool of light falls a little above the middle, under the table. */
  protected override readonly lightAt = 0.48;
  /**
   * The picture's layers inside the kit's: the sheet and the cards in `still` (their shapes baked,
   * their text and flags drawn over them), the marks and the hit zones in `live`, and `fx` (the
   * scene's own `effects`, not the kit's: a redraw clears the kit's).
   */
  private tableLayers: Record<"doc" | "seats" | "marks" | "hits" | "fx", Phaser.GameObjects.Container> | null = null;
  /** Passing effects: each removes itself when its motion ends, so a redraw leaves them playing. */
  private effects: Phaser.GameObjects.Container | null = null;
  private anchors: Anchors | null = null;
  /** The anchors of the picture before the current one: where motion starts. */
  private before: Anchors | null = null;
  private amendmentListener: ((id: number) => void) | null = null;
  /** Chosen-option marks drawn faded because a token is sliding into them. */
  private arriving = new Map<string, Phaser.GameObjects.GameObject[]>();
  /** Which of the connection's event batches this scene has played. */
  private batches = new BatchCursor();
  /** The seats typing in the picture before the current one, and in it: dots blink when one starts. */
  private typingBefore = new Set<string>();
  private typingNow = new Set<string>();

  constructor() {
    super({ key: "TableScene" });
  }

  override create(): void {
    // A (re)started scene's first picture has nothing to move from, and what happened before it is not news.
    this.anchors = null;
    this.typingNow = new Set();
    this.batches = new BatchCursor();
    this.effects = this.add.container(0, 0).setDepth(4);
    super.create();
    // Phaser reads the pointer in its loop: a pointer over the canvas keeps the loop awake.
    const wake = () => this.wakeFor(600);
    this.game.canvas.addEventListener("pointermove", wake);
    this.game.canvas.addEventListener("pointerdown", wake);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.game.canvas?.removeEventListener("pointermove", wake);
      this.game.canvas?.removeEventListener("pointerdown", wake);
      this.tableLayers = null;
      this.effects = null;
    });
  }

  /** Calls `listener` with an amendment's id when its marker is clicked or tapped. */
  onAmendment(listener: ((id: number) => void) | null): void {
    this.amendmentListener = listener;
  }

  /**
   * Shows `model` at rest, and as motion the batches of `batches` (the connection's, oldest first)
   * this scene has not played yet: none on its first picture, each later batch once, in order.
   */
  show(model: TableSceneModel, batches: readonly EventBatch[], clockOffset = 0): void {
    const shown = this.model;
    const fresh = this.batches.take(batches);
    const events = fresh.flatMap((b) => b.events);
    // An accepted amendment's tab was drawn from the model shown before: its issue is there.
    const motion = tableMotion(events, (id) => shown?.amendments.find((a) => a.id === id)?.issue);
    this.setModel(model, clockOffset, motion);
  }

  protected header(model: TableSceneModel): StageHeader {
    return {
      phaseLabel: model.phaseLabel,
      detail: model.detail,
      note: model.words.pen,
      clock: model.clock,
      paused: model.words.paused,
    };
  }

  protected flags(model: TableSceneModel): string[] {
    return model.seats.map((s) => s.flag);
  }

  protected *compose(model: TableSceneModel, top: number): Generator<void> {
    this.arriving.clear();
    this.before = this.anchors;
    this.typingBefore = this.typingNow;
    this.typingNow = new Set(model.seats.filter((s) => s.typing).map((s) => s.id));
    const layout = tableLayout({ ...this.metrics, zoneTop: top }, model.seats.length);
    this.drawTable(layout.table, layout.tableRadius, 12 * this.u);
    this.anchors = yield* this.place(model, layout);
  }

  /** Opens the picture's own layers, above the room and the table drawn so far. */
  private openLayers(): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const layer = () => this.add.container(0, 0);
    const own = {
      doc: layer(),
      seats: layer(),
      marks: layer(),
      hits: layer(),
      fx: this.effects as Phaser.GameObjects.Container,
    };
    layers.still.add([own.doc, own.seats]);
    // Below the header the kit has drawn already: the clock's bar stays over a typing bubble that reaches it.
    layers.live.addAt(own.marks, 0);
    layers.live.add(own.hits);
    this.tableLayers = own;
  }

  /**
   * Lays everything on the table (table-layout.ts says where): seats in the layout's slots
   * clockwise from mine, the draft, the pen, and the criteria and the tension meter in the footer.
   */
  private *place(model: TableSceneModel, at: TableLayout): Generator<void, Anchors> {
    const seats = seatPlaces(
      model.seats.map((s) => s.id),
      at,
    );
    this.openLayers();
    const doc = yield* this.drawDocument(model, at.doc);
    for (const seat of model.seats) {
      const box = seats.get(seat.id);
      if (box) this.drawSeat(seat, box, at.centre);
      yield;
    }
    const pen = penPlace(this.metrics, model.pen ? seats.get(model.pen) : undefined, at);
    this.drawPen(pen);
    yield* this.drawFooter(model, at.footer);
    return { seats, tabs: doc.tabs, pips: doc.pips, rows: doc.rows, pen };
  }

  // ───────── Pieces ─────────

  /** The working draft: a sheet of paper with nine rows; amendments as tabs at their rows. A step a row. */
  private *drawDocument(
    model: TableSceneModel,
    box: Box,
  ): Generator<void, { tabs: Anchors["tabs"]; pips: Anchors["pips"]; rows: Anchors["rows"] }> {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const compact = this.compact;
    const g = this.add.graphics();
    this.paper(g, box, C.paper, 5);
    layers.doc.add(g);

    const sheet = sheetLayout(this.metrics, box, model.rows.length);
    const { pad, headH } = sheet;
    const eyebrow = this.text(box.x + pad, box.y + headH / 2, model.words.draft, {
      size: compact ? 9.5 : 10.5,
      weight: 600,
      color: C.brassDeep,
      spacing: 1.4,
      caps: true,
    }).setOrigin(0, 0.5);
    const status =
      model.amendments.length > 0 ? `${model.words.filled} · ${model.words.amendments}` : model.words.filled;
    const count = this.text(box.x + box.w - pad, box.y + headH / 2, status, {
      size: compact ? 9.5 : 11,
      color: C.muted,
    }).setOrigin(1, 0.5);
    this.fit(count, box.w - pad * 3 - eyebrow.width);
    layers.doc.add([eyebrow, count]);
    g.lineStyle(1 * u, C.line, 1).lineBetween(box.x + pad, box.y + headH, box.x + box.w - pad, box.y + headH);

    if (model.vote) {
      // A signing vote: a band across the sheet's head.
      const band = this.add.graphics();
      band.fillStyle(C.bad, 1).fillRect(box.x, box.y + 3 * u, box.w, headH - 6 * u);
      const label = this.text(box.x + box.w / 2, box.y + headH / 2, model.words.vote, {
        size: compact ? 9.5 : 11,
        weight: 600,
        color: C.paper,
        spacing: 0.6,
      }).setOrigin(0.5);
      this.fit(label, box.w - pad * 2);
      const ribbon = this.add.container(0, 0, [band, label]);
      layers.doc.add(ribbon);
      eyebrow.setVisible(false);
      count.setVisible(false);
    }
    yield;

    const rowH = sheet.rows[0]?.h ?? 0;
    const nameSize = Math.min(compact ? 11.5 : 13, (rowH / u) * 0.48);
    const labelSize = Math.min(compact ? 11 : 12.5, (rowH / u) * 0.46);
    const numW = (compact ? 16 : 22) * u;
    // The names' column fits the longest name where it can, and leaves the options at least half the sheet.
    const longest = Math.max(...model.rows.map((r) => this.textWidth(r.name, nameSize, 600)));
    const nameW = Math.min(longest + numW + 10 * u, (compact ? 0.36 : 0.34) * box.w);
    const pipGap = (compact ? 13 : 17) * u;
    const pipR = (compact ? 4 : 5) * u;
    const tabs: Anchors["tabs"] = new Map();
    const pips: Anchors["pips"] = new Map();
    const rowBoxes: Anchors["rows"] = new Map();
    const byIssue = new Map<string, AmendmentModel[]>();
    for (const a of model.amendments) byIssue.set(a.issue, [...(byIssue.get(a.issue) ?? []), a]);
    yield;

    for (const [i, row] of model.rows.entries()) {
      const rowBox = sheet.rows[i];
      if (!rowBox) continue;
      const { y } = rowBox;
      const cy = y + rowH / 2;
      rowBoxes.set(row.issue, rowBox);
      // A row's shapes of their own, over the sheet's: the bake draws them in parts (#19).
      const rg = this.add.graphics();
      layers.doc.add(rg);
      if (i % 2 === 1) rg.fillStyle(C.paperDeep, 0.55).fillRect(box.x + 4 * u, y, box.w - 8 * u, rowH);
      const num = this.text(box.x + pad + numW / 2 - 4 * u, cy, String(row.number), {
        size: compact ? 9 : 10,
        weight: 600,
        color: C.brassDeep,
      }).setOrigin(0.5);
      const name = this.fit(
        this.text(box.x + pad + numW, cy, row.name, { size: nameSize, weight: 600, color: C.ink }).setOrigin(0, 0.5),
        nameW - numW - 6 * u,
      );
      layers.doc.add([num, name]);
      const pipsX = box.x + pad + nameW + pipR;
      this.drawPips(rg, row, pipsX, cy, pipGap, pipR, byIssue.get(row.issue) ?? [], pips);
      const labelX = pipsX + (row.options.length - 1) * pipGap + pipR + 10 * u;
      // Tabs sit at the row's right end; the label takes what is left.
      const marks = byIssue.get(row.issue) ?? [];
      let right = box.x + box.w - pad * 0.6;
      const tabH = Math.min(rowH - 4 * u, 20 * u);
      // More markers than fit: the newest gather in one "+n" chip that leads to the first of them.
      const room = compact ? 2 : 3;
      const shown = marks.length > room ? marks.slice(0, room - 1) : marks;
      const rest = marks.slice(shown.length);
      if (rest.length > 0) {
        const more = this.drawMore(rest, right, cy, tabH);
        for (const a of rest) tabs.set(a.id, { x: more.x + more.w / 2, y: cy });
        right = more.x - 4 * u;
      }
      for (const a of [...shown].reverse()) {
        const tab = this.drawTab(a, right, cy, tabH);
        tabs.set(a.id, { x: tab.x + tab.w / 2, y: cy });
        right = tab.x - 4 * u;
      }
      const label = this.text(labelX, cy, row.chosen ? row.chosenLabel : model.words.blank, {
        size: labelSize,
        weight: row.chosen ? 600 : 400,
        italic: !row.chosen,
        color: row.chosen ? C.ink : C.warn,
      }).setOrigin(0, 0.5);
      this.fit(label, right - labelX - 6 * u);
      (row.chosen ? layers.marks : layers.doc).add(label);
      if (row.chosen) this.arrivingMark(`${row.issue}`, [label]);
      yield;
    }
    return { tabs, pips, rows: rowBoxes };
  }

  private arrivingMark(issue: string, objects: Phaser.GameObjects.GameObject[]): void {
    this.arriving.set(issue, [...(this.arriving.get(issue) ?? []), ...objects]);
  }

  /** One dot per option: the chosen one filled, proposed ones ringed in the amendment colour. */
  private drawPips(
    g: Phaser.GameObjects.Graphics,
    row: RowModel,
    x0: number,
    cy: number,
    step: number,
    r: number,
    marks: AmendmentModel[],
    out: Anchors["pips"],
  ): void {
    const u = this.u;
    g.lineStyle(1.5 * u, C.line, 1).lineBetween(x0, cy, x0 + (row.options.length - 1) * step, cy);
    row.options.forEach((o, k) => {
      const x = x0 + k * step;
      out.set(`${row.issue}:${o.id}`, { x, y: cy });
      const proposed = marks.some((a) => a.option === o.id);
      if (proposed) this.dashedRing(g, x, cy, r + 3.5 * u, C.sky);
      if (o.id === row.chosen) {
        const dot = this.add.graphics();
        dot.fillStyle(C.brass, 1).fillCircle(x, cy, r + 1.5 * u);
        dot.fillStyle(C.ink, 1).fillCircle(x, cy, r - 0.5 * u);
        this.tableLayers?.marks.add(dot);
        this.arrivingMark(row.issue, [dot]);
      } else {
        g.fillStyle(C.paper, 1).fillCircle(x, cy, r);
        g.lineStyle(1.5 * u, C.lineStrong, 1).strokeCircle(x, cy, r - 0.5 * u);
      }
    });
  }

  private dashedRing(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number, colour: number): void {
    const u = this.u;
    g.lineStyle(1.6 * u, colour, 1);
    const dashes = 10;
    for (let i = 0; i < dashes; i++) {
      const a = (i / dashes) * Math.PI * 2;
      g.beginPath();
      g.arc(x, y, r, a, a + (Math.PI * 2) / dashes / 1.8);
      g.strokePath();
    }
  }

  /** An amendment's tab: the proposer's flag and its supporters, right-aligned at `right`. */
  private drawTab(a: AmendmentModel, right: number, cy: number, h: number): Box {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const flagW = h * 0.78;
    const count = a.supporters.length;
    const countText =
      count > 0
        ? this.text(0, 0, `+${count}`, {
            size: this.compact ? 9.5 : 10.5,
            weight: 600,
            color: a.mine ? C.ink : C.white,
          })
        : null;
    const padX = 5 * u;
    const w = padX + flagW + (countText ? 4 * u + countText.width : 0) + padX;
    const x = right - w;
    const box = { x, y: cy - h / 2, w, h };
    const container = this.add.container(x, cy - h / 2);
    const g = this.add.graphics();
    g.fillStyle(C.shade, 0.15).fillRoundedRect(0, 1.5 * u, w, h, h / 2);
    g.fillStyle(a.mine ? C.brass : C.sky, 1).fillRoundedRect(0, 0, w, h, h / 2);
    container.add(g);
    const flag = this.flag(a.flag, padX, (h - flagW * 0.75) / 2, flagW);
    container.add(flag);
    if (countText) {
      countText.setOrigin(0, 0.5).setPosition(padX + flagW + 4 * u, h / 2);
      container.add(countText);
    }
    container.setData("amendment", a.id);
    layers.marks.add(container);
    this.hitZone(box, a.id);
    return box;
  }

  /** A chip standing for several amendments on one row. */
  private drawMore(rest: AmendmentModel[], right: number, cy: number, h: number): Box {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const label = this.text(0, 0, `+${rest.length}`, { size: this.compact ? 9.5 : 10.5, weight: 600, color: C.sky });
    const w = label.width + 12 * u;
    const x = right - w;
    const g = this.add.graphics();
    g.fillStyle(C.skyTint, 1).fillRoundedRect(x, cy - h / 2, w, h, h / 2);
    g.lineStyle(1.2 * u, C.sky, 1).strokeRoundedRect(x, cy - h / 2, w, h, h / 2);
    label.setOrigin(0.5).setPosition(x + w / 2, cy);
    layers.marks.add([g, label]);
    this.hitZone({ x, y: cy - h / 2, w, h }, rest[0]?.id ?? 0);
    return { x, y: cy - h / 2, w, h };
  }

  /** A generous hit area over a marker (at least 32 CSS pixels tall, for fingers). */
  private hitZone(box: Box, amendment: number): void {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const pr = Number(this.registry.get(REGISTRY.pixelRatio) ?? 1);
    const hitH = Math.max(box.h, 32 * pr);
    const zone = this.add.zone(box.x - 2 * u, box.y + box.h / 2 - hitH / 2, box.w + 4 * u, hitH).setOrigin(0, 0);
    zone.setInteractive({ useHandCursor: true });
    zone.on("pointerup", () => this.amendmentListener?.(amendment));
    layers.hits.add(zone);
  }

  private drawSeat(seat: SeatModel, box: Box, centre: { x: number; y: number }): void {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const compact = this.compact;
    const card = this.add.container(box.x, box.y);
    const g = this.add.graphics();
    const r = (compact ? 8 : 10) * u;
    g.fillStyle(C.shade, 0.3).fillRoundedRect(0, 3 * u, box.w, box.h, r);
    g.fillStyle(seat.pen ? C.brassWash : C.card, 1).fillRoundedRect(0, 0, box.w, box.h, r);
    if (seat.me) g.lineStyle(2 * u, C.ink, 1).strokeRoundedRect(u, u, box.w - 2 * u, box.h - 2 * u, r - u);
    else g.lineStyle(1 * u, C.line, 1).strokeRoundedRect(0.5 * u, 0.5 * u, box.w - u, box.h - u, r);
    if (seat.presence === "away") g.setAlpha(0.92);
    card.add(g);

    const pad = (compact ? 6 : 9) * u;
    const flagW = (compact ? 20 : 28) * u;
    const flagY = (box.h - flagW * 0.75) / 2;
    card.add(this.flag(seat.flag, pad, flagY, flagW));
    const textX = pad + flagW + (compact ? 6 : 9) * u;
    const textMax = box.w - textX - pad;

    // Presence: a filled dot (connected), a hollow ring (away), a small square (bot) — shape, not colour alone.
    const mark = this.add.graphics();
    const drawPresence = (x: number, y: number, s: number) => {
      if (seat.presence === "online") mark.fillStyle(C.ok, 1).fillCircle(x, y, s);
      else if (seat.presence === "away") {
        mark.fillStyle(C.card, 1).fillCircle(x, y, s);
        mark.lineStyle(1.6 * u, C.warn, 1).strokeCircle(x, y, s - 0.5 * u);
      } else mark.fillStyle(C.quiet, 1).fillRect(x - s * 0.85, y - s * 0.85, s * 1.7, s * 1.7);
    };

    if (compact) {
      const name = this.text(textX, box.h / 2, seat.name, { size: 11.5, weight: 600, color: C.ink }).setOrigin(0, 0.5);
      this.fit(name, textMax);
      card.add(name);
      // On a phone the presence mark sits on the flag's corner.
      mark.fillStyle(C.card, 1).fillCircle(pad + flagW, flagY + flagW * 0.75, 4.2 * u);
      drawPresence(pad + flagW, flagY + flagW * 0.75, 3 * u);
      card.add(mark);
    } else {
      const name = this.text(textX, box.h / 2 - 8 * u, seat.name, { size: 13.5, weight: 600, color: C.ink }).setOrigin(
        0,
        0.5,
      );
      let nameMax = textMax;
      if (seat.me) {
        const tag = this.text(0, 0, this.model?.words.you ?? "", {
          size: 8.5,
          weight: 600,
          color: C.ink,
          spacing: 0.8,
          caps: true,
        });
        const tw = tag.width + 8 * u;
        nameMax -= tw + 4 * u;
        this.fit(name, nameMax);
        const tg = this.add.graphics();
        const tx = textX + name.width + 5 * u;
        tg.fillStyle(C.brass, 1).fillRoundedRect(tx, box.h / 2 - 8 * u - 7 * u, tw, 14 * u, 3 * u);
        tag.setOrigin(0.5).setPosition(tx + tw / 2, box.h / 2 - 8 * u);
        card.add([tg, tag]);
      } else this.fit(name, nameMax);
      card.add(name);
      drawPresence(textX + 4 * u, box.h / 2 + 9 * u, 3.6 * u);
      card.add(mark);
      const status = this.text(textX + 12 * u, box.h / 2 + 9 * u, seat.status, {
        size: 11,
        color: seat.presence === "online" ? C.inkSoft : C.muted,
        italic: seat.presence === "away",
      }).setOrigin(0, 0.5);
      this.fit(status, textMax - 12 * u);
      card.add(status);
    }
    layers.seats.add(card);

    // Marks around the card: ready, typing, ballot or seal.
    // Bubbles open away from the table's middle row: above the top seats and the seats at the ends.
    const above = box.y + box.h / 2 < centre.y + box.h;
    if (seat.ready) this.drawReady(seat, box);
    if (seat.typing) this.drawTyping(seat, box, above);
    if (seat.ballot || seat.signed) this.drawSeal(seat, box);
  }

  private drawReady(seat: SeatModel, box: Box): void {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const s = (this.compact ? 7 : 8) * u;
    const x = box.x + (this.compact ? s * 0.6 : box.w - s * 0.4);
    const y = box.y + (this.compact ? s * 0.2 : 0);
    const c = this.add.container(x, y);
    const g = this.add.graphics();
    this.okBadge(g, s);
    c.add(g);
    c.setName(`ready-${seat.id}`);
    layers.marks.add(c);
  }

  private drawTyping(seat: SeatModel, box: Box, above: boolean): void {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const words = this.model?.words;
    const priv = seat.typing === "private";
    const label =
      this.compact || !words
        ? null
        : this.text(0, 0, priv ? words.typingPrivate : words.typing, {
            size: 10,
            weight: 600,
            color: priv ? C.white : C.inkSoft,
          });
    const h = (this.compact ? 14 : 18) * u;
    const dotsW = 20 * u;
    const w = dotsW + (label ? label.width + 8 * u : 4 * u);
    // The bubble hangs off the card's corner; at the ends of the table it stays clear of the sheet.
    const mid = box.x + box.w / 2;
    const W = this.scale.width;
    const x = this.compact
      ? Math.min(box.x + box.w - w * 0.6, W - w - 2 * u)
      : mid < W * 0.2
        ? box.x + 4 * u
        : mid > W * 0.8
          ? box.x + box.w - w - 4 * u
          : Math.min(box.x + box.w - w * 0.35, W - w - 4 * u);
    const y = above ? box.y - h * 0.55 : box.y + box.h - h * 0.45;
    const c = this.add.container(x, y);
    const g = this.add.graphics();
    g.fillStyle(C.shade, 0.2).fillRoundedRect(0, 1.5 * u, w, h, h / 2);
    g.fillStyle(priv ? C.sky : C.white, 1).fillRoundedRect(0, 0, w, h, h / 2);
    g.lineStyle(1 * u, priv ? C.sky : C.line, 1).strokeRoundedRect(0, 0, w, h, h / 2);
    c.add(g);
    const dots: Phaser.GameObjects.Arc[] = [];
    for (let i = 0; i < 3; i++) {
      const d = this.add.circle(7 * u + i * 5 * u, h / 2, 1.8 * u, priv ? C.white : C.inkSoft, 1);
      dots.push(d);
      c.add(d);
    }
    if (label) {
      label.setOrigin(0, 0.5).setPosition(dotsW + 2 * u, h / 2);
      c.add(label);
    }
    layers.marks.add(c);
    // The dots blink twice when the seat starts typing, then stand still: blinking for as long as it
    // types kept the game loop drawing every frame, each a long task under software WebGL (#19).
    if (this.typingBefore.has(seat.id)) return;
    dots.forEach((d, i) => {
      this.tween({
        targets: d,
        alpha: { from: 1, to: 0.25 },
        duration: 420,
        delay: i * 140,
        yoyo: true,
        repeat: 1,
        ease: "Sine.easeInOut",
      });
    });
  }

  /** A wax seal for a signature, a grey stamp for a refusal, a dashed ring while a seat decides. */
  private drawSeal(seat: SeatModel, box: Box): void {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const r = (this.compact ? 10 : 15) * u;
    const x = box.x + box.w - r * 0.55;
    const y = box.y + box.h / 2 + (this.compact ? 0 : r * 0.15);
    const c = this.add.container(x, y);
    const g = this.add.graphics();
    const kind = seat.ballot === "waiting" ? "waiting" : seat.ballot === "decline" ? "decline" : "sign";
    if (kind === "waiting") {
      g.fillStyle(C.card, 0.9).fillCircle(0, 0, r * 0.8);
      this.dashedRing(g, 0, 0, r * 0.8, C.muted);
      for (let i = -1; i <= 1; i++) g.fillStyle(C.muted, 1).fillCircle(i * r * 0.3, 0, 1.6 * u);
      c.add(g);
      layers.marks.add(c);
      return;
    }
    if (kind === "sign") {
      // Wax: an uneven rim, a raised centre, a check pressed into it.
      g.fillStyle(C.shade, 0.3).fillCircle(0, 2 * u, r);
      for (let i = 0; i < 12; i++) {
        const a = (i / 12) * Math.PI * 2;
        g.fillStyle(C.bad, 1).fillCircle(Math.cos(a) * r * 0.82, Math.sin(a) * r * 0.82, r * 0.26);
      }
      g.fillStyle(C.bad, 1).fillCircle(0, 0, r * 0.9);
      g.lineStyle(1.4 * u, C.badInk, 1).strokeCircle(0, 0, r * 0.62);
      g.lineStyle(2.2 * u, C.paper, 1);
      g.beginPath();
      g.moveTo(-r * 0.3, 0);
      g.lineTo(-r * 0.06, r * 0.26);
      g.lineTo(r * 0.34, -r * 0.24);
      g.strokePath();
    } else {
      g.fillStyle(C.shade, 0.25).fillCircle(0, 2 * u, r * 0.85);
      g.fillStyle(C.muted, 1).fillCircle(0, 0, r * 0.85);
      g.lineStyle(2.2 * u, C.paper, 1);
      g.lineBetween(-r * 0.28, -r * 0.28, r * 0.28, r * 0.28);
      g.lineBetween(-r * 0.28, r * 0.28, r * 0.28, -r * 0.28);
    }
    c.add(g);
    c.setName(`seal-${seat.id}`);
    layers.marks.add(c);
  }

  private drawPen(at: Anchors["pen"]): void {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const L = (this.compact ? 28 : 46) * u;
    const T = (this.compact ? 5.5 : 7) * u;
    const c = this.add.container(at.x, at.y).setRotation(at.angle);
    const g = this.add.graphics();
    g.fillStyle(C.shade, 0.35).fillRoundedRect(-L / 2 + 2 * u, -T / 2 + 3 * u, L, T, T / 2);
    // Cap and barrel in ink, a brass band and clip, a brass nib.
    g.fillStyle(C.ink, 1).fillRoundedRect(-L / 2, -T / 2, L * 0.8, T, T / 2);
    g.fillStyle(C.brass, 1).fillRect(-L / 2 + L * 0.42, -T / 2, L * 0.05, T);
    g.fillStyle(C.brass, 1).fillRect(-L / 2 + T * 0.6, -T / 2 - 0.8 * u, L * 0.3, 1.6 * u);
    g.fillStyle(C.brass, 1).fillTriangle(L * 0.3, -T / 2 + u, L * 0.3, T / 2 - u, L / 2, 0);
    g.lineStyle(0.8 * u, C.ink, 1).lineBetween(L * 0.34, 0, L * 0.47, 0);
    c.add(g);
    c.setName("pen");
    layers.marks.add(c);
  }

  /** The three criteria as bars, and the tension meter (escalation risk) as a gauge. */
  private *drawFooter(model: TableSceneModel, box: Box): Generator<void> {
    const layers = this.tableLayers as NonNullable<typeof this.tableLayers>;
    const u = this.u;
    const compact = this.compact;
    const g = this.add.graphics();
    layers.doc.add(g);
    const complete = model.escalation !== null;

    // Criteria: on a wide canvas the left 60 %; on a phone the top row.
    const { criteria: critBox, gauge: gaugeBox } = footerLayout(this.metrics, box);
    const title = this.eyebrow(critBox.x, critBox.y, model.words.criteria);
    layers.doc.add(title);
    if (!complete) {
      const wait = this.text(title.x + title.width + 10 * u, critBox.y, `· ${model.words.waiting}`, {
        size: compact ? 9.5 : 10.5,
        italic: true,
        color: C.quiet,
      });
      this.fit(wait, critBox.x + critBox.w - wait.x);
      layers.doc.add(wait);
    }
    yield;
    const colGap = (compact ? 10 : 16) * u;
    const colW = (critBox.w - colGap * 2) / 3;
    const top = title.y + title.height + (compact ? 5 : 8) * u;
    // Labels wrap to two short lines where one long line does not fit; the bars line up below them all.
    const size = compact ? 9.5 : 11;
    const labels: Phaser.GameObjects.Text[] = [];
    for (const [i, c] of model.criteria.entries()) {
      const x = critBox.x + i * (colW + colGap);
      const label = this.text(x, top, c.label, { size, color: C.paperDeep });
      const max = colW - (compact ? 22 : 30) * u;
      // (Not narrower than a character: Phaser's wrap throws on a stage laid out while still tiny.)
      if (label.width > max && max > size * u) label.setWordWrapWidth(max, true).setLineSpacing(-1 * u);
      if (label.height > size * 2.8 * u) label.setWordWrapWidth(null);
      this.fit(label, Math.max(max, label.width > max * 1.05 ? max : label.width));
      labels.push(label);
      yield;
    }
    const barY = top + Math.max(...labels.map((l) => l.height)) + (compact ? 3 : 5) * u;
    for (const [i, c] of model.criteria.entries()) {
      const label = labels[i];
      if (!label) continue;
      const x = label.x;
      const value = this.text(x + colW, top + size * 0.7 * u, c.value === null ? "—" : String(c.value), {
        size: compact ? 12 : 15,
        weight: 600,
        color: c.value === null ? C.quiet : C.paper,
      }).setOrigin(1, 0.5);
      layers.doc.add([label, value]);
      const bh = (compact ? 5 : 7) * u;
      g.fillStyle(C.inkSoft, 1).fillRoundedRect(x, barY, colW, bh, bh / 2);
      if (c.value !== null)
        g.fillStyle(C.brass, 1).fillRoundedRect(x, barY, Math.max(bh, (colW * c.value) / 100), bh, bh / 2);
      yield;
    }

    // The tension meter: a half dial from calm (blue) to dangerous (orange), its needle, the number.
    const R = compact ? Math.min(22 * u, gaugeBox.h * 0.78) : Math.min(38 * u, gaugeBox.h * 0.72);
    const gx = gaugeBox.x + R + 2 * u;
    const gy = gaugeBox.y + (compact ? gaugeBox.h * 0.5 + R * 0.5 : gaugeBox.h * 0.5 + R * 0.45);
    const zones: Array<[number, number, number]> = [
      [0, 0.34, C.sky],
      [0.34, 0.67, C.brass],
      [0.67, 1, C.below],
    ];
    const thick = (compact ? 5 : 7) * u;
    for (const [a, b, colour] of zones) {
      g.lineStyle(thick, colour, complete ? 1 : 0.3);
      g.beginPath();
      g.arc(gx, gy, R - thick / 2, Math.PI + a * Math.PI + 0.02, Math.PI + b * Math.PI - 0.02);
      g.strokePath();
    }
    if (complete && model.escalation !== null) {
      const angle = Math.PI + (model.escalation / 100) * Math.PI;
      const needle = this.add.container(gx, gy);
      const ng = this.add.graphics();
      ng.lineStyle(2.5 * u, C.paper, 1).lineBetween(0, 0, R - thick - 3 * u, 0);
      ng.fillStyle(C.paper, 1).fillCircle(0, 0, 4 * u);
      ng.fillStyle(C.ink, 1).fillCircle(0, 0, 1.8 * u);
      needle.add(ng);
      needle.setRotation(angle);
      needle.setName("needle");
      layers.doc.add(needle);
    } else {
      g.fillStyle(C.quiet, 1).fillCircle(gx, gy, 3 * u);
    }
    const tx = gx + R + (compact ? 10 : 14) * u;
    const tension = this.eyebrow(tx, compact ? gaugeBox.y + 2 * u : gaugeBox.y, model.words.tension);
    const value = this.text(
      tx,
      tension.y + tension.height,
      model.escalation === null ? "—" : String(model.escalation),
      {
        size: compact ? 17 : 24,
        weight: 600,
        color: model.escalation === null ? C.quiet : C.paper,
      },
    );
    layers.doc.add([tension, value]);
    yield;
    if (model.escalation !== null && model.words.risk) {
      // The chance of a major offensive with this deal, and with none beside it.
      const cx = compact ? value.x + value.width + 10 * u : tx;
      const max = gaugeBox.x + gaugeBox.w - cx;
      const cy = compact ? value.y + value.height / 2 : value.y + value.height + 1 * u;
      const risk = this.text(cx, cy, model.words.risk, { size: compact ? 9.5 : 10.5, color: C.paper });
      const noDeal = this.text(cx, cy, model.words.riskNoDeal, { size: compact ? 9.5 : 10.5, color: C.quiet });
      risk.setOrigin(0, compact ? 1 : 0);
      noDeal.setOrigin(0, 0).setY(compact ? cy : cy + risk.height);
      this.fit(risk, max);
      this.fit(noDeal, max);
      layers.doc.add([risk, noDeal]);
    }
  }

  // ───────── Motion ─────────

  protected play(motion: TableMotion[], model: TableSceneModel): void {
    const layers = this.tableLayers;
    const before = this.before;
    const now = this.anchors;
    if (!layers || !before || !now) return;
    const u = this.u;
    for (const change of motion) {
      switch (change.kind) {
        case "accepted": {
          const from = before.tabs.get(change.amendment);
          const row = model.rows.find((r) => r.issue === change.issue);
          const to = row ? now.pips.get(`${change.issue}:${row.chosen}`) : undefined;
          // Posted and accepted between two pictures (no tab to start from): the row lights up.
          if (!from || !to) {
            this.flashRow(change.issue, C.sky);
            break;
          }
          const arriving = this.arriving.get(change.issue) ?? [];
          for (const o of arriving) (o as unknown as Phaser.GameObjects.Components.Alpha).setAlpha?.(0);
          const token = this.add.container(from.x, from.y);
          const g = this.add.graphics();
          g.fillStyle(C.sky, 1).fillCircle(0, 0, 9 * u);
          g.lineStyle(2 * u, C.white, 1).strokeCircle(0, 0, 9 * u);
          token.add(g);
          layers.fx.add(token);
          this.tweens.add({
            targets: token,
            x: to.x,
            y: to.y,
            scale: { from: 1.3, to: 0.7 },
            duration: 700,
            ease: "Cubic.easeInOut",
            onComplete: () => {
              token.destroy();
              for (const o of arriving)
                if ((o as Phaser.GameObjects.GameObject).active) this.tween({ targets: o, alpha: 1, duration: 220 });
              this.flashRow(change.issue, C.sky);
            },
          });
          break;
        }
        case "written":
          this.flashRow(change.issue, C.brass);
          break;
        case "proposed": {
          const tab = this.findMark(change.amendment);
          if (tab) {
            const x = tab.x;
            tab.setAlpha(0).setX(x + 24 * u);
            this.tween({ targets: tab, x, alpha: 1, duration: 380, ease: "Back.easeOut" });
          }
          break;
        }
        case "supported": {
          const tab = this.findMark(change.amendment);
          const seat = before.seats.get(change.seat);
          const to = now.tabs.get(change.amendment);
          if (tab) this.tween({ targets: tab, scaleY: { from: 1.35, to: 1 }, duration: 420, ease: "Back.easeOut" });
          if (seat && to) this.spark(seat.x + seat.w / 2, seat.y + seat.h / 2, to.x, to.y, C.sky);
          break;
        }
        case "opposed": {
          // A dot in the warning colour from the seat, and the tab shakes its head.
          const tab = this.findMark(change.amendment);
          const seat = before.seats.get(change.seat);
          const to = now.tabs.get(change.amendment);
          if (tab) {
            const x = tab.x;
            this.tween({
              targets: tab,
              x: { from: x - 4 * u, to: x },
              duration: 90,
              repeat: 2,
              yoyo: true,
              ease: "Sine.easeInOut",
              onComplete: () => tab.setX(x),
            });
          }
          if (seat && to) this.spark(seat.x + seat.w / 2, seat.y + seat.h / 2, to.x, to.y, C.below);
          break;
        }
        case "closed": {
          // Declined or withdrawn: a ghost of the tab drops away from where it stood.
          const from = before.tabs.get(change.amendment);
          if (!from) break;
          const h = (this.compact ? 14 : 18) * u;
          const ghost = this.add.container(from.x, from.y);
          const g = this.add.graphics();
          g.fillStyle(change.status === "declined" ? C.muted : C.sky, 1).fillRoundedRect(-h, -h / 2, h * 2, h, h / 2);
          ghost.add(g);
          layers.fx.add(ghost);
          this.tweens.add({
            targets: ghost,
            y: from.y + 10 * u,
            alpha: { from: 0.9, to: 0 },
            scale: { from: 1, to: 0.6 },
            duration: 520,
            ease: "Cubic.easeIn",
            onComplete: () => ghost.destroy(),
          });
          break;
        }
        case "pen": {
          const pen = layers.marks.getByName("pen") as Phaser.GameObjects.Container | null;
          if (!pen) break;
          const to = { x: pen.x, y: pen.y, r: pen.rotation };
          pen.setPosition(before.pen.x, before.pen.y).setRotation(before.pen.angle);
          this.tween({
            targets: pen,
            x: to.x,
            y: to.y,
            rotation: to.r,
            duration: 900,
            ease: "Cubic.easeInOut",
          });
          break;
        }
        case "ballot": {
          const seal = layers.marks.getByName(`seal-${change.seat}`) as Phaser.GameObjects.Container | null;
          if (!seal) break;
          seal.setScale(2.4).setAlpha(0);
          this.tween({ targets: seal, scale: 1, alpha: 1, duration: 360, ease: "Cubic.easeIn" });
          const ring = this.add.circle(seal.x, seal.y, 16 * u);
          ring.setStrokeStyle(2 * u, change.ballot === "sign" ? C.bad : C.muted, 1);
          ring.isFilled = false;
          ring.setAlpha(0);
          layers.fx.add(ring);
          this.tweens.add({
            targets: ring,
            scale: { from: 1, to: 2.4 },
            alpha: { from: 0.9, to: 0 },
            delay: 340,
            duration: 600,
            ease: "Sine.easeOut",
            onComplete: () => ring.destroy(),
          });
          break;
        }
        case "vote": {
          const box = now.rows.values().next().value;
          if (box) {
            const flash = this.add.rectangle(box.x, box.y - 30 * u, box.w, 30 * u, C.bad, 0.5).setOrigin(0, 0);
            layers.fx.add(flash);
            this.tweens.add({ targets: flash, alpha: 0, duration: 900, onComplete: () => flash.destroy() });
          }
          break;
        }
        case "ready": {
          const mark = layers.marks.getByName(`ready-${change.seat}`) as Phaser.GameObjects.Container | null;
          if (mark) this.tween({ targets: mark, scale: { from: 0.2, to: 1 }, duration: 360, ease: "Back.easeOut" });
          break;
        }
      }
    }
  }

  private findMark(amendment: number): Phaser.GameObjects.Container | null {
    const layers = this.tableLayers;
    if (!layers) return null;
    for (const o of layers.marks.list)
      if (o instanceof Phaser.GameObjects.Container && o.getData("amendment") === amendment) return o;
    return null;
  }

  /** A row lights up and fades: something was written into it. */
  private flashRow(issue: string, colour: number): void {
    const layers = this.tableLayers;
    const box = this.anchors?.rows.get(issue);
    if (!layers || !box) return;
    const glow = this.add.rectangle(box.x, box.y, box.w, box.h, colour, 0.35).setOrigin(0, 0);
    layers.fx.add(glow);
    this.tweens.add({
      targets: glow,
      alpha: 0,
      duration: 1100,
      ease: "Sine.easeOut",
      onComplete: () => glow.destroy(),
    });
  }

  /** A small dot travelling from a seat to a marker: that seat just backed it. */
  private spark(x0: number, y0: number, x1: number, y1: number, colour: number): void {
    const layers = this.tableLayers;
    if (!layers) return;
    const dot = this.add.circle(x0, y0, 5 * this.u, colour, 1).setStrokeStyle(1.5 * this.u, C.white, 1);
    layers.fx.add(dot);
    this.tweens.add({
      targets: dot,
      x: x1,
      y: y1,
      duration: 600,
      ease: "Cubic.easeInOut",
      onComplete: () => dot.destroy(),
    });
  }
}
