// Saytara dashboard: wires the API to the map, the time bar and the panels.
// State that can be shared (date, selected place) lives in the URL hash: #date=2016-12-11&place=tadmur
import { api, downloads } from './api.js';
import { isIsoDate } from './dom.js';
import { MapView } from './mapview.js';
import { addLegend } from './legend.js';
import { installProfile } from './profile.js';
import { TimeBar } from './timebar.js';
import { Panel } from './panel.js';
import { Reader } from './reader.js';
import { AddForm } from './addform.js';
import { Compare } from './compare.js';
import { lang, setLang, onLangChange, t } from './i18n.js';
import { loadLabels } from './labels.js';
import { ReviewQueue } from './review.js';

const state = {
  meta: null,
  frames: [],
  date: null,
  place: null,
  // ?lang=ar opens the page in Arabic (a link can carry it); otherwise the last choice is kept.
  lang: (new URLSearchParams(location.search).get('lang') ?? localStorage.getItem('saytara.lang')) === 'ar' ? 'ar' : 'en',
  collection: null,
  profileReady: false,
};
const layerCache = new Map(); // date -> { promise, collection once loaded }, least recently used first
/** Frames kept parsed in the page: enough around the slider for stepping and play, bounded for 2,000+ frames. */
const LAYER_CACHE_SIZE = 48;
/** Frames fetched ahead in the direction of travel (and one behind), so a step finds its frame ready. */
const PREFETCH_AHEAD = 8;
let showToken = 0;
let lastIndex = 0;
let firstDrawn = false;

const status = document.getElementById('status');
function setStatus(message) {
  status.textContent = message ?? '';
  status.hidden = !message;
}

const mapView = new MapView(document.getElementById('map'), { onPlaceClick: (id) => selectPlace(id, 'user') });
// The markers are pixels on a canvas: this read-only hook lists them as painted (place id, side,
// the colours filled, state, position, label), for the browser tests and anyone inspecting the page.
window.saytara = Object.freeze({ markers: () => mapView.drawnMarkers() });
const panel = new Panel(document.getElementById('panel'), {
  onOpenArticle: (id, eventId) => openArticle(id, eventId),
  onSelectPlace: (id) => selectPlace(id, 'user'),
  onHoverPlace: (id) => mapView.hover(id),
});
const reader = new Reader(document.getElementById('reader'), { onSelectPlace: (id) => selectPlace(id, 'user') });
const timeBar = new TimeBar(document.getElementById('timebar'), {
  onSelect: (index, how) => showDate(state.frames[index].date, how),
});
const compare = new Compare(document.getElementById('compare-tab'), {
  onResult: (features) => mapView.setComparison(features),
});
let legend = null;
const addForm = new AddForm(document.getElementById('add-dialog'), {
  onAdded: () => refreshData(),
  onOpenArticle: (id) => {
    document.getElementById('add-dialog').close();
    openArticle(id);
  },
});

const reviewQueue = new ReviewQueue(document.getElementById('review-dialog'));
// The review queue speaks by events: a stored review changes the map; it may ask for the reader.
let refreshPending = null;
document.addEventListener('saytara:reviewed', () => {
  clearTimeout(refreshPending);
  refreshPending = setTimeout(() => refreshData(), 150); // a burst of keyboard reviews reloads once
});
document.addEventListener('saytara:open-article', (e) => openArticle(e.detail.article, e.detail.eventId));

/**
 * A frame's collection. When a neighbouring frame is loaded already, or on its way, only the
 * places drawn otherwise than there are fetched (`since`) and the rest taken from it: a step
 * changes a handful of a thousand places, and reading them all again cost most of a step. A
 * neighbour still on its way is not waited for before asking (the server answers `since` for any
 * date): its places are joined in once both have come, or the frame is fetched whole if it fails.
 * With a held key the prefetch is always one frame behind the next, and each of those frames came
 * whole (910 kB instead of 304 kB) before.
 */
function layersFor(date) {
  let entry = layerCache.get(date);
  if (entry) {
    layerCache.delete(date); // move to the most recent end
  } else {
    const base = neighbour(date);
    entry = { collection: null };
    const load = !base ? api.layers(date)
      : base.collection ? api.layersSince(date, base.date).then((delta) => withPlaces(delta, base.collection))
        : Promise.all([api.layersSince(date, base.date), base.promise])
          .then(([delta, held]) => withPlaces(delta, held), () => api.layers(date));
    entry.promise = load.then((collection) => {
      entry.collection = collection;
      prepare(collection); // as it comes, usually while the page waits for the user
      return collection;
    });
    entry.promise.catch(() => {
      if (layerCache.get(date) === entry) layerCache.delete(date); // a failed load may succeed next time
    });
  }
  layerCache.set(date, entry);
  while (layerCache.size > LAYER_CACHE_SIZE) layerCache.delete(layerCache.keys().next().value);
  return entry.promise;
}

/**
 * The frame just before or after a date that the page holds, if any: `{ date, collection }` when
 * it is loaded (preferred), else `{ date, promise }` when it is on its way.
 */
function neighbour(date) {
  const index = frameIndexFor(date);
  let coming = null;
  for (const i of [index - 1, index, index + 1]) {
    const d = state.frames[i]?.date;
    const held = d && d !== date ? layerCache.get(d) : null;
    if (held?.collection) return { date: d, collection: held.collection };
    if (held && !coming) coming = { date: d, promise: held.promise };
  }
  return coming;
}

/** A collection answered with `since`: its places replace those of the base collection with the same id. */
function withPlaces(delta, base) {
  const sent = new Map();
  const features = [];
  for (const f of delta.features ?? []) {
    if (f.properties?.layer === 'places') sent.set(f.properties.id, f);
    else features.push(f);
  }
  for (const f of base.features ?? []) {
    if (f.properties?.layer === 'places') features.push(sent.get(f.properties.id) ?? f);
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Fetches the next frames in the direction the user is going, one after the other (the server
 * draws each in turn, so asking for all at once would only queue them), and the one behind. It
 * starts once the frame just drawn is painted (see showDate).
 */
async function prefetchAround(index, direction) {
  const token = showToken;
  const order = [];
  for (let k = 1; k <= PREFETCH_AHEAD; k++) order.push(index + k * direction);
  order.push(index - direction);
  for (const i of order) {
    if (token !== showToken) return; // the user moved on: prefetch from there instead
    const frame = state.frames[i];
    if (!frame || layerCache.has(frame.date)) continue;
    try {
      await layersFor(frame.date);
    } catch {
      return;
    }
  }
}

/**
 * Does, as a frame's collection comes, what drawing it needs of the collection alone (its features
 * split by layer, its area polygons keyed), so that a step does not.
 */
function prepare(collection) {
  mapView.prepare(layersOf(collection));
}

/**
 * Runs `fn` once the frame just drawn has been painted: after the next animation frame's work (the
 * browser paints between it and the task queued from it), or after 100 ms if the page is hidden and
 * has no animation frames.
 */
function afterPaint(fn) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

/** The frame the slider stands on for a date: the last one not after it. */
function frameIndexFor(date) {
  let lo = 0, hi = state.frames.length - 1, index = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (state.frames[mid].date <= date) {
      index = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return index;
}

function readHash() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const date = params.get('date');
  return { date: isIsoDate(date) ? date : null, place: params.get('place') || null };
}

/**
 * The hash for a step, written once the frame is painted: a history entry costs the page 1–50 ms
 * of its main thread in Chromium (measured: `history.pushState` on a bare page, 1–12 ms idle, more
 * under load), which a step should not wait for. Steps that come before the write (a burst faster
 * than the screen) share one entry, the last date's.
 */
let hashPending = null;
function writeHashSoon(how) {
  const scheduled = hashPending !== null;
  if (hashPending !== 'user') hashPending = how;
  if (scheduled) return;
  afterPaint(() => {
    const pending = hashPending;
    hashPending = null;
    writeHash(pending);
  });
}

/** User steps make history entries (so Back works); play steps and corrections replace. */
function writeHash(how) {
  const params = new URLSearchParams();
  if (state.date) params.set('date', state.date);
  if (state.place) params.set('place', state.place);
  const hash = `#${params.toString().replace(/%3A/gi, ':')}`;
  if (hash === location.hash) return;
  if (how === 'user') history.pushState(null, '', hash);
  else history.replaceState(null, '', hash);
}

async function showDate(date, how) {
  const token = ++showToken;
  const t0 = performance.now();
  performance.clearMeasures();
  state.date = date;
  const index = frameIndexFor(date);
  timeBar.show(date, index);
  if (how !== 'hash') writeHashSoon(how);
  updateDownloads();
  document.body.dataset.ready = 'false';
  let collection;
  try {
    collection = await layersFor(date);
  } catch (err) {
    if (token === showToken) setStatus(t('status.nomap', { date, msg: err.message }));
    return;
  }
  if (token !== showToken) return; // a later date was asked for meanwhile
  const t1 = performance.now();
  setStatus(null);
  state.collection = collection;
  draw();
  const t2 = performance.now();
  const frame = state.frames[index];
  panel.setFrame(date, frame, byLayer(collection, 'changes'));
  // Where a step's time goes, read by the page benchmark: waiting for the frame, the map, the panel.
  performance.measure('saytara-wait', { start: t0, end: t1 });
  performance.measure('saytara-map', { start: t1, end: t2 });
  performance.measure('saytara-panel', { start: t2, end: performance.now() });
  document.body.dataset.frameDate = date;
  document.body.dataset.ready = 'true';
  if (!firstDrawn) {
    firstDrawn = true;
    performance.mark('saytara-first-draw'); // read by the page benchmark (README, "Benchmarks")
  }
  const direction = index < lastIndex ? -1 : 1;
  lastIndex = index;
  // The next frames are fetched once this one is painted: on two cores, the server drawing a new
  // frame and the page reading it took the CPU from the browser's paint of this one.
  afterPaint(() => {
    if (token === showToken) prefetchAround(index, direction);
  });
}

const splitCollections = new WeakMap(); // collection -> its features by layer

/** A collection's features of each layer (`areas`, `fronts`, `places`, `changes`), split once. */
function layersOf(collection) {
  let split = splitCollections.get(collection);
  if (!split) {
    split = { areas: [], fronts: [], places: [], changes: [] };
    for (const f of collection?.features ?? []) split[f.properties?.layer]?.push(f);
    if (collection) splitCollections.set(collection, split);
  }
  return split;
}

function byLayer(collection, layer) {
  return layersOf(collection)[layer] ?? [];
}

/** Runs one part of a frame's drawing, timed on the performance timeline (PageBench reads it). */
function timed(name, fn) {
  const start = performance.now();
  fn();
  performance.measure(name, { start, end: performance.now() });
}

function draw() {
  const changes = byLayer(state.collection, 'changes');
  timed('saytara-areas', () => mapView.setAreas(byLayer(state.collection, 'areas')));
  timed('saytara-fronts', () => mapView.setFronts(byLayer(state.collection, 'fronts')));
  timed('saytara-places', () => mapView.setPlaces(byLayer(state.collection, 'places'), {
    changedIds: new Set(changes.map((f) => f.properties.place_id)),
    selectedId: state.place,
  }));
}

async function selectPlace(id, how) {
  state.place = id;
  if (how !== 'hash') writeHash(how);
  if (state.collection) draw();
  if (!id) {
    panel.clearPlace();
    return;
  }
  mapView.flyToPlace(id);
  panel.showPlaceLoading(id);
  try {
    const place = await api.place(id);
    if (state.place === id) panel.showPlace(place, state.date);
  } catch (err) {
    if (state.place === id) panel.showPlaceError(t('place.error', { id, msg: err.message }));
  }
}

async function openArticle(id, eventId) {
  reader.showLoading();
  try {
    reader.show(await api.article(id), eventId);
  } catch (err) {
    reader.showError(t('reader.error', { id, msg: err.message }));
  }
}

function updateDownloads() {
  const frame = document.getElementById('dl-frame');
  frame.href = downloads.frame(state.date);
  frame.setAttribute('download', `saytara-${state.date}.geojson`);
  const gpkg = document.getElementById('dl-frame-gpkg');
  gpkg.href = downloads.frameGpkg(state.date);
  gpkg.setAttribute('download', `saytara-${state.date}.gpkg`);
  document.getElementById('dl-timeline').href = downloads.timeline();
  document.getElementById('dl-csv').href = downloads.eventsCsv();
}

function applyHash() {
  const wanted = readHash();
  const date = wanted.date ?? openingDate();
  if (date && date !== state.date) showDate(date, 'hash');
  if (wanted.place !== state.place) selectPlace(wanted.place, 'hash');
}

/** The whole interface in one language: text, direction, dates, labels on the map, summaries. */
function setLanguage(next) {
  state.lang = next;
  localStorage.setItem('saytara.lang', next);
  setLang(next);
}

onLangChange((next) => {
  if (!state.profileReady) return;
  mapView.lang = next;
  mapView.setLanguage(next);
  for (const b of document.querySelectorAll('[data-lang-choice]')) {
    b.setAttribute('aria-pressed', String(b.dataset.langChoice === next));
  }
  document.body.dataset.lang = next;
  legend?.render();
  panel.relabel();
  compare.render();
  timeBar.relabel();
  if (state.meta) updateCounts();
  if (state.collection) draw();
});

/**
 * The page opens on the latest frame where a place changed hands and reports say so, not on a day
 * when fighting merely died down and the panel would have nothing to show.
 */
function openingDate() {
  const changed = state.frames.filter((f) => (f.changes ?? 0) > 0 && (f.reports ?? 0) > 0);
  return (changed.at(-1) ?? state.frames.at(-1))?.date;
}

/** Keys: ←/→ step, space play/pause; never while typing or inside a dialog. */
function onKey(e) {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  const t = e.target;
  const typing = t.closest?.('input, textarea, select, [contenteditable=""], [contenteditable=true], dialog');
  if (typing) return;
  const onButton = t.closest?.('button, a, [role=button]');
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    e.preventDefault();
    // Time runs the way the page reads: right to left in Arabic.
    const back = lang() === 'ar' ? 'ArrowRight' : 'ArrowLeft';
    timeBar.step(e.key === back ? -1 : 1);
  } else if ((e.key === ' ' || e.code === 'Space') && !onButton) {
    e.preventDefault(); // a focused button handles space itself
    timeBar.toggle();
  }
}

/** After an article is added the server's data changed: drop caches and redraw. */
async function refreshData() {
  layerCache.clear();
  const [meta, frames] = await Promise.all([api.meta(), api.frames()]);
  state.meta = meta;
  state.frames = frames;
  timeBar.setFrames(frames);
  compare.setFrames(frames, state.date);
  updateCounts();
  await showDate(state.date ?? openingDate(), 'replace');
}

function updateCounts() {
  const m = state.meta;
  document.getElementById('counts').textContent = t('counts', { articles: m.articles ?? 0, events: m.events ?? 0, frames: state.frames.length });
}

async function start() {
  document.getElementById('add-article').addEventListener('click', () => addForm.open());
  document.getElementById('open-review').addEventListener('click', () => reviewQueue.open());
  for (const b of document.querySelectorAll('[data-lang-choice]')) {
    b.addEventListener('click', () => setLanguage(b.dataset.langChoice));
  }
  document.addEventListener('keydown', onKey);
  window.addEventListener('hashchange', applyHash);
  window.addEventListener('popstate', applyHash);

  // A date in the link is known before anything else: its frame is asked for now, alongside the
  // profile and the frame list, instead of after them (showDate finds it in the cache). Without a
  // date the opening frame is chosen from the frame list, so it waits for it.
  const linked = readHash().date;
  if (linked) layersFor(linked).catch(() => {}); // a failure is shown when showDate asks again
  // The profile (sides, actors, colours) and the other names come first: everything drawn uses them.
  let meta;
  try {
    let sides, actors;
    [meta, state.frames, sides, actors] = await Promise.all([api.meta(), api.frames(), api.sides(), api.actors(),
      loadLabels().catch((err) => console.warn('No labels from the server:', err.message))]);
    installProfile(sides, actors);
  } catch (err) {
    setLang(state.lang);
    setStatus(t('status.noanswer', { msg: err.message }));
    return;
  }
  state.profileReady = true;
  mapView.refreshPatterns();
  legend = addLegend(mapView.map);
  setLanguage(state.lang);
  state.meta = meta;
  updateCounts();
  mapView.fit(meta.bounds);
  mapView.addTiles(meta.tile_url, meta.tile_attribution);
  api.basemap().then((g) => mapView.setBasemap(g)).catch((err) => console.warn('No local basemap:', err.message));
  timeBar.setFrames(state.frames);
  if (!state.frames.length) {
    setStatus(t('status.empty'));
    return;
  }
  const wanted = readHash();
  const first = wanted.date ?? openingDate();
  compare.setFrames(state.frames, first);
  await showDate(first, 'replace');
  // Town labels come after the first frame: the whole gazetteer (megabytes with 10,000 places)
  // would otherwise be read and parsed while the first frame waits.
  api.allPlaces().then((p) => mapView.setTowns(p)).catch((err) => console.warn('No town labels:', err.message));
  if (wanted.place) selectPlace(wanted.place, 'hash');
  else panel.clearPlace();
}

start();
