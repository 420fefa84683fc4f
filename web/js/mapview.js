// The Leaflet map: tiles when reachable, a local Natural Earth basemap and gazetteer town labels
// underneath for when they are not, control areas, uncertainty circles and place markers on top
// (painted on a canvas by placelayer.js; this module decides what each marker and label shows).
/* global L */
import { el, safeHref } from './dom.js';
import { forgetSideColours, placeDrawSide, sideColour, sides } from './model.js';
import { APPROX_KM, markerLook } from './markers.js';
import { PlaceLayer } from './placelayer.js';
import { shortDate, t } from './i18n.js';
import { sideLabel } from './labels.js';
import { sideOutline } from './profile.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Leaflet shows attribution as HTML, and providers want theirs with a link (the server's default
 * is OpenStreetMap's "&copy; <a href=…>OpenStreetMap</a> contributors"). Keep only text and
 * http(s) links, rebuilt from nodes. The string is never parsed as HTML: tags are cut out with a
 * pattern and entities decoded in a <textarea>, whose content is plain text to the parser.
 */
export function cleanAttribution(html) {
  const decode = (s) => {
    const t = document.createElement('textarea');
    t.innerHTML = s.replace(/<[^>]*>?/g, '');
    return t.value;
  };
  const out = document.createElement('span');
  const link = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>/gi;
  let last = 0;
  for (const m of String(html ?? '').matchAll(link)) {
    out.append(document.createTextNode(decode(html.slice(last, m.index))));
    const href = safeHref(decode(m[1] ?? m[2] ?? ''));
    const text = decode(m[3]);
    out.append(href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', text }) : document.createTextNode(text));
    last = m.index + m[0].length;
  }
  out.append(document.createTextNode(decode(String(html ?? '').slice(last))));
  return out.innerHTML; // serialised from text nodes and clean links only
}

export class MapView {
  constructor(container, { onPlaceClick }) {
    this.onPlaceClick = onPlaceClick;
    this.lang = 'en';
    this.map = L.map(container, { zoomControl: true, preferCanvas: false, worldCopyJump: false });
    // Panes, bottom to top: local basemap, tiles, territory (and a comparison), fronts, town labels,
    // the markers' canvas, the rings of places that changed, the keyboard's stop on a marker.
    this.map.createPane('basemap').style.zIndex = 150;
    this.map.createPane('areas').style.zIndex = 380;
    this.map.createPane('fronts').style.zIndex = 385;
    this.map.createPane('uncertainty').style.zIndex = 390;
    this.map.createPane('towns').style.zIndex = 450;
    this.map.getPane('towns').style.pointerEvents = 'none';
    this.map.createPane('places').style.zIndex = 600;
    this.map.createPane('pulses').style.zIndex = 610;
    this.map.getPane('pulses').style.pointerEvents = 'none';
    this.map.createPane('placekeys').style.zIndex = 620;
    // One SVG for the territory and the comparison, holding the hatch patterns their fills name.
    this.areaRenderer = L.svg({ pane: 'areas' });
    this.map.addLayer(this.areaRenderer);
    this.addPatterns();
    this.areaLayer = L.layerGroup().addTo(this.map);
    this.frontLayer = L.layerGroup().addTo(this.map);
    this.compareLayer = L.layerGroup().addTo(this.map);
    this.uncertaintyLayer = L.layerGroup().addTo(this.map);
    this.townLayer = L.layerGroup().addTo(this.map);
    this.markers = new Map(); // place id -> { id, props, lat, lon, look, name, pt, label, ... }
    this.towns = [];
    this.markerIds = new Set();
    this.labelBoxes = [];
    this.hoverId = null;
    this.placeLayer = new PlaceLayer(this, {
      onPlaceClick: (id) => this.onPlaceClick(id),
      tooltipOf: (e) => tooltipNode(e.props, this.lang),
    });
    this.map.addLayer(this.placeLayer);
    this.map.on('zoomend', () => this.updateZoomClass());
    this.map.on('moveend', () => {
      this.layoutLabels();
      this.placeLayer.setPulses(this.drawOrder ?? []); // places that came into view pulse too
      this.placeLayer.reset();
      this.drawTowns();
    });
  }

  /** Frames the corpus; a one-place corpus gets a town-sized view, none at all Syria. */
  fit(bounds) {
    const valid = Array.isArray(bounds) && bounds.length === 2 && bounds.flat().every(Number.isFinite);
    const box = valid ? L.latLngBounds(bounds) : L.latLngBounds([32.3, 35.6], [37.4, 42.4]);
    const pad = 0.05; // degrees, about 5 km: a single place is a zero-size box
    const padded = L.latLngBounds(
      [box.getSouth() - pad, box.getWest() - pad], [box.getNorth() + pad, box.getEast() + pad]);
    this.map.fitBounds(padded, { padding: [24, 24], maxZoom: 12 });
    this.updateZoomClass();
  }

  /**
   * Tiles from the configured server, or none when it has no tile URL (then the local basemap is
   * the map). Failing tiles (no network) switch to the local basemap too.
   */
  addTiles(url, attribution) {
    if (!url) {
      this.markOffline();
      return;
    }
    let loaded = 0;
    let failed = 0;
    const tiles = L.tileLayer(url, { attribution: cleanAttribution(attribution), maxZoom: 18, crossOrigin: false });
    tiles.on('tileload', () => { loaded += 1; });
    tiles.on('tileerror', () => {
      failed += 1;
      if (loaded === 0 && failed >= 2) this.markOffline();
    });
    tiles.addTo(this.map);
  }

  /** Says in the attribution that the basemap shown is the local one. */
  markOffline() {
    if (this.offline) return;
    this.offline = true;
    this.map.getContainer().classList.add('tiles-offline');
    this.map.attributionControl.addAttribution('Offline basemap: Natural Earth');
  }

  /** Countries as plain polygons in a pane under the tiles: visible exactly when tiles are not. */
  setBasemap(geojson) {
    L.geoJSON(geojson, {
      pane: 'basemap',
      interactive: false,
      style: (f) => {
        const name = f.properties?.name ?? f.properties?.NAME ?? f.properties?.ADMIN ?? '';
        const home = /^syria/i.test(name) || f.properties?.iso_a3 === 'SYR' || f.id === '760';
        return {
          color: home ? '#6f6a60' : '#a7a298',
          weight: home ? 1.6 : 0.8,
          fillColor: home ? '#f7f4ec' : '#ebe8e0',
          fillOpacity: 1,
        };
      },
    }).addTo(this.map);
  }

  /**
   * Gazetteer places used as town labels. Bigger places first (by population when the server sends
   * it, else by type), so they win the room when labels would overlap.
   */
  setTowns(places) {
    const rank = { city: 0, town: 1, suburb: 2, village: 3 };
    this.towns = places
      .filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && p.type in rank)
      .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || rank[a.type] - rank[b.type]);
    this.drawTowns();
  }

  setLanguage(lang) {
    this.lang = lang;
    this.themeRead = null;
    this.drawTowns();
  }

  /** Which towns deserve a label at this zoom: big cities always, villages only close up. */
  static townVisible(p, zoom) {
    const pop = p.population ?? 0;
    if (pop >= 200000) return zoom >= 5;
    if (pop >= 50000 || p.type === 'city') return zoom >= 7;
    if (pop >= 10000 || p.type === 'town') return zoom >= 9;
    return zoom >= 11;
  }

  /**
   * Draws the labels that fit: each takes a box on screen, and a label whose box would overlap
   * one already placed (or a place marker) is left out at this zoom.
   */
  drawTowns() {
    if (!this.map._loaded) return;
    const zoom = this.map.getZoom();
    const view = this.map.getBounds().pad(0.1);
    const taken = new BoxGrid();
    for (const entry of this.markers.values()) {
      const pt = entry.pt ?? this.map.latLngToLayerPoint([entry.lat, entry.lon]);
      taken.add([pt.x - 14, pt.y - 14, pt.x + 14, pt.y + 14]);
    }
    for (const box of this.labelBoxes ?? []) taken.add(box);
    const drawn = this.townMarkers ?? new Map(); // key -> marker, kept while the same label stays
    const next = new Map();
    for (const p of this.towns) {
      if (next.size >= 200) break;
      if (this.markerIds.has(p.id) || !MapView.townVisible(p, zoom)) continue;
      if (!view.contains([p.lat, p.lon])) continue;
      const name = (this.lang === 'ar' ? p.name_ar : p.name_en) || p.name_en || p.name_ar;
      if (!name) continue;
      const major = (p.population ?? 0) >= 200000 || p.type === 'city';
      const pt = this.map.latLngToLayerPoint([p.lat, p.lon]);
      const half = (name.length * (major ? 7.5 : 6.5)) / 2 + 4; // rough text width, no layout needed
      const box = [pt.x - half, pt.y - 9, pt.x + half, pt.y + 9];
      if (taken.hits(box)) continue;
      taken.add(box);
      const key = `${p.id}|${this.lang}|${name}`;
      let layer = drawn.get(key);
      if (layer) {
        drawn.delete(key);
      } else {
        const node = el('span', {
          class: `town-label${major ? ' major' : ''}`,
          lang: this.lang, dir: this.lang === 'ar' ? 'rtl' : 'ltr', text: name,
        });
        layer = L.marker([p.lat, p.lon], {
          pane: 'towns', interactive: false, keyboard: false,
          icon: L.divIcon({ className: 'town-icon', html: node, iconSize: null }),
        });
        this.townLayer.addLayer(layer);
      }
      next.set(key, layer);
    }
    for (const layer of drawn.values()) this.townLayer.removeLayer(layer);
    this.townMarkers = next;
  }

  updateZoomClass() {
    const z = this.map.getZoom();
    const c = this.map.getContainer();
    c.dataset.zoom = String(z);
    // Marker labels: cities always, every place when zoomed in enough to have room.
    c.classList.toggle('labels-all', z >= 10);
  }

  /**
   * Hatch patterns in the territory's SVG: contested cells in the contested colour, and land lost in
   * a comparison in grey. Leaflet exposes no API for <defs>; its renderer's <svg> is `_container`.
   */
  addPatterns() {
    const svgRoot = this.areaRenderer._container;
    if (!svgRoot) return;
    const defs = document.createElementNS(SVG_NS, 'defs');
    const hatch = (id, colour, width) => {
      const p = document.createElementNS(SVG_NS, 'pattern');
      p.setAttribute('id', id);
      p.setAttribute('patternUnits', 'userSpaceOnUse');
      p.setAttribute('width', '8');
      p.setAttribute('height', '8');
      p.setAttribute('patternTransform', 'rotate(45)');
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('x1', '0');
      line.setAttribute('y1', '0');
      line.setAttribute('x2', '0');
      line.setAttribute('y2', '8');
      line.setAttribute('stroke', colour);
      line.setAttribute('stroke-width', String(width));
      p.append(line);
      return p;
    };
    defs.append(hatch('hatch-contested', sideColour('contested'), 3), hatch('hatch-lost', '#555555', 2));
    svgRoot.prepend(defs);
    this.patternDefs = defs;
  }

  /** Colours may arrive from the registry after the map: the patterns follow, and the canvas's colours. */
  refreshPatterns() {
    forgetSideColours();
    this.themeRead = null;
    const line = this.patternDefs?.querySelector('#hatch-contested line');
    if (line) line.setAttribute('stroke', sideColour('contested'));
  }

  /**
   * The estimated territory, under everything else: each side's cells filled in its colour,
   * contested places' cells hatched, unknown land left blank. Each polygon of a side's
   * MultiPolygon is a path of its own, kept while a frame has the same polygon in the same look:
   * a step moves a place or three, so it changes a few of a side's hundred polygons, and redrawing
   * the side whole (thousands of vertices projected, clipped and written, and the browser painting
   * the side's whole extent again) cost more than a step may. The polygons of a side's dissolved
   * territory do not overlap, so the fill looks as one path's did.
   */
  setAreas(features) {
    const drawn = this.areaParts ?? new Map(); // key -> { coords, layer }
    const next = new Map();
    for (const f of features) {
      for (const part of areaParts(f)) {
        const key = `${part.look}|${sideColour(part.side)}|${part.hash}`;
        const kept = drawn.get(key);
        if (kept && sameCoordinates(kept.coords, part.coords)) { // the same arrays, once interned
          next.set(key, kept);
          drawn.delete(key);
          continue;
        }
        const layer = this.areaShape(part.side, part.coords);
        this.areaLayer.addLayer(layer);
        // A key shared by two polygons (the same rings twice, or a hash met twice) keeps both drawn.
        next.set(next.has(key) ? `${key}|${next.size}` : key, { coords: part.coords, layer });
      }
    }
    for (const old of drawn.values()) this.areaLayer.removeLayer(old.layer);
    this.areaParts = next;
  }

  /**
   * Works out a frame's area polygons and their keys, and its fronts', as its collection comes
   * (app.js; while the page waits for the user, for a prefetched frame), so a step only looks them
   * up: a polygon or front line the same as one seen in another frame is given that frame's
   * coordinate arrays, and a step finds it drawn by identity instead of comparing thousands of numbers.
   */
  prepare({ areas, fronts }) {
    for (const f of areas) areaParts(f);
    for (const f of fronts) internFront(f);
  }

  /** One polygon (its rings, GeoJSON order) of a side's area. */
  areaShape(side, rings) {
    const colour = sideColour(side);
    const contested = side === 'contested';
    return L.polygon(L.GeoJSON.coordsToLatLngs(rings, 1), {
      renderer: this.areaRenderer,
      pane: 'areas',
      interactive: false,
      color: colour, weight: 1, opacity: 0.8,
      fillColor: contested ? 'url(#hatch-contested)' : colour,
      fillOpacity: contested ? 0.7 : 0.28,
      className: `area side-${side}`,
    });
  }

  /**
   * Front lines: a dark line on a white casing, so it reads on any fill. A front whose line is the
   * same as in the frame before stays drawn (most steps move one or two of them).
   */
  setFronts(features) {
    const drawn = this.frontsByKey ?? new Map();
    const next = new Map();
    for (const f of features) {
      const sides = (f.properties.sides ?? []).join('-');
      const key = `${sides}|${f.properties.length_km}`;
      const kept = drawn.get(key);
      if (kept && sameCoordinates(kept.geometry.coordinates, f.geometry?.coordinates)) {
        next.set(key, kept);
        drawn.delete(key);
        continue;
      }
      const casing = L.geoJSON(f, {
        pane: 'fronts', interactive: false,
        style: { color: '#ffffff', weight: 6, opacity: 0.85, lineCap: 'round', className: 'front-casing' },
      });
      const line = L.geoJSON(f, {
        pane: 'fronts', interactive: false,
        style: { color: '#b3001b', weight: 2.5, opacity: 1, dashArray: '7 4', lineCap: 'round', className: `front sides-${sides}` },
      });
      this.frontLayer.addLayer(casing);
      this.frontLayer.addLayer(line);
      // A key shared by two fronts (never seen, but possible) keeps the second drawn too.
      next.set(next.has(key) ? `${key}|${next.size}` : key, { geometry: f.geometry, casing, line });
    }
    for (const old of drawn.values()) {
      this.frontLayer.removeLayer(old.casing);
      this.frontLayer.removeLayer(old.line);
    }
    this.frontsByKey = next;
  }

  /** A comparison of two dates: land each side gained, solid with a heavy edge; land it lost, hatched. */
  setComparison(features) {
    this.compareLayer.clearLayers();
    for (const f of features ?? []) {
      const p = f.properties;
      if (p.layer !== 'gained' && p.layer !== 'lost') continue;
      const colour = sideColour(p.side);
      const gained = p.layer === 'gained';
      this.compareLayer.addLayer(L.geoJSON(f, {
        renderer: this.areaRenderer,
        pane: 'areas',
        interactive: false,
        style: {
          color: colour, weight: gained ? 3 : 2, opacity: 1, dashArray: gained ? null : '6 4',
          fillColor: gained ? colour : 'url(#hatch-lost)', fillOpacity: gained ? 0.55 : 0.6,
          className: `compare compare-${p.layer} side-${p.side}`,
        },
      }));
    }
    this.map.getContainer().classList.toggle('comparing', this.compareLayer.getLayers().length > 0);
  }

  /**
   * Place markers for the frame, painted on the place layer's canvas. A place's entry is kept
   * between frames and what it shows (its look, name and label style) worked out again only when
   * its state changes; the stacking order is sorted again only when places come, go, move or
   * change rank: selected over changed over the rest, within each a place located to within 5 km
   * over one known only roughly (drawn faint, it must not hide a surveyed place under it), then
   * south over north as Leaflet stacks markers.
   */
  setPlaces(features, { changedIds, selectedId }) {
    const seen = new Set();
    const circles = this.circles ?? new Map(); // place id -> { circle, key }
    const theme = this.theme();
    let reorder = !this.drawOrder;
    for (const f of features) {
      const p = f.properties;
      if (!f.geometry || f.geometry.type !== 'Point') continue;
      const changed = changedIds.has(p.id);
      const selected = p.id === selectedId;
      let entry = this.markers.get(p.id);
      // A frame fetched as the places that differ from its neighbour shares the other places'
      // feature objects with it: a place drawn from the same feature, marked and coloured as
      // before, is as it was (most of a thousand, every step).
      if (entry && entry.feature === f && entry.changed === changed && entry.selected === selected
        && entry.lang === this.lang && entry.stamp === theme.stamp) {
        seen.add(p.id);
        continue;
      }
      const [lon, lat] = f.geometry.coordinates;
      seen.add(p.id);
      if (!entry) {
        entry = { id: p.id, label: 'off' };
        this.markers.set(p.id, entry);
        reorder = true;
      }
      if (entry.lat !== lat || entry.lon !== lon) {
        entry.lat = lat;
        entry.lon = lon;
        entry.pt = null;
        reorder = true;
      }
      const z = selected ? 1000 : changed ? 500 : 0;
      if (entry.z !== z) {
        entry.z = z;
        reorder = true;
      }
      entry.props = p;
      entry.feature = f;
      entry.lang = this.lang;
      entry.stamp = theme.stamp;
      entry.changed = changed;
      entry.selected = selected;
      const key = [p.side, p.contested, p.claimed, p.precision_km, changed, selected, this.lang, p.name_en, p.name_ar, p.type].join('|');
      if (entry.key !== key) {
        entry.key = key;
        const approx = entry.look?.approx;
        entry.look = markerLook(p, { changed, selected });
        if (entry.look.approx !== approx) reorder = true;
        const name = (this.lang === 'ar' ? p.name_ar : p.name_en) || p.name_en || p.name_ar || '';
        const ar = this.lang === 'ar';
        entry.name = name;
        entry.labelStyle = {
          lang: ar ? 'ar' : 'en', dir: ar ? 'rtl' : 'ltr',
          font: `${entry.look.approx ? 'italic 400' : '600'} ${ar ? 14 : 12}px ${ar ? theme.fontAr : theme.fontUi}`,
          colour: entry.look.approx ? theme.muted : theme.ink,
          half: ar ? 10 : 8,
        };
        const state = p.contested ? sideLabel('contested') : p.side ? sideLabel(p.side) : t('holder.unknown');
        entry.aria = `${(ar ? p.name_ar : p.name_en) || p.id}: ${state}`;
      }
      // The circle within which the true position lies: faint, for roughly located places (a
      // circle wider than 40 km says nothing on a map), and for the selected place. Kept per
      // place and redrawn only when it changes.
      const km = p.precision_km ?? 0;
      const circled = (km >= APPROX_KM && km <= 40) || (selected && km >= 1);
      const colour = circled ? sideColour(placeDrawSide(p)) : null;
      const circleKey = colour ? `${colour}|${km}|${selected}|${lat}|${lon}` : null;
      const had = circles.get(p.id);
      if (had && had.key !== circleKey) {
        this.uncertaintyLayer.removeLayer(had.circle);
        circles.delete(p.id);
      }
      if (colour && (!had || had.key !== circleKey)) {
        const circle = L.circle([lat, lon], {
          pane: 'uncertainty', radius: km * 1000, interactive: false,
          color: colour, weight: 1, opacity: selected ? 0.6 : 0.3, dashArray: '2 4', fill: false,
          className: 'uncertainty',
        });
        this.uncertaintyLayer.addLayer(circle);
        circles.set(p.id, { circle, key: circleKey });
      }
    }
    for (const id of this.markers.keys()) {
      if (!seen.has(id)) {
        this.markers.delete(id);
        reorder = true;
      }
    }
    for (const [id, c] of circles) {
      if (!seen.has(id)) {
        this.uncertaintyLayer.removeLayer(c.circle);
        circles.delete(id);
      }
    }
    this.circles = circles;
    if (reorder) {
      const surveyed = (e) => (e.look.approx ? 0 : 1);
      this.drawOrder = [...this.markers.values()].sort((a, b) => a.z - b.z || surveyed(a) - surveyed(b) || b.lat - a.lat
        || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    const same = seen.size === this.markerIds.size && [...seen].every((id) => this.markerIds.has(id));
    this.markerIds = seen;
    if (!same) this.byId = null; // the label order by id is made again for the new set
    // Labels are placed again each frame (changed and selected places come first), then the canvas
    // painted; town labels avoid markers and labels: drawn again only when the markers or the labels
    // shown are others.
    const labelsBefore = this.labelBoxes;
    const t0 = performance.now();
    this.layoutLabels();
    const t1 = performance.now();
    this.placeLayer.setPulses(this.drawOrder);
    this.placeLayer.paint();
    // Parts of `saytara-places` (app.js), read by the page benchmark: label layout, and the canvas.
    performance.measure('saytara-labels', { start: t0, end: t1 });
    performance.measure('saytara-paint', { start: t1, end: performance.now() });
    if (!same || !sameBoxes(labelsBefore, this.labelBoxes)) this.drawTowns();
  }

  /**
   * Keeps marker labels from overlapping: the labels the zoom shows are placed in order of
   * importance (selected, cities, changed, then the rest by type) and one whose box would cover a
   * label already placed, or another marker, is hidden (label state `hidden`) until there is room.
   * Boxes come from the canvas's measure of each name (kept per name). Runs every step over a
   * thousand markers or more, so boxes are found through a grid and the order by id is kept
   * between frames. Also gives each marker its position in layer pixels for the canvas, and the
   * keyboard its order: the places in view, in this same order.
   */
  layoutLabels() {
    if (!this.map._loaded) return;
    const zoom = this.map.getZoom();
    const all = zoom >= 10;
    const rank = { city: 0, airbase: 1, field: 2, hill: 3, village: 4, road: 5, other: 6 };
    if (!this.byId) {
      this.byId = [...this.markers.values()].filter((e) => e.props)
        .sort((a, b) => String(a.props.id).localeCompare(String(b.props.id)));
    }
    // Positions depend on the zoom and the pixel origin alone: kept between steps, which move neither.
    // So are the grid of marker boxes and the label order, made again only when a marker's
    // position, size or rank changed (or the set of markers did): a step changes a handful.
    const origin = this.map.getPixelOrigin();
    const view = `${zoom}|${origin.x}|${origin.y}`;
    // Cities and towns anchor a map: they come first after the selected place (a suburb draws like a
    // town but yields to one), then what changed, then the rest; ties by id (the sort is stable).
    const anchor = (e) => ({ city: 2, town: 1 })[e.props.type] ?? 0;
    const weight = (e) => (e.selected ? 0 : 10000) + (2 - anchor(e)) * 1000 + (e.changed ? 0 : 100) + rank[e.look.group];
    let boxesStale = this.boxesOf !== this.byId;
    let orderStale = this.orderedOf !== this.byId;
    for (const e of this.byId) {
      if (!e.pt || e.ptView !== view) {
        e.pt = this.map.latLngToLayerPoint([e.lat, e.lon]);
        e.ptView = view;
      }
      if (e.boxPt !== e.pt || e.boxSize !== e.look.size) {
        e.boxPt = e.pt;
        e.boxSize = e.look.size;
        boxesStale = true;
      }
      const w = weight(e);
      if (e.weight !== w) {
        e.weight = w;
        orderStale = true;
      }
    }
    if (boxesStale) {
      this.markerBoxes = new BoxGrid();
      for (const e of this.byId) {
        const pt = e.pt;
        const half = e.look.size / 2;
        this.markerBoxes.add([pt.x - half, pt.y - half, pt.x + half, pt.y + half, e]);
      }
      this.boxesOf = this.byId;
    }
    const markerBoxes = this.markerBoxes;
    if (orderStale) {
      this.ordered = this.byId.slice().sort((a, b) => a.weight - b.weight);
      this.orderedOf = this.byId;
    }
    const ordered = this.ordered;
    const placed = [];
    const labels = new BoxGrid();
    const topLeft = this.map.containerPointToLayerPoint([0, 0]);
    const size = this.map.getSize();
    const keys = [];
    for (const e of ordered) {
      const group = e.look.group;
      const pt = e.pt;
      if (pt.x >= topLeft.x && pt.y >= topLeft.y && pt.x <= topLeft.x + size.x && pt.y <= topLeft.y + size.y) keys.push(e.id);
      const wanted = group === 'city' || all || e.changed || e.selected;
      let label = 'off';
      if (wanted && e.name) {
        const half = e.look.size / 2;
        if (e.widthOf !== e.labelStyle) { // measured again only when the name or its font changes
          e.widthOf = e.labelStyle;
          e.width = this.placeLayer.textWidth(e.name, e.labelStyle.font) + 2;
        }
        const width = e.width;
        const h = e.labelStyle.half;
        const box = [pt.x + half + 2, pt.y - h, pt.x + half + 4 + width, pt.y + h];
        // A label never covers another label; the lesser ones also keep off other markers.
        const major = group === 'city' || e.changed;
        if (!e.selected && (labels.hits(box) || (!major && markerBoxes.hits(box, e)))) {
          label = 'hidden';
        } else {
          label = 'shown';
          placed.push(box);
          labels.add(box);
        }
      }
      e.label = label;
    }
    this.labelBoxes = placed;
    this.keyIds = keys;
  }

  /** The markers bottom to top, for the canvas. */
  order() {
    return (this.drawOrder ?? []).filter((e) => e.pt && e.look);
  }

  entry(id) {
    return this.markers.get(id);
  }

  /** The places in view in the keyboard's order. */
  keyOrder() {
    return this.keyIds ?? [];
  }

  /** A marker's name and state, read out when the keyboard stands on it. */
  ariaLabel(e) {
    return e.aria;
  }

  /**
   * The colours and fonts the canvas paints with, read from the page's CSS custom properties: the
   * sides' colours are the profile's (--side-<id>, installed by profile.js), an outline the
   * profile's dark one for a light colour.
   */
  theme() {
    // Read once and kept until the profile's colours or the language change (refreshPatterns,
    // setLanguage): reading computed style makes the browser bring its styles up to date there and
    // then, and a step asked for it twice, between its own changes to the page.
    if (this.themeRead) return this.themeRead;
    const css = getComputedStyle(document.documentElement);
    const read = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
    const fills = new Map();
    const theme = {
      accent: read('--accent', '#0072b2'),
      ink: read('--ink', '#1d2329'),
      muted: read('--muted', '#5f6b76'),
      fontUi: read('--font-ui', 'sans-serif'),
      fontAr: read('--font-ar', 'sans-serif'),
      colours: {
        fill: (side) => {
          let c = fills.get(side);
          if (!c) {
            c = sideColour(side);
            fills.set(side, c);
          }
          return c;
        },
        outline: (side) => sideOutline(side),
      },
    };
    // Changes when any colour or font does: the canvas then paints every marker anew.
    theme.stamp = [theme.accent, theme.ink, theme.muted, theme.fontUi, theme.fontAr,
      ...sides().map((s) => `${s}:${theme.colours.fill(s)}:${sideOutline(s) ?? ''}`)].join('|');
    this.themeRead = theme;
    return theme;
  }

  /** What the canvas last painted, marker by marker (the page's read-only test hook; placelayer.js). */
  drawnMarkers() {
    return this.placeLayer.drawnMarkers();
  }

  /** Enlarges one marker and shows its label (the place of the event under the pointer in the panel). */
  hover(id) {
    const next = id && this.markers.has(id) ? id : null;
    if (next === this.hoverId) return;
    this.hoverId = next;
    this.placeLayer.schedulePaint();
  }

  flyToPlace(id) {
    const entry = this.markers.get(id);
    if (entry && !this.map.getBounds().contains([entry.lat, entry.lon])) {
      this.map.panTo([entry.lat, entry.lon]);
    }
  }
}

/**
 * Boxes on screen ([x0, y0, x1, y1, owner]) kept in square buckets, so asking whether a box
 * overlaps any of them looks at the few buckets it covers instead of every box.
 */
class BoxGrid {
  constructor(size = 48) {
    this.size = size;
    this.buckets = new Map();
  }

  /** Calls `fn` with the bucket list of every bucket the box covers, making missing ones when `make`. */
  each(box, make, fn) {
    const s = this.size;
    for (let i = Math.floor(box[0] / s); i <= Math.floor(box[2] / s); i++) {
      for (let j = Math.floor(box[1] / s); j <= Math.floor(box[3] / s); j++) {
        const key = i * 1048576 + j;
        let list = this.buckets.get(key);
        if (!list) {
          if (!make) continue;
          list = [];
          this.buckets.set(key, list);
        }
        if (fn(list)) return true;
      }
    }
    return false;
  }

  add(box) {
    this.each(box, true, (list) => {
      list.push(box);
      return false;
    });
  }

  /** Whether the box overlaps one held, other than the one owned by `skip`. */
  hits(box, skip) {
    return this.each(box, false, (list) => list.some((t) => (skip === undefined || t[4] !== skip)
      && box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]));
  }
}

const partsOf = new WeakMap(); // area feature -> its polygons, worked out once

/**
 * An area feature's polygons: `{ side, look, coords, hash }` each, `look` what the path's style
 * depends on besides the colour, `hash` a digest of its coordinates (the key under which a drawn
 * polygon is found again; a match is confirmed by comparing the coordinates).
 */
function areaParts(f) {
  let parts = partsOf.get(f);
  if (parts) return parts;
  const g = f.geometry;
  const polygons = g?.type === 'MultiPolygon' ? g.coordinates : g?.type === 'Polygon' ? [g.coordinates] : [];
  const p = f.properties ?? {};
  const side = p.side ?? 'contested';
  const look = `${side}|${Boolean(p.contested)}|${Boolean(p.claimed)}`;
  parts = polygons.filter((rings) => Array.isArray(rings) && rings.length).map((rings) => {
    const hash = coordinateHash(rings);
    return { side, look, coords: intern(`${look}|${hash}`, rings), hash };
  });
  partsOf.set(f, parts);
  return parts;
}

/** Coordinate arrays seen, by look and digest: the first of equal ones stands for all (bounded). */
const interned = new Map();

/** The array held for equal coordinates under this key, or these, now held. */
function intern(key, coords) {
  const held = interned.get(key);
  if (held && sameCoordinates(held, coords)) return held;
  if (interned.size >= 50000) interned.clear();
  interned.set(key, coords);
  return coords;
}

const internedFronts = new WeakSet();

/** Gives a front line the coordinate arrays of an equal one seen before (setFronts then compares by identity). */
function internFront(f) {
  const g = f.geometry;
  if (!g?.coordinates || internedFronts.has(f)) return;
  internedFronts.add(f);
  const key = `front|${(f.properties?.sides ?? []).join('-')}|${g.type}|${coordinateHash(g.type === 'LineString' ? [g.coordinates] : g.coordinates.flat(g.type === 'MultiPolygon' ? 1 : 0))}`;
  g.coordinates = intern(key, g.coordinates);
}

/** A 32-bit FNV-1a digest of a polygon's rings (coordinates to 1e-7 degree), and its vertex count. */
function coordinateHash(rings) {
  let h = 0x811c9dc5;
  let n = 0;
  for (const ring of rings) {
    h = Math.imul(h ^ 0x5bd1e995, 16777619); // rings apart
    for (const pt of ring) {
      h = Math.imul(h ^ (Math.round(pt[0] * 1e7) | 0), 16777619);
      h = Math.imul(h ^ (Math.round(pt[1] * 1e7) | 0), 16777619);
      n++;
    }
  }
  return `${n}:${(h >>> 0).toString(36)}`;
}

/** Whether two GeoJSON coordinate arrays hold the same numbers. */
function sameCoordinates(a, b) {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    if (Array.isArray(x) ? !sameCoordinates(x, y) : x !== y) return false;
  }
  return true;
}

/** Whether two lists of label boxes are the same boxes. */
function sameBoxes(a, b) {
  if (!a || !b || a.length !== b.length) return false;
  return a.every((box, i) => box.every((v, j) => v === b[i][j]));
}

/** Tooltip content as a DOM node: Leaflet would parse a string as HTML. */
function tooltipNode(p, lang) {
  const state = p.contested ? sideLabel('contested') : p.side ? sideLabel(p.side) : t('holder.unknown');
  const main = (lang === 'ar' ? p.name_ar : p.name_en) || p.name_en || p.id;
  const other = lang === 'ar' ? p.name_en : p.name_ar;
  return el('div', { class: 'pm-tip', dir: lang === 'ar' ? 'rtl' : 'ltr' },
    el('strong', { text: main }),
    other ? el('span', { class: lang === 'ar' ? 'en' : 'ar', lang: lang === 'ar' ? 'en' : 'ar', text: ` ${other}` }) : null,
    el('div', { class: 'muted', text: `${state}${p.claimed ? ` ${t('claimed.only')}` : ''}${p.since ? ` ${t('since', { date: shortDate(p.since) })}` : ''}` }));
}
