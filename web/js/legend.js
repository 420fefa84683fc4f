// The legend: colours by side, territory and fronts (with one line on how they are estimated), the
// contested/claimed/approximate conventions and shapes by type. Rebuilt when the language changes.
/* global L */
import { el, replaceChildren, svg } from './dom.js';
import { TYPE_GROUPS, sides, typeGroupLabel } from './model.js';
import { placeIcon } from './markers.js';
import { t } from './i18n.js';
import { sideLabel } from './labels.js';

function row(icon, text, dataset = {}) {
  return el('li', { dataset }, el('span', { class: 'lg-icon' }, icon), el('span', { text }));
}

function legendContent() {
  const list = el('ul', { class: 'lg-list' },
    sides().filter((s) => s !== 'contested' && s !== 'unknown').map((s) => row(placeIcon('village', s), sideLabel(s), { legendSide: s })),
    row(placeIcon('village', 'isis', { contested: true }), t('legend.contested'), { legendSide: 'contested' }),
    row(placeIcon('village', 'government', { claimed: true }), t('legend.claimed'), { legendClaimed: 'true' }),
    row(svg('svg', { viewBox: '0 0 24 24', class: 'pm-icon lg-approx' },
      svg('circle', { cx: 12, cy: 12, r: 7, class: 'pm-shape side-unknown' })), t('legend.approx'), { legendApprox: 'true' }),
    row(svg('svg', { viewBox: '0 0 24 24', class: 'pm-icon' },
      svg('circle', { cx: 12, cy: 12, r: 5, class: 'pm-shape side-unknown' }),
      svg('circle', { cx: 12, cy: 12, r: 10, class: 'lg-ring' })), t('legend.changed')),
    row(svg('svg', { viewBox: '0 0 24 24', class: 'pm-icon' },
      svg('path', { d: 'M1 14 L8 9 L15 13 L23 8', class: 'lg-front' })), t('legend.front'), { legendFront: 'true' }));
  const types = el('ul', { class: 'lg-list lg-types' },
    TYPE_GROUPS.map((g) => row(placeIcon(g, 'unknown'), typeGroupLabel(g), { legendType: g })));
  const how = el('p', { class: 'lg-method', id: 'legend-method', text: t('legend.territory') });
  return [el('summary', { text: t('legend') }), list, how, types];
}

export function addLegend(map) {
  // Open on screens with room for it; folded on phones, where it would hide the map.
  const roomy = window.matchMedia('(min-width: 821px)').matches;
  const node = el('details', { class: 'legend', id: 'legend', open: roomy });
  const Legend = L.Control.extend({
    onAdd() {
      L.DomEvent.disableClickPropagation(node);
      L.DomEvent.disableScrollPropagation(node);
      return node;
    },
  });
  const control = new Legend({ position: 'bottomleft' }).addTo(map);
  // The legend stands where a line of text starts: bottom left in English, bottom right in Arabic.
  const render = () => {
    replaceChildren(node, legendContent());
    const corner = document.documentElement.dir === 'rtl' ? 'bottomright' : 'bottomleft';
    if (control.getPosition() !== corner) control.setPosition(corner);
  };
  render();
  return { render };
}
