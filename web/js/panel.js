// The side panel: the frame's events (with filters) and a place's control history.
import { dateWindow, el, markedSentence, replaceChildren, shortDate } from './dom.js';
import { matchesFilters, normaliseEvent, summarise } from './model.js';
import { lang, num, t } from './i18n.js';
import { outletLabel, sideCodes, sideLabel, typeLabel } from './labels.js';

export function swatch(side) {
  return el('span', { class: `swatch side-${side}`, title: sideLabel(side), 'aria-hidden': 'true' });
}

/** One event: summary, the Arabic sentence with the place marked, outlet, date, claim status. */
export function eventItem(ev, { onOpenArticle, onSelectPlace, onHoverPlace = () => {} }) {
  const status = ev.claimed
    ? el('span', { class: 'badge claimed', title: ev.claimedBy ? t('claimed.by', { who: ev.claimedBy }) : t('claimed.own'), text: t('badge.claimed') })
    : el('span', { class: 'badge confirmed', text: t('badge.reported') });
  const claimedBy = ev.claimed && ev.claimedBy
    ? el('span', { class: 'claimed-by', lang: 'ar', dir: 'rtl', text: ev.claimedBy }) : null;
  // Pointing at an event points out its place on the map.
  const hover = { mouseenter: () => onHoverPlace(ev.placeId), mouseleave: () => onHoverPlace(null) };
  return el('li', { class: 'event', dataset: { eventId: ev.id, side: ev.side, kind: ev.kind ?? '' }, on: hover },
    el('div', { class: 'ev-head' },
      swatch(ev.side),
      el('span', { class: `badge kind kind-${ev.kind}`, text: ev.kind ? t(`kind.${ev.kind}`) : '' }),
      status, claimedBy,
      ev.review ? el('span', { class: `badge reviewed ${ev.review.status}`, title: ev.review.by ? t('reviewed.by', { who: ev.review.by }) : null, text: t(`review.${ev.review.status}`) }) : null),
    el('p', { class: 'ev-summary', dir: 'auto' }, ev.article
      ? el('button', { type: 'button', class: 'summary-link', title: t('open.article'), text: summarise(ev), on: { click: () => onOpenArticle(ev.article, ev.id) } })
      : summarise(ev)),
    ev.evidence
      ? el('blockquote', { class: 'ev-evidence', lang: 'ar', dir: 'rtl' }, markedSentence(ev.evidence, ev.placeRange))
      : null,
    el('div', { class: 'ev-meta' },
      el('span', { class: 'outlet', text: outletLabel(ev.outlet) ?? t('outlet.unknown') }),
      el('span', { text: ' · ' }),
      el('span', { class: 'when', text: `${dateWindow(ev.dateMin, ev.dateMax)}${ev.datePrecision ? ` (${t(`precision.${ev.datePrecision}`)})` : ''}` })),
    el('div', { class: 'ev-actions' },
      ev.placeId ? el('button', { type: 'button', class: 'link', text: t('place.history', { name: (lang() === 'ar' ? ev.nameAr : ev.nameEn) ?? ev.placeId }), on: { click: () => onSelectPlace(ev.placeId) } }) : null,
      ev.article ? el('button', { type: 'button', class: 'link open-article', text: t('read.article'), on: { click: () => onOpenArticle(ev.article, ev.id) } }) : null));
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
    for (const id of sideCodes().filter((c) => c !== 'contested' && c !== 'unknown')) {
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
    this.frameArgs = [date, frame, changeFeatures];
    this.titleEl.textContent = shortDate(date);
    const summary = lang() === 'ar' ? frame?.summary_ar : frame?.summary;
    this.subEl.textContent = frame?.date === date && summary ? summary : (changeFeatures.length ? '' : t('frame.none'));
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
    const empty = this.events.length === 0 ? t('events.none') : t('events.nomatch');
    const items = shown.slice(0, limit).map((ev) => eventItem(ev, this.handlers));
    if (shown.length > limit) {
      const more = Math.min(PAGE_SHOWN, shown.length - limit);
      items.push(el('li', { class: 'more' }, el('button', {
        type: 'button', class: 'link', text: t('events.more', { n: more, rest: shown.length - limit }),
        on: { click: () => this.renderEvents(limit + PAGE_SHOWN) },
      })));
    }
    replaceChildren(this.listEl, shown.length ? items : [el('li', { class: 'empty', text: empty })]);
    this.root.querySelector('#events-count').textContent = t('events.count', { shown: shown.length, all: this.events.length });
  }

  /** Writes everything again in the new language. */
  relabel() {
    this.setSides();
    if (this.frameArgs) this.setFrame(...this.frameArgs);
    if (this.placeArgs) this.showPlace(...this.placeArgs, false);
    else if (this.placeEl.querySelector('.place-hint')) this.clearPlace(false);
  }

  showPlaceLoading(id) {
    this.showTab('place');
    this.placeArgs = null;
    replaceChildren(this.placeEl, el('p', { class: 'muted', text: t('place.loading', { id }) }));
  }

  showPlaceError(message) {
    replaceChildren(this.placeEl, el('p', { class: 'error', text: message }));
  }

  /** A place and its whole control history: periods first, then the events behind them. */
  showPlace(place, date, switchTab = true) {
    this.placeArgs = [place, date];
    if (switchTab) this.showTab('place');
    const history = place.history ?? place.periods ?? [];
    const events = (place.events ?? []).map(normaliseEvent).sort((a, b) => String(a.date).localeCompare(String(b.date)));
    const rows = history.map((period) => {
      const current = (!period.from || period.from <= date) && (!period.to || date < period.to);
      const control = period.control ?? 'unknown';
      return el('tr', { class: current ? 'current' : null, dataset: { control } },
        el('td', { text: shortDate(period.from) || '…' }),
        el('td', { text: period.to ? shortDate(period.to) : t('now') }),
        el('td', {}, swatch(control), ` ${sideLabel(control)}`,
          period.claimed ? el('span', { class: 'badge claimed', text: t('badge.claimed') }) : null),
        el('td', { class: 'outlets', text: (period.outlets ?? []).map(outletLabel).join(lang() === 'ar' ? '، ' : ', ') }));
    });
    const precision = place.precision_km ?? place.place?.precision_km;
    replaceChildren(this.placeEl,
      el('div', { class: 'place-head', dataset: { placeId: place.id } },
        el('h3', { text: (lang() === 'ar' ? place.name_ar : place.name_en) ?? place.name_en ?? place.id }),
        lang() !== 'ar' && place.name_ar ? el('p', { class: 'ar-name', lang: 'ar', dir: 'rtl', text: place.name_ar }) : null,
        lang() === 'ar' && place.name_en ? el('p', { class: 'en-name', lang: 'en', dir: 'ltr', text: place.name_en }) : null,
        el('p', { class: 'muted', text: [place.type ? typeLabel(place.type) : null,
          Number.isFinite(place.lat) ? `${place.lat.toFixed(3)}°N ${place.lon.toFixed(3)}°E` : null,
          precision ? `± ${num(precision)} km` : null].filter(Boolean).join(' · ') }),
        el('button', { type: 'button', class: 'link', text: t('place.close'), on: { click: () => this.handlers.onSelectPlace(null) } })),
      el('h4', { text: t('place.historyTitle') }),
      rows.length
        ? el('table', { class: 'history' },
          el('thead', {}, el('tr', {}, el('th', { text: t('th.from') }), el('th', { text: t('th.until') }), el('th', { text: t('th.held') }), el('th', { text: t('th.sources') }))),
          el('tbody', {}, rows))
        : el('p', { class: 'muted', text: t('place.noreport') }),
      el('h4', { text: t('place.reports', { n: events.length }) }),
      el('ul', { class: 'events' }, events.map((ev) => eventItem(ev, this.handlers))));
  }

  clearPlace(switchTab = true) {
    this.placeArgs = null;
    replaceChildren(this.placeEl, el('p', { class: 'muted place-hint', text: t('place.hint') }));
    if (switchTab) this.showTab('events');
  }
}
