// The legend: the profile's sides in its order and colours, the contested/claimed/uncertain
// conventions, and shapes by type.
/* global L */
import { el, svg } from './dom.js';
import { TYPE_GROUP_LABEL } from './model.js';
import { sideIds, sideLabel } from './profile.js';
import { placeIcon } from './markers.js';

function row(icon, text, dataset = {}) {
  return el('li', { dataset }, el('span', { class: 'lg-icon' }, icon), el('span', { text }));
}

export function legendElement(lang = 'en') {
  const ids = sideIds();
  const sides = el('ul', { class: 'lg-list' },
    ids.map((s) => row(placeIcon('village', s), sideLabel(s, lang), { legendSide: s })),
    row(placeIcon('village', ids.at(-1) ?? 'unknown', { contested: true }), 'Contested (holder / fighting)', { legendSide: 'contested' }),
    row(placeIcon('village', ids[0] ?? 'unknown', { claimed: true }), 'Claimed only (dashed)', { legendClaimed: 'true' }),
    row(svg('svg', { viewBox: '0 0 24 24', class: 'pm-icon' },
      svg('circle', { cx: 12, cy: 12, r: 10, class: 'lg-uncertain' }),
      svg('circle', { cx: 12, cy: 12, r: 3, class: 'pm-shape side-unknown' })), 'Approximate position'),
    row(svg('svg', { viewBox: '0 0 24 24', class: 'pm-icon' },
      svg('circle', { cx: 12, cy: 12, r: 5, class: 'pm-shape side-unknown' }),
      svg('circle', { cx: 12, cy: 12, r: 10, class: 'lg-ring' })), 'Changed in this frame'));
  const types = el('ul', { class: 'lg-list lg-types' },
    Object.entries(TYPE_GROUP_LABEL).map(([g, label]) => row(placeIcon(g, 'unknown'), label, { legendType: g })));
  // Open on screens with room for it; folded on phones, where it would hide the map.
  const roomy = window.matchMedia('(min-width: 821px)').matches;
  return el('details', { class: 'legend', id: 'legend', open: roomy },
    el('summary', { text: 'Legend' }), sides, types);
}

/** Adds the legend to the map; call again with another language to relabel the sides. */
export function addLegend(map, lang = 'en') {
  map.saytaraLegend?.remove();
  const Legend = L.Control.extend({
    onAdd() {
      const node = legendElement(lang);
      L.DomEvent.disableClickPropagation(node);
      L.DomEvent.disableScrollPropagation(node);
      return node;
    },
  });
  map.saytaraLegend = new Legend({ position: 'bottomleft' }).addTo(map);
}
