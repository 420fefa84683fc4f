// What the page knows about place types and events, independent of how they are drawn. Sides,
// actors, their labels and colours come from the server's profile (profile.js, through labels.js,
// which also names them in Arabic); the colours are CSS custom properties (--side-<id>).

import { actorLabel, actorSide, outletLabel, sideCodes, sideLabel } from './labels.js';
import { lang, shortDate, t } from './i18n.js';

export { actorSide, actorLabel };

/** The sides a place can be drawn in, from the profile (contested and unknown included). */
export function sides() {
  return sideCodes();
}

const colours = new Map(); // CSS custom property -> colour, until forgetSideColours()

/**
 * Reads a colour from the CSS custom properties, so Leaflet paths match the markers. Kept once
 * read: reading computed style makes the browser bring its styles up to date there and then, and
 * a slider step asked for it for every area and circle it drew, in the middle of its own changes.
 */
export function sideColour(side) {
  const name = `--side-${sideCodes().includes(side) ? side : 'unknown'}`;
  let value = colours.get(name);
  if (value === undefined) {
    value = getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888888';
    colours.set(name, value);
  }
  return value;
}

/** The profile's colours changed (profile.js installs them): read them again. */
export function forgetSideColours() {
  colours.clear();
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

export const TYPE_GROUPS = ['city', 'village', 'field', 'airbase', 'hill', 'road', 'other'];

export function typeGroupLabel(group) {
  return t(`group.${group}`);
}

/**
 * One shape for events from either source: a `changes` feature of /api/layers/{date}
 * (flat, snake_case, with summary_en and summary_ar) or a full Event from /api/places/{id} or /api/articles/{id}.
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
    summaryEn: e.summary_en ?? null,
    summaryAr: e.summary_ar ?? null,
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

// Arabic verbs agree with their subject: سيطر تنظيم الدولة، سيطرت قوات النظام (as the server's Arabic.verb).
const FEMININE_HEADS = new Set(['قوات', 'القوات', 'ميليشيات', 'الميليشيات', 'فصائل', 'الفصائل', 'وحدات', 'المجالس', 'الحكومة',
  'المعارضة', 'هيئة', 'حركة', 'جبهة', 'الجبهة', 'فرقة', 'إيران', 'تركيا', 'قسد']);
function arVerb(masculine, subject) {
  return FEMININE_HEADS.has(String(subject ?? '').split(' ')[0]) ? `${masculine}ت` : masculine;
}

/** The event's one-liner in the interface's language: the server's, else one made from the registry. */
export function summarise(ev) {
  const ready = lang() === 'ar' ? ev.summaryAr : ev.summaryEn;
  if (ready) return ready;
  const ar = lang() === 'ar';
  const place = (ar ? ev.nameAr : ev.nameEn) ?? ev.nameEn ?? ev.nameAr ?? ev.placeId ?? '?';
  const gainer = actorLabel(ev.actorGaining) ?? (ev.side && ev.side !== 'contested' ? sideLabel(ev.side) : null);
  const loser = actorLabel(ev.actorLosing);
  let what;
  if (ev.kind === 'contested') what = ar ? `معارك في ${place}` : `Fighting at ${place}`;
  else if (ev.kind === 'withdrawal') what = ar ? `${arVerb('انسحب', loser)} ${loser ?? 'مقاتلون'} من ${place}` : `${loser ?? 'Forces'} withdrew from ${place}`;
  else if (ev.kind === 'presence') what = ar ? `وجود ${gainer ?? 'مقاتلين'} في ${place}` : `${gainer ?? 'Forces'} present in ${place}`;
  else what = ar ? `${arVerb('سيطر', gainer)} ${gainer ?? 'مقاتلون'} على ${place}` : `${gainer ?? 'Forces'} captured ${place}`;
  const when = shortDate(ev.date);
  const source = ev.outlet ? outletLabel(ev.outlet) : (ar ? 'مصدر غير مسمّى' : 'an unnamed outlet');
  return `${what} — ${ar ? 'بحسب' : 'per'} ${source}${when ? `${ar ? '، ' : ', '}${when}` : ''}`;
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
  if (props.side && sideCodes().includes(props.side) && props.side !== 'contested') return props.side;
  if (props.contested || props.side === 'contested') return 'contested';
  return 'unknown';
}
