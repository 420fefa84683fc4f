// The side panel: the frame's events (with filters) and a place's control history.
import { dateWindow, el, markedSentence, replaceChildren, shortDate } from './dom.js';
import { matchesFilters, normaliseEvent, summarise } from './model.js';
import { sideIds, sideLabel } from './profile.js';

const PRECISION_LABEL = {
  day: 'exact day',
  week: 'within a week',
  month: 'within a month',
  year: 'within a year',
  reported: 'date of report',
};

function swatch(side) {
  return el('span', { class: `swatch side-${side}`, title: sideLabel(side), 'aria-hidden': 'true' });
}

/** One event: summary, the Arabic sentence with the place marked, outlet, date, claim status. */
export function eventItem(ev, { onOpenArticle, onSelectPlace, onHoverPlace = () => {} }) {
  const status = ev.claimed
    ? el('span', { class: 'badge claimed', title: ev.claimedBy ? `Claimed by ${ev.claimedBy}` : 'Only the gaining side says so', text: 'claimed' })
    : el('span', { class: 'badge confirmed', text: 'reported' });
  const claimedBy = ev.claimed && ev.claimedBy
    ? el('span', { class: 'claimed-by', lang: 'ar', dir: 'rtl', text: ev.claimedBy }) : null;
  // Pointing at an event points out its place on the map.
  const hover = { mouseenter: () => onHoverPlace(ev.placeId), mouseleave: () => onHoverPlace(null) };
  return el('li', { class: 'event', dataset: { eventId: ev.id, side: ev.side, kind: ev.kind ?? '' }, on: hover },
    el('div', { class: 'ev-head' },
      swatch(ev.side),
      el('span', { class: `badge kind kind-${ev.kind}`, text: ev.kind ?? 'event' }),
      status, claimedBy,
      ev.review ? el('span', { class: `badge reviewed ${ev.review.status}`, title: ev.review.by ? `Reviewed by ${ev.review.by}` : null, text: ev.review.status }) : null),
    el('p', { class: 'ev-summary' }, ev.article
      ? el('button', { type: 'button', class: 'summary-link', title: 'Open the article', text: summarise(ev), on: { click: () => onOpenArticle(ev.article, ev.id) } })
      : summarise(ev)),
    ev.evidence
      ? el('blockquote', { class: 'ev-evidence', lang: 'ar', dir: 'rtl' }, markedSentence(ev.evidence, ev.placeRange))
      : null,
    el('div', { class: 'ev-meta' },
      el('span', { class: 'outlet', text: ev.outlet ?? 'Unknown outlet' }),
      el('span', { text: ' · ' }),
      el('span', { class: 'when', text: `${dateWindow(ev.dateMin, ev.dateMax)}${ev.datePrecision ? ` (${PRECISION_LABEL[ev.datePrecision] ?? ev.datePrecision})` : ''}` })),
    el('div', { class: 'ev-actions' },
      ev.placeId ? el('button', { type: 'button', class: 'link', text: `Place history: ${ev.nameEn ?? ev.placeId}`, on: { click: () => onSelectPlace(ev.placeId) } }) : null,
      ev.article ? el('button', { type: 'button', class: 'link open-article', text: 'Read article', on: { click: () => onOpenArticle(ev.article, ev.id) } }) : null));
}

/** Events drawn at once for a frame, then per click. */
const FIRST_SHOWN = 40;
const PAGE_SHOWN = 100;

export class Panel {
  constructor(root, handlers) {
    this.root = root;
    this.handlers = handlers;
    this.events = [];
    this.titleEl = root.querySelector('#panel-title');
    this.subEl = root.querySelector('#panel-sub');
    this.listEl = root.querySelector('#events');
    this.placeEl = root.querySelector('#place-view');
    this.filterEls = {
      side: root.querySelector('#filter-side'),
      kind: root.querySelector('#filter-kind'),
      claims: root.querySelector('#filter-claims'),
    };
    for (const sel of Object.values(this.filterEls)) sel.addEventListener('change', () => this.renderEvents());
    for (const tab of root.querySelectorAll('[role=tab]')) {
      tab.addEventListener('click', () => this.showTab(tab.dataset.tab));
    }
  }

  /** The side filter offers the profile's sides, in legend order, before "Contested". */
  setSides() {
    const select = this.filterEls.side;
    const contested = select.querySelector('option[value="contested"]');
    for (const o of select.querySelectorAll('option[data-side]')) o.remove();
    for (const id of sideIds()) {
      select.insertBefore(el('option', { value: id, dataset: { side: id }, text: sideLabel(id) }), contested);
    }
  }

  showTab(name) {
    for (const tab of this.root.querySelectorAll('[role=tab]')) {
      const on = tab.dataset.tab === name;
      tab.setAttribute('aria-selected', String(on));
      document.getElementById(tab.getAttribute('aria-controls')).hidden = !on;
    }
  }

  filters() {
    return Object.fromEntries(Object.entries(this.filterEls).map(([k, s]) => [k, s.value]));
  }

  setFrame(date, frame, changeFeatures) {
    this.titleEl.textContent = shortDate(date);
    this.subEl.textContent = frame?.date === date && frame.summary ? frame.summary : (changeFeatures.length ? '' : 'No reported change on this date.');
    this.subEl.title = this.subEl.textContent;
    this.events = changeFeatures.map((f) => normaliseEvent(f.properties));
    this.renderEvents();
  }

  /**
   * Lists the frame's events; in a large archive a date may have hundreds, so the first
   * {@link FIRST_SHOWN} are drawn and a button draws the rest in pages, keeping a step fast.
   */
  renderEvents(limit = FIRST_SHOWN) {
    const shown = this.events.filter((ev) => matchesFilters(ev, this.filters()));
    const empty = this.events.length === 0
      ? 'Nothing changed on this date. Step or play to a frame with changes.'
      : 'No event matches the filters.';
    const items = shown.slice(0, limit).map((ev) => eventItem(ev, this.handlers));
    if (shown.length > limit) {
      const more = Math.min(PAGE_SHOWN, shown.length - limit);
      items.push(el('li', { class: 'more' }, el('button', {
        type: 'button', class: 'link', text: `Show ${more} more of ${shown.length - limit}`,
        on: { click: () => this.renderEvents(limit + PAGE_SHOWN) },
      })));
    }
    replaceChildren(this.listEl, shown.length ? items : [el('li', { class: 'empty', text: empty })]);
    this.root.querySelector('#events-count').textContent = `${shown.length} of ${this.events.length}`;
  }

  showPlaceLoading(id) {
    this.showTab('place');
    replaceChildren(this.placeEl, el('p', { class: 'muted', text: `Loading ${id}…` }));
  }

  showPlaceError(message) {
    replaceChildren(this.placeEl, el('p', { class: 'error', text: message }));
  }

  /** A place and its whole control history: periods first, then the events behind them. */
  showPlace(place, date) {
    this.showTab('place');
    const history = place.history ?? place.periods ?? [];
    const events = (place.events ?? []).map(normaliseEvent).sort((a, b) => String(a.date).localeCompare(String(b.date)));
    const rows = history.map((period) => {
      const current = (!period.from || period.from <= date) && (!period.to || date < period.to);
      const control = period.control ?? 'unknown';
      return el('tr', { class: current ? 'current' : null, dataset: { control } },
        el('td', { text: shortDate(period.from) || '…' }),
        el('td', { text: period.to ? shortDate(period.to) : 'now' }),
        el('td', {}, swatch(control), ` ${sideLabel(control)}`,
          period.claimed ? el('span', { class: 'badge claimed', text: 'claimed' }) : null),
        el('td', { class: 'outlets', text: (period.outlets ?? []).join(', ') }));
    });
    const precision = place.precision_km ?? place.place?.precision_km;
    replaceChildren(this.placeEl,
      el('div', { class: 'place-head', dataset: { placeId: place.id } },
        el('h3', { text: place.name_en ?? place.id }),
        place.name_ar ? el('p', { class: 'ar-name', lang: 'ar', dir: 'rtl', text: place.name_ar }) : null,
        el('p', { class: 'muted', text: [place.type?.replace('_', ' '),
          Number.isFinite(place.lat) ? `${place.lat.toFixed(3)}°N ${place.lon.toFixed(3)}°E` : null,
          precision ? `± ${precision} km` : null].filter(Boolean).join(' · ') }),
        el('button', { type: 'button', class: 'link', text: 'Close', on: { click: () => this.handlers.onSelectPlace(null) } })),
      el('h4', { text: 'Control history' }),
      rows.length
        ? el('table', { class: 'history' },
          el('thead', {}, el('tr', {}, el('th', { text: 'From' }), el('th', { text: 'Until' }), el('th', { text: 'Held by' }), el('th', { text: 'Sources' }))),
          el('tbody', {}, rows))
        : el('p', { class: 'muted', text: 'No report mentions who held it.' }),
      el('h4', { text: `Reports (${events.length})` }),
      el('ul', { class: 'events' }, events.map((ev) => eventItem(ev, this.handlers))));
  }

  clearPlace() {
    replaceChildren(this.placeEl, el('p', { class: 'muted', text: 'Click a place on the map to see who held it, when, and who said so.' }));
    this.showTab('events');
  }
}
