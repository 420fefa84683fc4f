// The Leaflet map: tiles when reachable, a local Natural Earth basemap and gazetteer town labels
// underneath for when they are not, control areas, uncertainty circles and place markers on top.
/* global L */
import { el, safeHref } from './dom.js';
import { placeDrawSide, sideColour, typeGroup } from './model.js';
import { iconSize, placeMarkerElement } from './markers.js';

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
    // Panes, bottom to top: local basemap, tiles, control areas, town labels, markers.
    this.map.createPane('basemap').style.zIndex = 150;
    this.map.createPane('areas').style.zIndex = 380;
    this.map.createPane('uncertainty').style.zIndex = 390;
    this.map.createPane('towns').style.zIndex = 450;
    this.map.getPane('towns').style.pointerEvents = 'none';
    this.areaLayer = L.layerGroup().addTo(this.map);
    this.uncertaintyLayer = L.layerGroup().addTo(this.map);
    this.townLayer = L.layerGroup().addTo(this.map);
    this.markers = new Map(); // place id -> { marker, key }
    this.towns = [];
    this.markerIds = new Set();
    this.map.on('zoomend', () => this.updateZoomClass());
    this.map.on('moveend', () => this.drawTowns());
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
    const taken = [];
    for (const entry of this.markers.values()) {
      const pt = this.map.latLngToLayerPoint(entry.marker.getLatLng());
      taken.push([pt.x - 14, pt.y - 14, pt.x + 14, pt.y + 14]);
    }
    const overlaps = (b) => taken.some((t) => b[0] < t[2] && b[2] > t[0] && b[1] < t[3] && b[3] > t[1]);
    const layers = [];
    for (const p of this.towns) {
      if (layers.length >= 200) break;
      if (this.markerIds.has(p.id) || !MapView.townVisible(p, zoom)) continue;
      if (!view.contains([p.lat, p.lon])) continue;
      const name = (this.lang === 'ar' ? p.name_ar : p.name_en) || p.name_en || p.name_ar;
      if (!name) continue;
      const major = (p.population ?? 0) >= 200000 || p.type === 'city';
      const pt = this.map.latLngToLayerPoint([p.lat, p.lon]);
      const half = (name.length * (major ? 7.5 : 6.5)) / 2 + 4; // rough text width, no layout needed
      const box = [pt.x - half, pt.y - 9, pt.x + half, pt.y + 9];
      if (overlaps(box)) continue;
      taken.push(box);
      const node = el('span', {
        class: `town-label${major ? ' major' : ''}`,
        lang: this.lang, dir: this.lang === 'ar' ? 'rtl' : 'ltr', text: name,
      });
      layers.push(L.marker([p.lat, p.lon], {
        pane: 'towns', interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'town-icon', html: node, iconSize: null }),
      }));
    }
    this.townLayer.clearLayers();
    for (const l of layers) this.townLayer.addLayer(l);
  }

  updateZoomClass() {
    const z = this.map.getZoom();
    const c = this.map.getContainer();
    c.dataset.zoom = String(z);
    // Marker labels: cities always, every place when zoomed in enough to have room.
    c.classList.toggle('labels-all', z >= 10);
  }

  /**
   * Control areas, translucent and under everything else that is interactive. An area that is the
   * same as in the frame before (same side, same places) stays drawn: neighbouring frames share
   * most of theirs, and redrawing a union of a thousand discs costs more than a step may.
   */
  setAreas(features) {
    const drawn = this.areasByKey ?? new Map();
    const next = new Map();
    for (const f of features) {
      const p = f.properties;
      const key = `${p.side}|${p.contested}|${p.claimed}|${p.area_km2}|${(p.place_ids ?? []).join(',')}`;
      const kept = drawn.get(key);
      if (kept) {
        next.set(key, kept);
        drawn.delete(key);
        continue;
      }
      const layer = this.areaShape(f);
      this.areaLayer.addLayer(layer);
      next.set(key, layer);
    }
    for (const layer of drawn.values()) this.areaLayer.removeLayer(layer);
    this.areasByKey = next;
  }

  areaShape(f) {
    {
      const side = f.properties.side ?? 'contested';
      const colour = sideColour(side);
      return L.geoJSON(f, {
        pane: 'areas',
        interactive: false,
        style: {
          color: colour, weight: 1, opacity: 0.7, fillColor: colour,
          fillOpacity: side === 'contested' ? 0.14 : 0.2,
          dashArray: side === 'contested' ? '4 3' : null,
          className: `area side-${side}`,
        },
      });
    }
  }

  /**
   * Place markers for the frame. Markers are kept per place and only rebuilt when what they show
   * changes, so playing through frames does not churn the DOM.
   */
  setPlaces(features, { changedIds, selectedId }) {
    const seen = new Set();
    const circles = this.circles ?? new Map(); // place id -> { circle, key }
    for (const f of features) {
      const p = f.properties;
      if (!f.geometry || f.geometry.type !== 'Point') continue;
      const [lon, lat] = f.geometry.coordinates;
      seen.add(p.id);
      const changed = changedIds.has(p.id);
      const selected = p.id === selectedId;
      const key = [p.side, p.contested, p.claimed, changed, selected, this.lang, p.name_en, p.name_ar, p.type].join('|');
      let entry = this.markers.get(p.id);
      if (!entry) {
        const marker = L.marker([lat, lon], { keyboard: true, riseOnHover: true });
        marker.on('click', () => this.onPlaceClick(p.id));
        marker.addTo(this.map);
        entry = { marker, key: null };
        this.markers.set(p.id, entry);
      }
      entry.marker.setLatLng([lat, lon]);
      entry.marker.setZIndexOffset(selected ? 1000 : changed ? 500 : 0);
      if (entry.key !== key) {
        entry.key = key;
        const size = iconSize(typeGroup(p.type));
        const node = placeMarkerElement(p, { lang: this.lang, changed, selected });
        entry.marker.setIcon(L.divIcon({
          className: 'pm-host', html: node, iconSize: [size, size], iconAnchor: [size / 2, size / 2],
        }));
        // Leaflet makes the icon focusable and turns Enter into a click; give it a name to read.
        const host = entry.marker.getElement();
        host.setAttribute('role', 'button');
        host.setAttribute('aria-label', `${p.name_en || p.id}: ${p.contested ? 'contested' : p.side ?? 'holder unknown'}`);
        // The tooltip is built when first wanted: a thousand tooltips nobody points at would
        // cost the first draw more than the markers themselves.
        entry.marker.unbindTooltip();
        entry.tip = { p, offset: [0, -size / 2] };
        if (!entry.lazyTip) {
          entry.lazyTip = () => {
            if (entry.marker.getTooltip()) return;
            entry.marker.bindTooltip(tooltipNode(entry.tip.p), { direction: 'top', offset: entry.tip.offset });
            entry.marker.openTooltip();
          };
          entry.marker.on('mouseover', entry.lazyTip);
        }
        host.addEventListener('focus', entry.lazyTip);
      }
      // The circle within which the true position lies, for places only roughly located.
      // Kept per place and redrawn only when its colour changes.
      const colour = (p.precision_km ?? 0) >= 1 ? sideColour(placeDrawSide(p)) : null;
      const circleKey = colour ? `${colour}|${p.precision_km}|${lat}|${lon}` : null;
      const had = circles.get(p.id);
      if (had && had.key !== circleKey) {
        this.uncertaintyLayer.removeLayer(had.circle);
        circles.delete(p.id);
      }
      if (colour && (!had || had.key !== circleKey)) {
        const circle = L.circle([lat, lon], {
          pane: 'uncertainty', radius: p.precision_km * 1000, interactive: false,
          color: colour, weight: 1, opacity: 0.55, dashArray: '2 4', fillColor: colour, fillOpacity: 0.03,
          className: 'uncertainty',
        });
        this.uncertaintyLayer.addLayer(circle);
        circles.set(p.id, { circle, key: circleKey });
      }
    }
    for (const [id, entry] of this.markers) {
      if (!seen.has(id)) {
        entry.marker.remove();
        this.markers.delete(id);
      }
    }
    for (const [id, c] of circles) {
      if (!seen.has(id)) {
        this.uncertaintyLayer.removeLayer(c.circle);
        circles.delete(id);
      }
    }
    this.circles = circles;
    // Town labels avoid markers: place them again only when the markers shown are others.
    const same = seen.size === this.markerIds.size && [...seen].every((id) => this.markerIds.has(id));
    this.markerIds = seen;
    if (!same) this.drawTowns();
  }

  /** Enlarges one marker (the place of the event under the pointer in the panel). */
  hover(id) {
    for (const node of this.map.getContainer().querySelectorAll('.pm[data-hover="true"]')) node.dataset.hover = 'false';
    const node = id ? this.markers.get(id)?.marker.getElement()?.querySelector('.pm') : null;
    if (node) node.dataset.hover = 'true';
  }

  flyToPlace(id) {
    const entry = this.markers.get(id);
    if (entry && !this.map.getBounds().contains(entry.marker.getLatLng())) {
      this.map.panTo(entry.marker.getLatLng());
    }
  }
}

/** Tooltip content as a DOM node: Leaflet would parse a string as HTML. */
function tooltipNode(p) {
  const state = p.contested ? 'contested' : p.side ?? 'unknown holder';
  return el('div', { class: 'pm-tip' },
    el('strong', { text: p.name_en || p.id }),
    p.name_ar ? el('span', { class: 'ar', lang: 'ar', dir: 'rtl', text: ` ${p.name_ar}` }) : null,
    el('div', { class: 'muted', text: `${state}${p.claimed ? ' (claimed only)' : ''}${p.since ? ` since ${p.since}` : ''}` }));
}
