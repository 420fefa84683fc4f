// The place markers and their labels, painted on one canvas instead of one DOM element per place:
// with a thousand places and more, creating, moving and restyling that many elements cost most of
// the first draw and of every step. What the DOM markers gave for free is done here: clicks and
// hover find the marker under the pointer, a tooltip names it, one keyboard stop walks the places
// with Tab and opens one with Enter, and places that changed pulse (a few DOM rings).
/* global L */
import { el } from './dom.js';
import { paintLabel, paintMarker } from './markers.js';

/** Places that changed get an animated ring element up to this many; the rest a painted ring. */
const MAX_PULSES = 100;

export const PlaceLayer = L.Layer.extend({
  options: { pane: 'places', padding: 0.1 },

  /**
   * `view` gives what to paint: `order()` (the entries bottom to top), `hoverId`, `theme()` and
   * `labelOf(entry)`; `onPlaceClick(id)` and `tooltipOf(entry)` come from the map view.
   */
  initialize(view, { onPlaceClick, tooltipOf }) {
    this.view = view;
    this.onPlaceClick = onPlaceClick;
    this.tooltipOf = tooltipOf;
    this.drawn = [];
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
    this.paint();
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
   * Paints every marker from the view's entries, bottom to top (the place under the pointer or the
   * panel's hover last), then the labels the layout shows over them, and keeps a record of each
   * marker as painted: what `drawnMarkers()` answers.
   */
  paint() {
    if (this.pending) {
      cancelAnimationFrame(this.pending);
      this.pending = null;
    }
    const map = this._map;
    if (!map || !this.min) return;
    const ctx = this.ctx;
    const ratio = this.ratio;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const theme = this.view.theme();
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
    const drawn = [];
    const labels = [];
    for (const e of order) {
      const x = e.pt.x - this.min.x;
      const y = e.pt.y - this.min.y;
      const reach = e.look.size + 12;
      if (x < -reach || y < -reach || x > w + reach || y > h + reach) continue;
      const hover = e.id === hoverId;
      const scale = hover ? 1.45 : 1;
      const ring = e.look.changed && !this.pulses.has(e.pulseKey);
      const colours = paintMarker(ctx, e.look, x, y, { scale, ratio, colours: theme.colours, accent: theme.accent, ring });
      const label = this.view.labelOf(e);
      const shown = label.state === 'shown' || hover;
      const record = {
        id: e.id, type: e.props.type ?? 'other', group: e.look.group, side: e.look.side, half: e.look.half,
        contested: e.look.contested, claimed: e.look.claimed, approx: e.look.approx, changed: e.look.changed,
        selected: e.look.selected, hover, pulse: e.look.changed ? (ring ? 'static' : 'animated') : null,
        pt: e.pt, size: e.look.size * scale, ...colours,
        label: { state: hover && label.state !== 'shown' ? 'hover' : label.state, text: label.text, lang: label.lang, dir: label.dir, font: label.font },
      };
      drawn.push(record);
      if (shown && label.text) labels.push({ record, x: x + (e.look.size * scale) / 2 + 3, y, label });
    }
    for (const { record, x, y, label } of labels) {
      const box = paintLabel(ctx, label.text, x, y, { font: label.font, colour: label.colour, dir: label.dir, ratio });
      record.label.box = box.map((v, i) => v + (i % 2 === 0 ? this.min.x : this.min.y)); // layer points
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.drawn = drawn;
    this.placeKeys();
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
    for (let i = this.drawn.length - 1; i >= 0; i--) {
      const d = this.drawn[i];
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
    return this.drawn.map((d) => {
      const c = toContainer(d.pt.x, d.pt.y);
      const { pt, label, ...rest } = d;
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
