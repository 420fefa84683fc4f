// Place markers as inline SVG: the shape says what the place is, the fill says who holds it.
// A contested place with a known holder is split diagonally between the holder's colour and the
// contested colour; a state that rests only on a claim gets a dashed outline.
import { el, svg } from './dom.js';
import { placeDrawSide, typeGroup } from './model.js';

// Shapes in a 24x24 box, one per type group (see model.typeGroup).
const SHAPES = {
  city: () => svg('rect', { x: 3.5, y: 3.5, width: 17, height: 17, rx: 3 }),
  village: () => svg('circle', { cx: 12, cy: 12, r: 7.5 }),
  field: () => svg('path', { d: 'M12 2.5C9 7 5.5 10.8 5.5 15a6.5 6.5 0 0 0 13 0c0-4.2-3.5-8-6.5-12.5z' }),
  airbase: () => svg('path', { d: 'M12 2.5l1.8 6.6 7.7 3.9v2.3l-7.7-1.9-.5 5 2.4 1.8v1.6L12 20.9l-3.7.9v-1.6l2.4-1.8-.5-5-7.7 1.9V13l7.7-3.9z' }),
  hill: () => svg('path', { d: 'M12 3.5l9.5 16.5h-19z' }),
  road: () => svg('path', { d: 'M12 2.5l9.5 9.5-9.5 9.5L2.5 12z' }),
  other: () => svg('path', { d: 'M12 2.8l8.2 4.7v9L12 21.2l-8.2-4.7v-9z' }),
};

let clipCounter = 0;

/** Positions known only within this many km are drawn faint: a reader should not take them as surveyed. */
export const APPROX_KM = 5;

/**
 * The icon of a place: an <svg> whose main shape has class `pm-shape side-<side>` (its computed
 * fill is the side colour), plus a second, clipped copy for contested places.
 */
export function placeIcon(group, drawSide, { contested = false, claimed = false } = {}) {
  const make = SHAPES[group] ?? SHAPES.other;
  const icon = svg('svg', { class: 'pm-icon', viewBox: '0 0 24 24', 'aria-hidden': 'true' });
  const main = make();
  main.setAttribute('class', `pm-shape side-${drawSide}${claimed ? ' claimed' : ''}`);
  icon.append(main);
  if (contested && drawSide !== 'contested') {
    // Unique per icon: several markers share one document, and clip ids are global.
    const id = `pm-clip-${++clipCounter}`;
    const clip = svg('clipPath', { id }, svg('path', { d: 'M24 0V24H0z' }));
    const half = make();
    half.setAttribute('class', `pm-shape pm-half side-contested${claimed ? ' claimed' : ''}`);
    half.setAttribute('clip-path', `url(#${id})`);
    icon.append(svg('defs', {}, clip), half);
  } else if (contested) {
    // No known holder: the contested colour with a neutral half, still two-coloured.
    const id = `pm-clip-${++clipCounter}`;
    const clip = svg('clipPath', { id }, svg('path', { d: 'M24 0V24H0z' }));
    const half = make();
    half.setAttribute('class', `pm-shape pm-half side-unknown${claimed ? ' claimed' : ''}`);
    half.setAttribute('clip-path', `url(#${id})`);
    icon.append(svg('defs', {}, clip), half);
  }
  return icon;
}

/**
 * The element of a place marker, with data attributes that say what it shows (the browser tests
 * and anyone inspecting the page read them): data-place-id, data-side, data-contested,
 * data-claimed, data-type, data-changed, data-selected.
 */
export function placeMarkerElement(props, { lang, changed, selected }) {
  const group = typeGroup(props.type);
  const drawSide = placeDrawSide(props);
  const contested = Boolean(props.contested) || props.side === 'contested';
  const claimed = Boolean(props.claimed);
  const name = (lang === 'ar' ? props.name_ar : props.name_en) || props.name_en || props.name_ar || props.id;
  const label = el('span', {
    class: 'pm-label',
    lang: lang === 'ar' ? 'ar' : 'en',
    dir: lang === 'ar' ? 'rtl' : 'ltr',
    text: name,
  });
  return el('div', {
    class: `pm pm-${group}`,
    dataset: {
      placeId: props.id,
      side: drawSide,
      contested,
      claimed,
      type: props.type ?? 'other',
      changed: Boolean(changed),
      selected: Boolean(selected),
      approx: (props.precision_km ?? 0) >= APPROX_KM,
    },
  }, el('span', { class: 'pm-ring', 'aria-hidden': 'true' }),
  placeIcon(group, drawSide, { contested, claimed }),
  label);
}

/** Pixel size of a marker icon by type group: cities read first. */
export function iconSize(group) {
  return group === 'city' ? 26 : 20;
}
