// What the page knows about place types and events, independent of how they are drawn. Sides,
// actors, their labels and colours come from the server's profile (profile.js); the colours are
// CSS custom properties (--side-<id>), so CSS and the SVG markers share them.
import { actorLabel, actorSide, isSide, sideLabel } from './profile.js';

/** Reads a colour from the CSS custom properties, so Leaflet paths match the markers. */
export function sideColour(side) {
  const known = isSide(side) || side === 'contested' ? side : 'unknown';
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--side-${known}`);
  return value.trim() || '#888888';
}

/**
 * Groups the gazetteer's place types into the seven marker shapes of the legend.
 * Types the page does not know fall into "other" instead of breaking the map.
 */
export function typeGroup(type) {
  switch (type) {
    case 'city': case 'town': case 'suburb': case 'neighbourhood': return 'city';
    case 'village': return 'village';
    case 'oil_field': case 'gas_field': case 'station': return 'field';
    case 'airbase': case 'airport': return 'airbase';
    case 'mountain': case 'hill': return 'hill';
    case 'road': case 'junction': case 'checkpoint': return 'road';
    default: return 'other';
  }
}

export const TYPE_GROUP_LABEL = {
  city: 'City / town',
  village: 'Village',
  field: 'Oil / gas field',
  airbase: 'Airbase / airport',
  hill: 'Hill / mountain',
  road: 'Road / junction',
  other: 'Other site',
};

/**
 * One shape for events from either source: a `changes` feature of /api/layers/{date}
 * (flat, snake_case, with summary_en) or a full Event from /api/places/{id} or /api/articles/{id}.
 */
export function normaliseEvent(e) {
  const place = e.place ?? {};
  const ev = {
    id: e.event_id ?? e.id,
    article: e.article,
    kind: e.kind,
    placeId: e.place_id ?? place.id,
    nameAr: e.name_ar ?? place.name_ar,
    nameEn: e.name_en ?? place.name_en,
    actorGaining: e.actor_gaining ?? null,
    actorLosing: e.actor_losing ?? null,
    controllerAfter: e.controller_after ?? null,
    claimed: Boolean(e.claimed),
    claimedBy: e.claimed_by ?? null,
    date: e.date,
    dateMin: e.date_min ?? e.date,
    dateMax: e.date_max ?? e.date,
    datePrecision: e.date_precision ?? null,
    outlet: e.outlet ?? null,
    evidence: e.evidence ?? '',
    evidenceSpan: e.evidence_span ?? null,
    placeSpan: e.place_span ?? null,
    summary: e.summary_en ?? null,
    // An analyst's last word: {status, by} from a full event, or flat on a changes feature.
    review: e.review ? { status: e.review.status, by: e.review.by }
      : e.review_status ? { status: e.review_status, by: e.reviewed_by ?? null } : null,
  };
  ev.side = eventSide(ev);
  ev.placeRange = placeRangeInEvidence(ev);
  return ev;
}

/** The side an event is about: who holds the place after it, else who gained, else contested. */
function eventSide(ev) {
  if (ev.kind === 'contested') return 'contested';
  return ev.controllerAfter ?? actorSide(ev.actorGaining) ?? actorSide(ev.actorLosing) ?? 'contested';
}

/**
 * Where the place name sits inside the evidence sentence. The spans are offsets in the article;
 * their difference places the name in the sentence. Without spans, look the name up in the
 * sentence, so the highlight still works for producers that do not send spans.
 */
function placeRangeInEvidence(ev) {
  const text = ev.evidence;
  if (ev.evidenceSpan && ev.placeSpan) {
    const start = ev.placeSpan.start - ev.evidenceSpan.start;
    const end = ev.placeSpan.end - ev.evidenceSpan.start;
    if (start >= 0 && end > start && end <= text.length) return [start, end];
  }
  for (const name of [ev.nameAr, ev.nameAr?.replace(/^ال/, '')]) {
    if (!name) continue;
    const at = text.indexOf(name);
    if (at >= 0) return [at, at + name.length];
  }
  return null;
}

const KIND_VERB = {
  capture: 'captured',
  withdrawal: 'withdrew from',
  contested: 'fighting at',
  presence: 'present in',
};

/** English one-liner for events that arrive without summary_en (full Event records). */
export function summarise(ev) {
  if (ev.summary) return ev.summary;
  const place = ev.nameEn ?? ev.placeId ?? 'a place';
  let what;
  if (ev.kind === 'contested') what = `Fighting at ${place}`;
  else if (ev.kind === 'withdrawal') what = `${actorLabel(ev.actorLosing) ?? 'Forces'} withdrew from ${place}`;
  else what = `${actorLabel(ev.actorGaining) ?? (isSide(ev.side) ? sideLabel(ev.side) : 'Forces')} ${KIND_VERB[ev.kind] ?? ev.kind} ${place}`;
  return ev.outlet ? `${what} — per ${ev.outlet}` : what;
}

/** Does an event pass the panel's filters? `side` matches any party to the event. */
export function matchesFilters(ev, filters) {
  if (filters.kind && ev.kind !== filters.kind) return false;
  if (filters.claims === 'claimed' && !ev.claimed) return false;
  if (filters.claims === 'confirmed' && ev.claimed) return false;
  if (filters.side) {
    const parties = [ev.side, ev.controllerAfter, actorSide(ev.actorGaining), actorSide(ev.actorLosing)];
    if (!parties.includes(filters.side)) return false;
  }
  return true;
}

/** The side a place is drawn in: its holder, or "contested" when no holder is known. */
export function placeDrawSide(props) {
  if (props.side && isSide(props.side)) return props.side;
  if (props.contested || props.side === 'contested') return 'contested';
  return 'unknown';
}
