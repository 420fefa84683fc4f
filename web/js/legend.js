// The legend: colours by side, the contested/claimed/uncertain conventions and shapes by type.
/* global L */
import { el, svg } from './dom.js';
import { SIDES, SIDE_LABEL, TYPE_GROUP_LABEL } from './model.js';
import { placeIcon } from './markers.js';

function row(icon, text, dataset = {}) {
  return el('li', { dataset }, el('span', { class: 'lg-icon' }, icon), el('span', { text }));
}

export function legendElement() {
  const sides = el('ul', { class: 'lg-list' },
    SIDES.filter((s) => s !== 'contested').map((s) => row(placeIcon('village', s), SIDE_LABEL[s], { legendSide: s })),
    row(placeIcon('village', 'isis', { contested: true }), 'Contested (holder / fighting)', { legendSide: 'contested' }),
    row(placeIcon('village', 'government', { claimed: true }), 'Claimed only (dashed)', { legendClaimed: 'true' }),
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

export function addLegend(map) {
  const Legend = L.Control.extend({
    onAdd() {
      const node = legendElement();
      L.DomEvent.disableClickPropagation(node);
      L.DomEvent.disableScrollPropagation(node);
      return node;
    },
  });
  new Legend({ position: 'bottomleft' }).addTo(map);
}
