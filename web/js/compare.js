// "Compare two dates": places and km² each side gained and lost between two frames, from
// /api/compare, listed in the panel and drawn on the map (gained land solid, lost land hatched).
import { getJson } from './api.js';
import { el, replaceChildren, shortDate } from './dom.js';
import { lang, num, t } from './i18n.js';
import { sideLabel } from './labels.js';
import { swatch } from './panel.js';

export class Compare {
  /** `onResult(features)` draws a comparison on the map (an empty list clears it). */
  constructor(root, { onResult }) {
    this.root = root;
    this.onResult = onResult;
    this.fromEl = root.querySelector('#compare-from');
    this.toEl = root.querySelector('#compare-to');
    this.view = root.querySelector('#compare-view');
    this.frames = [];
    this.result = null;
    root.querySelector('#compare-form').addEventListener('submit', (e) => {
      e.preventDefault();
      this.run(this.fromEl.value, this.toEl.value);
    });
    // The date lists are filled when the tab is shown (the tab panel loses `hidden`): two lists of
    // 2,000 and more dates cost a tenth of a second, which the first draw of the map need not wait for.
    new MutationObserver(() => {
      if (!root.hidden) this.fillOptions();
    }).observe(root, { attributes: true, attributeFilter: ['hidden'] });
  }

  /** Keeps the frames for both date lists; by default from the first frame to the one shown. */
  setFrames(frames, shownDate) {
    this.frames = frames;
    this.shownDate = shownDate;
    this.filled = false;
    if (!this.root.hidden) this.fillOptions();
  }

  /** Fills both date lists with the frames, keeping the dates chosen when they were filled before. */
  fillOptions() {
    if (this.filled) return;
    this.filled = true;
    const frames = this.frames;
    const keepFrom = this.fromEl.value, keepTo = this.toEl.value;
    for (const select of [this.fromEl, this.toEl]) {
      replaceChildren(select, frames.map((f) => el('option', { value: f.date, text: shortDate(f.date) })));
    }
    this.fromEl.value = keepFrom || frames[0]?.date || '';
    this.toEl.value = keepTo || this.shownDate || frames.at(-1)?.date || '';
  }

  async run(from, to) {
    if (!from || !to) return;
    this.fillOptions();
    this.fromEl.value = from;
    this.toEl.value = to;
    replaceChildren(this.view, el('p', { class: 'muted', text: t('compare.loading') }));
    try {
      const result = await getJson(`/api/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
      this.result = result;
      this.render();
      this.onResult(result.features ?? []);
    } catch (err) {
      replaceChildren(this.view, el('p', { class: 'error', text: t('compare.error', { msg: err.message }) }));
    }
  }

  clear() {
    this.result = null;
    this.onResult([]);
    replaceChildren(this.view, el('p', { class: 'muted', text: t('compare.hint') }));
  }

  /** The table again, in the current language. */
  render() {
    for (const select of [this.fromEl, this.toEl]) {
      for (const o of select.options) o.textContent = shortDate(o.value);
    }
    const r = this.result;
    if (!r) {
      replaceChildren(this.view, el('p', { class: 'muted', text: t('compare.hint') }));
      return;
    }
    const name = (p) => (lang() === 'ar' ? p.name_ar : p.name_en) || p.name_en || p.id;
    const rows = (r.sides ?? []).filter((s) => s.km2_gained || s.km2_lost || s.places_gained.length || s.places_lost.length)
      .map((s) => el('div', { class: 'cmp-side', dataset: { side: s.side } },
        el('h4', {}, swatch(s.side), sideLabel(s.side)),
        el('div', { class: 'cmp-nums' },
          el('span', { class: 'gain km2-gained', dataset: { value: String(s.km2_gained) }, text: `+${t('compare.km2', { n: num(s.km2_gained) })}` }),
          el('span', { class: 'loss km2-lost', dataset: { value: String(s.km2_lost) }, text: `−${t('compare.km2', { n: num(s.km2_lost) })}` }),
          el('span', { class: 'muted', text: t('compare.held', { from: num(s.km2_from), to: num(s.km2_to) }) })),
        s.places_gained.length ? el('p', { class: 'cmp-places places-gained' },
          `${t('compare.gained')} (${num(s.places_gained.length)}): `, s.places_gained.map(name).join(lang() === 'ar' ? '، ' : ', ')) : null,
        s.places_lost.length ? el('p', { class: 'cmp-places places-lost' },
          `${t('compare.lost')} (${num(s.places_lost.length)}): `, s.places_lost.map(name).join(lang() === 'ar' ? '، ' : ', ')) : null));
    replaceChildren(this.view,
      el('p', { class: 'cmp-title', text: t('compare.title', { from: shortDate(r.from), to: shortDate(r.to) }) }),
      rows.length ? rows : el('p', { class: 'muted', text: t('compare.none') }),
      el('div', { class: 'cmp-actions' },
        el('button', { type: 'button', class: 'link', id: 'compare-clear', text: t('compare.clear'), on: { click: () => this.clear() } })));
  }
}
