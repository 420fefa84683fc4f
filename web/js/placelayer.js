// The place markers and their labels, painted on one canvas instead of one DOM element per place:
// with a thousand places and more, creating, moving and restyling that many elements cost most of
// the first draw and of every step. What the DOM markers gave for free is done here: clicks and
// hover find the marker under the pointer, a tooltip names it, one keyboard stop walks the places
// with Tab and opens one with Enter, and places that changed pulse (a few DOM rings).
/* global L */
import { el } from './dom.js';
import { labelSprite, markerSprite } from './markers.js';

/** Places that changed get an animated ring element up to this many; the rest a painted ring. */
const MAX_PULSES = 100;

export const PlaceLayer = L.Layer.extend({
  options: { pane: 'places', padding: 0.1 },

  /**
   * `view` gives what to paint: `order()` (the entries bottom to top, each with its look, position
   * `pt`, `name`, `label` state and `labelStyle`), `hoverId`, `theme()`, `entry(id)`, `keyOrder()`
   * and `ariaLabel(entry)`; `onPlaceClick(id)` and `tooltipOf(entry)` come from the map view.
   */
  initialize(view, { onPlaceClick, tooltipOf }) {
    this.view = view;
    this.onPlaceClick = onPlaceClick;
    this.tooltipOf = tooltipOf;
    this.list = [];
    this.widths = new Map();
    this.pulses = new Map(); // key -> marker
    this.pointerId = null;
    this.keyOrder = [];
  },

  onAdd(map) {
    this.canvas = el('canvas', { class: 'pm-canvas leaflet-zoom-animated', 'aria-hidden': 'true' });
    this.ctx = this.canvas.getContext('2d');
    this.getPane().append(this.canvas);
    this.pulseLayer = L.layerGroup().addTo(map);
    this.tip = L.tooltip({ direction: 'top', className: 'pm-tooltip' });
    this.keys = this.keyStop(null);
    map.getPane('placekeys').append(this.keys);
    map.on('click', this.onClick, this);
    map.on('mousemove', this.onPointer, this);
    map.on('mouseout', this.onPointerOut, this);
    this.reset();
  },

  onRemove(map) {
    this.canvas.remove();
    this.keys.remove();
    this.pulseLayer.remove();
    map.off('click', this.onClick, this);
    map.off('mousemove', this.onPointer, this);
    map.off('mouseout', this.onPointerOut, this);
  },

  getEvents() {
    return { zoomanim: this.animateZoom };
  },

  /**
   * Places the canvas over the view (and a margin around it, so a short pan shows markers) and
   * paints it. Called by the map view after every move, zoom or resize, once labels are placed.
   */
  reset() {
    const map = this._map;
    if (!map || !map._loaded) return;
    const size = map.getSize();
    const pad = size.multiplyBy(this.options.padding).round();
    const min = map.containerPointToLayerPoint([0, 0]).subtract(pad).round();
    const ratio = window.devicePixelRatio || 1;
    const w = size.x + 2 * pad.x;
    const h = size.y + 2 * pad.y;
    if (this.canvas.width !== Math.round(w * ratio) || this.canvas.height !== Math.round(h * ratio)) {
      this.canvas.width = Math.round(w * ratio);
      this.canvas.height = Math.round(h * ratio);
      this.canvas.style.width = `${w}px`;
      this.canvas.style.height = `${h}px`;
    }
    L.DomUtil.setPosition(this.canvas, min); // also drops a zoom animation's scale
    this.min = min;
    this.ratio = ratio;
    this.paintZoom = map.getZoom();
    this.paint(true);
  },

  /** During a zoom animation the painted canvas is scaled to where its markers are going (as Leaflet's renderers do). */
  animateZoom(e) {
    const map = this._map;
    if (!this.min) return;
    const scale = map.getZoomScale(e.zoom, this.paintZoom);
    const panePos = map.containerPointToLayerPoint([0, 0]).multiplyBy(-1);
    const origin = map.project(e.center, e.zoom).subtract(map.getSize().divideBy(2)).add(panePos).round();
    const topLeft = this.min.add(map.getPixelOrigin()).multiplyBy(scale).subtract(origin);
    L.DomUtil.setTransform(this.canvas, topLeft, scale);
  },

  /** The width of a text in a font, measured by the canvas (kept: names repeat every frame). */
  textWidth(text, font) {
    const key = `${font}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      this.ctx.font = font;
      w = this.ctx.measureText(text).width;
      if (this.widths.size > 20000) this.widths.clear();
      this.widths.set(key, w);
    }
    return w;
  },

  /** Paints at the next animation frame (pointer and panel hover: several may come per frame). */
  schedulePaint() {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = null;
      this.paint();
    });
  },

  /**
   * Paints the markers from the view's entries, bottom to top (the place under the pointer or the
   * panel's hover last), then the labels the layout shows over them. A step changes a handful of a
   * thousand markers, so only the regions where a marker or label was painted otherwise than last
   * time are cleared and painted again (with every marker and label that touches them, in order);
   * `full` (after a move, zoom or resize) paints everything. Keeps a record of each marker as
   * painted: what `drawnMarkers()` answers and clicks are tested against.
   */
  paint(full = false) {
    if (this.pending) {
      cancelAnimationFrame(this.pending);
      this.pending = null;
    }
    const map = this._map;
    if (!map || !this.min) return;
    const ratio = this.ratio;
    const theme = this.view.theme();
    if (theme.stamp !== this.stamp) {
      this.stamp = theme.stamp; // other colours or fonts: every sprite is another
      full = true;
    }
    const hoverId = this.view.hoverId;
    const lifted = [];
    const order = [];
    for (const e of this.view.order()) {
      if (e.id === hoverId || e.id === this.pointerId) lifted.push(e);
      else order.push(e);
    }
    order.push(...lifted);
    const w = this.canvas.width / ratio;
    const h = this.canvas.height / ratio;
    const before = this.items ?? new Map();
    const items = new Map();
    const list = [];
    const dirty = [];
    for (const e of order) {
      // Whole pixels, as Leaflet places marker elements: a bitmap copied between pixels would blur.
      const x = Math.round(e.pt.x - this.min.x);
      const y = Math.round(e.pt.y - this.min.y);
      const reach = e.look.size + 12;
      if (x < -reach || y < -reach || x > w + reach || y > h + reach) continue;
      const hover = e.id === hoverId;
      const scale = hover ? 1.45 : 1;
      const ring = e.look.changed && !this.pulses.has(e.pulseKey);
      const rank = hover || e.id === this.pointerId ? 2000 : e.z;
      // The sprite is looked up again only when the marker's look, size, ring or the colours changed.
      let sprite = e.sprite;
      if (!sprite || e.spriteOf !== e.look || e.spriteScale !== scale || e.spriteRing !== ring || e.spriteStamp !== this.stamp) {
        sprite = markerSprite(e.look, { scale, ratio, colours: theme.colours, accent: theme.accent, ring });
        Object.assign(e, { sprite, spriteOf: e.look, spriteScale: scale, spriteRing: ring, spriteStamp: this.stamp });
      }
      const style = e.labelStyle;
      let text = null;
      if ((e.label === 'shown' || hover) && e.name) {
        if (!e.text || e.textOf !== style || e.textName !== e.name || e.textStamp !== this.stamp) {
          e.text = labelSprite(e.name, { font: style.font, colour: style.colour, dir: style.dir, ratio });
          Object.assign(e, { textOf: style, textName: e.name, textStamp: this.stamp });
        }
        text = e.text;
      }
      const left = Math.round((x - sprite.half) * ratio) / ratio;
      const top = Math.round((y - sprite.half) * ratio) / ratio;
      const tx = text ? Math.round(x + (e.look.size * scale) / 2 + 3 - text.left) : 0;
      const ty = text ? Math.round(y - text.middle) : 0;
      const old = before.get(e.id);
      before.delete(e.id);
      let item;
      if (old && old.sprite === sprite && old.left === left && old.top === top && old.rank === rank && old.text === text
        && old.tx === tx && old.ty === ty) {
        item = old; // painted as it is: nothing to do
      } else {
        item = {
          id: e.id, sprite, x, y, left, top, rank, text, tx, ty,
          bounds: [left, top, left + sprite.image.width / ratio, top + sprite.image.height / ratio],
          textBounds: text ? [tx, ty, tx + text.image.width / ratio, ty + text.image.height / ratio] : null,
        };
        if (old) dirty.push(old.bounds, old.textBounds);
        dirty.push(item.bounds, item.textBounds);
      }
      item.record = this.record(e, item, hover, ring, scale);
      items.set(e.id, item);
      list.push(item);
    }
    for (const old of before.values()) dirty.push(old.bounds, old.textBounds); // gone, or out of reach
    const rects = dirty.filter(Boolean);
    const ctx = this.ctx;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (full || rects.length > 200) {
      ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
      this.draw(list, null);
    } else {
      const grid = new ItemGrid(list);
      for (const r of rects) {
        const clip = [Math.floor(r[0] * ratio) - 1, Math.floor(r[1] * ratio) - 1, Math.ceil(r[2] * ratio) + 1, Math.ceil(r[3] * ratio) + 1];
        ctx.save();
        ctx.beginPath();
        ctx.rect(clip[0], clip[1], clip[2] - clip[0], clip[3] - clip[1]);
        ctx.clip();
        ctx.clearRect(clip[0], clip[1], clip[2] - clip[0], clip[3] - clip[1]);
        this.draw(list, clip.map((v) => v / ratio), grid);
        ctx.restore();
      }
    }
    this.items = items;
    this.list = list;
    this.placeKeys();
  },

  /**
   * Stamps the markers, then the labels over them, that touch a region (all when `region` is
   * null), bottom to top. With a grid of the items, only those filed near the region are looked at
   * (a step paints some tens of regions, each touching a few of a thousand markers).
   */
  draw(list, region, grid) {
    const ctx = this.ctx;
    const ratio = this.ratio;
    const touches = (b) => !region || (b[0] < region[2] && b[2] > region[0] && b[1] < region[3] && b[3] > region[1]);
    for (const item of grid ? grid.near(region, false) : list) {
      if (touches(item.bounds)) ctx.drawImage(item.sprite.image, item.left * ratio, item.top * ratio);
    }
    for (const item of grid ? grid.near(region, true) : list) {
      if (item.text && touches(item.textBounds)) ctx.drawImage(item.text.image, item.tx * ratio, item.ty * ratio);
    }
  },

  /**
   * What a marker was painted as, for the test hook: place, state, the colours its sprite was
   * filled and outlined with, its centre and its label's text box in layer points. Kept while the
   * same, so a step makes records only for the markers it changed.
   */
  record(e, item, hover, ring, scale) {
    const state = hover && e.label !== 'shown' ? 'hover' : e.label;
    const old = e.paintRecord;
    if (old && old.item === item && old.min === this.min && old.look === e.look && old.ring === ring && old.hover === hover
      && old.label.state === state && old.style === e.labelStyle) {
      return old;
    }
    const box = item.text ? [item.tx + item.text.left + item.text.box[0], item.ty + item.text.middle + item.text.box[1],
      item.tx + item.text.left + item.text.box[2], item.ty + item.text.middle + item.text.box[3]] : null;
    const r = {
      item, min: this.min, look: e.look, style: e.labelStyle, ring, hover,
      id: e.id, type: e.props.type ?? 'other', group: e.look.group, side: e.look.side, half: e.look.half,
      contested: e.look.contested, claimed: e.look.claimed, approx: e.look.approx, changed: e.look.changed,
      selected: e.look.selected, pulse: e.look.changed ? (ring ? 'static' : 'animated') : null,
      pt: L.point(item.x + this.min.x, item.y + this.min.y), size: e.look.size * scale, ...item.sprite.drawn,
      label: {
        state, text: e.name, lang: e.labelStyle.lang, dir: e.labelStyle.dir, font: e.labelStyle.font,
        box: box ? box.map((v, i) => v + (i % 2 === 0 ? this.min.x : this.min.y)) : null,
      },
    };
    e.paintRecord = r;
    return r;
  },

  /**
   * Rings that pulse around the places that changed in this frame (DOM elements with a CSS
   * animation, so the canvas is not painted sixty times a second); beyond MAX_PULSES, and for
   * places outside the view, the canvas paints the ring at rest instead.
   */
  setPulses(entries) {
    const map = this._map;
    if (!map) return;
    const view = map.getBounds().pad(0.1);
    const next = new Map();
    for (const e of entries) {
      if (next.size >= MAX_PULSES) break;
      if (!e.look.changed || !view.contains([e.lat, e.lon])) continue;
      const key = `${e.id}|${e.look.size}|${e.lat}|${e.lon}`;
      e.pulseKey = key;
      let marker = this.pulses.get(key);
      if (marker) {
        this.pulses.delete(key);
      } else {
        const size = e.look.size;
        marker = L.marker([e.lat, e.lon], {
          pane: 'pulses', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'pm-pulse', html: el('span', { class: 'pm-ring' }), iconSize: [size, size] }),
        });
        this.pulseLayer.addLayer(marker);
      }
      next.set(key, marker);
    }
    for (const marker of this.pulses.values()) this.pulseLayer.removeLayer(marker);
    this.pulses = next;
  },

  /** The topmost marker painted under a layer point, or null. */
  hit(layerPoint) {
    const list = this.list ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const d = list[i].record;
      const half = d.size / 2 + 1;
      if (Math.abs(layerPoint.x - d.pt.x) <= half && Math.abs(layerPoint.y - d.pt.y) <= half) return d;
    }
    return null;
  },

  onClick(e) {
    const d = this.hit(e.layerPoint);
    if (d) this.onPlaceClick(d.id);
  },

  /** Under the pointer: a pointer cursor, the marker on top and its tooltip. */
  onPointer(e) {
    const d = this.hit(e.layerPoint);
    const id = d?.id ?? null;
    if (id === this.pointerId) return;
    this.pointerId = id;
    this._map.getContainer().classList.toggle('pm-pointer', Boolean(id));
    if (id) this.showTip(id);
    else this.hideTip();
    this.schedulePaint();
  },

  onPointerOut() {
    if (!this.pointerId) return;
    this.pointerId = null;
    this._map.getContainer().classList.remove('pm-pointer');
    this.hideTip();
    this.schedulePaint();
  },

  showTip(id) {
    const e = this.view.entry(id);
    if (!e) return;
    this.tip.options.offset = [0, -e.look.size / 2];
    this.tip.setLatLng([e.lat, e.lon]).setContent(this.tooltipOf(e)); // a DOM node: never parsed as HTML
    this._map.openTooltip(this.tip);
  },

  hideTip() {
    this._map.closeTooltip(this.tip);
  },

  /**
   * The keyboard's way to the places: one button over one marker at a time. Tab and Shift+Tab
   * move it through the places in view (the selected place, cities, changes, the rest: the order
   * labels are placed in) and leave the map after the last; Enter or Space opens the place, as a
   * click does. Each move is a new button, so a screen reader reads the new place's name.
   */
  keyStop(id) {
    const button = el('button', { type: 'button', class: 'pm-key', tabindex: '0' });
    L.DomEvent.disableClickPropagation(button);
    button.addEventListener('click', () => {
      if (button.dataset.placeId) this.onPlaceClick(button.dataset.placeId);
    });
    button.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Tab' || ev.altKey || ev.ctrlKey || ev.metaKey) return;
      const order = this.keyOrder;
      const at = order.indexOf(button.dataset.placeId);
      const next = at + (ev.shiftKey ? -1 : 1);
      if (at < 0 || next < 0 || next >= order.length) return; // leave the map
      ev.preventDefault();
      const moved = this.keyStop(order[next]);
      button.replaceWith(moved);
      this.keys = moved;
      moved.focus();
    });
    button.addEventListener('focus', () => {
      this.keyFocus = button.dataset.placeId || null;
      if (this.keyFocus) this.showTip(this.keyFocus);
    });
    button.addEventListener('blur', () => {
      if (this.keys !== button) return; // moved on to the next place
      this.keyFocus = null;
      if (!this.pointerId) this.hideTip();
    });
    this.fillKeyStop(button, id);
    return button;
  },

  /** Puts the keyboard stop on a place: its name and state to read, over its marker. */
  fillKeyStop(button, id) {
    const e = id ? this.view.entry(id) : null;
    if (!e) {
      button.hidden = true;
      delete button.dataset.placeId;
      return;
    }
    button.hidden = false;
    button.dataset.placeId = id;
    const label = this.view.ariaLabel(e);
    if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
    const size = e.look.size;
    button.style.width = `${size}px`;
    button.style.height = `${size}px`;
    L.DomUtil.setPosition(button, e.pt.subtract([size / 2, size / 2]));
  },

  /**
   * After a paint: the keyboard order of the places in view, and the stop on the first of them
   * (where Tab enters the map), or, while it has the focus, kept on its place if still in view.
   */
  placeKeys() {
    this.keyOrder = this.view.keyOrder();
    const current = this.keys.dataset.placeId;
    const focused = document.activeElement === this.keys;
    const id = focused && current && this.keyOrder.includes(current) ? current : this.keyOrder[0] ?? null;
    this.fillKeyStop(this.keys, id);
  },

  /**
   * The markers as last painted, bottom to top: place id, type, side and the colours the canvas
   * filled and outlined it with, its state, its centre and label box in pixels of the map
   * container and of the window. Copies: reading them changes nothing.
   */
  drawnMarkers() {
    const map = this._map;
    if (!map) return [];
    const rect = map.getContainer().getBoundingClientRect();
    const toContainer = (x, y) => map.layerPointToContainerPoint([x, y]);
    return (this.list ?? []).map(({ record }) => {
      const c = toContainer(record.pt.x, record.pt.y);
      const { pt, label, item, min, look, style, ring, ...rest } = record;
      const out = { ...rest, x: c.x, y: c.y, clientX: rect.left + c.x, clientY: rect.top + c.y, label: { ...label } };
      if (label.box) {
        const a = toContainer(label.box[0], label.box[1]);
        const b = toContainer(label.box[2], label.box[3]);
        out.label.box = [a.x, a.y, b.x, b.y];
      }
      return out;
    });
  },
});

/**
 * The painted items filed in square cells by their marker box and, apart, their label box, so
 * that the items near a region are found without looking at all of them; they come back in the
 * list's order (bottom to top), as painting needs.
 */
class ItemGrid {
  constructor(list, size = 64) {
    this.list = list;
    this.size = size;
    this.markers = new Map();
    this.labels = new Map();
    list.forEach((item, i) => {
      this.file(this.markers, item.bounds, i);
      if (item.textBounds) this.file(this.labels, item.textBounds, i);
    });
  }

  file(cells, box, i) {
    const s = this.size;
    for (let x = Math.floor(box[0] / s); x <= Math.floor(box[2] / s); x++) {
      for (let y = Math.floor(box[1] / s); y <= Math.floor(box[3] / s); y++) {
        const key = x * 1048576 + y;
        const at = cells.get(key);
        if (at) at.push(i);
        else cells.set(key, [i]);
      }
    }
  }

  /** The items whose marker (or label) box lies in a cell the region covers, in list order. */
  near(region, labels) {
    const cells = labels ? this.labels : this.markers;
    const s = this.size;
    const found = new Set();
    for (let x = Math.floor(region[0] / s); x <= Math.floor(region[2] / s); x++) {
      for (let y = Math.floor(region[1] / s); y <= Math.floor(region[3] / s); y++) {
        for (const i of cells.get(x * 1048576 + y) ?? []) found.add(i);
      }
    }
    return [...found].sort((a, b) => a - b).map((i) => this.list[i]);
  }
}
