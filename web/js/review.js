// The review queue: unreviewed events, most doubtful first (the server ranks them), one at a time
// with its Arabic evidence and the place marked in it. Keys: c confirm, x reject, e edit (correct),
// j/↓ next, k/↑ previous; in the form, Ctrl+Enter saves and Esc leaves it.
// It talks to the rest of the page only by events on `document`:
//   dispatches `saytara:reviewed` {detail: review} after each stored review (the map then reloads),
//   and `saytara:open-article` {detail: {article, eventId}} to open the reader.
// Article text goes in as text nodes only (dom.js): nothing from an article is parsed as HTML.
import { getJson, postJson } from './api.js';
import { el, replaceChildren, markedSentence, dateWindow, isIsoDate } from './dom.js';
import { normaliseEvent, summarise } from './model.js';
import { sideIds, sideLabel, actorSide } from './profile.js';

const REASON_LABEL = {
  claimed: 'claimed only',
  disputed: 'disputed',
  contested: 'fighting',
  'low confidence': 'low confidence',
  unlocated: 'unlocated',
};
const KINDS = ['capture', 'withdrawal', 'contested', 'presence'];

export class ReviewQueue {
  constructor(dialog) {
    this.dialog = dialog;
    this.items = [];
    this.index = 0;
    this.busy = false;
    this.listEl = dialog.querySelector('.rq-list');
    this.itemEl = dialog.querySelector('.rq-item');
    this.statusEl = dialog.querySelector('.rq-status');
    this.countEl = dialog.querySelector('.rq-count');
    dialog.querySelector('.close').addEventListener('click', () => dialog.close());
    dialog.addEventListener('keydown', (e) => this.onKey(e));
  }

  async open() {
    if (!this.dialog.open) this.dialog.showModal();
    this.setStatus('Loading the queue…');
    try {
      const q = await getJson('/api/review-queue?limit=200');
      this.items = q.events.map((i) => ({ ...i, ev: normaliseEvent(i.event), done: null }));
      this.index = 0;
      replaceChildren(this.countEl, `${q.count} to review · ${q.reviewed} reviewed`
        + (q.orphaned ? ` · ${q.orphaned} orphaned reviews` : ''));
      this.setStatus(this.items.length ? null : 'Nothing left to review.');
      this.renderList();
      this.show(0);
    } catch (err) {
      this.setStatus(`Could not load the queue: ${err.message}`, true);
    }
  }

  setStatus(message, isError = false) {
    replaceChildren(this.statusEl, message ?? '');
    this.statusEl.hidden = !message;
    this.statusEl.classList.toggle('error', isError);
  }

  renderList() {
    replaceChildren(this.listEl, this.items.map((item, i) => el('li', {
      class: i === this.index ? 'current' : null,
      dataset: { eventId: item.ev.id, status: item.done ?? '' },
    }, el('button', {
      type: 'button',
      on: { click: () => this.show(i) },
    }, el('span', { class: 'rq-doubt', text: item.doubt.toFixed(1) }), ' ', summarise(item.ev)))));
  }

  show(i) {
    if (!this.items.length) {
      replaceChildren(this.itemEl, el('p', { class: 'muted', text: 'Every event has been reviewed.' }));
      return;
    }
    this.index = Math.max(0, Math.min(i, this.items.length - 1));
    for (const [k, li] of [...this.listEl.children].entries()) li.classList.toggle('current', k === this.index);
    this.listEl.children[this.index]?.scrollIntoView({ block: 'nearest' });
    const { ev, reasons, done } = this.items[this.index];
    replaceChildren(this.itemEl,
      el('div', { class: 'rq-head', dataset: { eventId: ev.id } },
        el('span', { class: `badge kind kind-${ev.kind}`, text: ev.kind }),
        reasons.map((r) => el('span', { class: 'badge doubt', text: REASON_LABEL[r] ?? r })),
        done ? el('span', { class: `badge reviewed ${done}`, text: done }) : null),
      el('p', { class: 'rq-summary', text: summarise(ev) }),
      el('blockquote', { class: 'rq-evidence', lang: 'ar', dir: 'rtl' }, markedSentence(ev.evidence, ev.placeRange)),
      el('p', { class: 'muted' },
        `${ev.outlet ?? 'Unknown outlet'} · ${dateWindow(ev.dateMin, ev.dateMax)} · confidence ${this.items[this.index].event.confidence} · `,
        el('button', {
          type: 'button', class: 'link', text: 'Read the article',
          on: { click: () => document.dispatchEvent(new CustomEvent('saytara:open-article', { detail: { article: ev.article, eventId: ev.id } })) },
        })),
      el('label', { class: 'rq-note' }, 'Note (optional)',
        el('input', { type: 'text', name: 'note', dir: 'auto', autocomplete: 'off', maxlength: 2000 })),
      el('div', { class: 'rq-actions' },
        el('button', { type: 'button', class: 'primary', dataset: { action: 'confirm' }, text: 'Confirm (c)', on: { click: () => this.submit('confirm') } }),
        el('button', { type: 'button', class: 'danger', dataset: { action: 'reject' }, text: 'Reject (x)', on: { click: () => this.submit('reject') } }),
        el('button', { type: 'button', dataset: { action: 'edit' }, text: 'Edit (e)', on: { click: () => this.edit() } }),
        el('button', { type: 'button', class: 'link', text: 'Next (j)', on: { click: () => this.show(this.index + 1) } })),
      el('div', { class: 'rq-form-slot' }));
  }

  /** The correction form, with every field on "unchanged" until the analyst sets it. */
  edit() {
    const item = this.items[this.index];
    if (!item) return;
    const { ev } = item;
    // The sides come from the profile (GET /api/sides): the form names none itself.
    const sideOptions = (current) => [
      el('option', { value: '', text: `unchanged (${current ? sideLabel(current) : 'none'})` }),
      el('option', { value: 'null', text: 'none named' }),
      ...sideIds().map((s) => el('option', { value: s, text: sideLabel(s) })),
    ];
    const results = el('ul', { class: 'rq-places', role: 'listbox' });
    const chosen = el('input', { type: 'hidden', name: 'place' });
    const search = el('input', {
      type: 'search', name: 'place-search', dir: 'auto', autocomplete: 'off',
      placeholder: `unchanged (${ev.nameEn ?? ev.placeId}); type to search the gazetteer`,
    });
    let searchToken = 0;
    search.addEventListener('input', async () => {
      const q = search.value.trim();
      const token = ++searchToken;
      chosen.value = '';
      if (q.length < 2) {
        replaceChildren(results);
        return;
      }
      try {
        const found = await getJson(`/api/places?q=${encodeURIComponent(q)}&limit=8`);
        if (token !== searchToken) return;
        replaceChildren(results, found.places.map((p) => el('li', {},
          el('button', {
            type: 'button', dataset: { placeId: p.id },
            on: { click: () => { chosen.value = p.id; search.value = `${p.name_en ?? p.id} · ${p.name_ar ?? ''}`; replaceChildren(results); } },
          }, el('span', { text: p.name_en ?? p.id }), ' ', el('span', { lang: 'ar', dir: 'rtl', text: p.name_ar ?? '' }),
          ' ', el('span', { class: 'muted', text: `${p.type ?? ''} · ${p.id}` })))));
      } catch (err) {
        replaceChildren(results, el('li', { class: 'error', text: err.message }));
      }
    });
    const form = el('form', { class: 'rq-form', novalidate: true },
      el('label', {}, 'Place', search, chosen, results),
      el('div', { class: 'row' },
        el('label', {}, 'Kind', el('select', { name: 'kind' },
          el('option', { value: '', text: `unchanged (${ev.kind})` }), KINDS.map((k) => el('option', { value: k, text: k })))),
        el('label', {}, 'Claimed', el('select', { name: 'claimed' },
          el('option', { value: '', text: `unchanged (${ev.claimed ? 'yes' : 'no'})` }),
          el('option', { value: 'true', text: 'claimed only' }), el('option', { value: 'false', text: 'reported' })))),
      el('div', { class: 'row' },
        el('label', {}, 'Gaining side', el('select', { name: 'gaining_side' }, sideOptions(ev.kind === 'contested' ? actorSide(ev.actorGaining) : ev.controllerAfter ?? actorSide(ev.actorGaining)))),
        el('label', {}, 'Losing side', el('select', { name: 'losing_side' }, sideOptions(actorSide(ev.actorLosing))))),
      el('div', { class: 'row three' },
        el('label', {}, 'Date', el('input', { type: 'date', name: 'date', placeholder: ev.date })),
        el('label', {}, 'Earliest', el('input', { type: 'date', name: 'date_min' })),
        el('label', {}, 'Latest', el('input', { type: 'date', name: 'date_max' }))),
      el('div', { class: 'form-actions' },
        el('button', { type: 'submit', class: 'primary', text: 'Save correction (Ctrl+Enter)' }),
        el('button', { type: 'button', class: 'link', text: 'Cancel (Esc)', on: { click: () => this.closeForm() } })));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submitCorrection(form);
    });
    replaceChildren(this.itemEl.querySelector('.rq-form-slot'), form);
    search.focus();
  }

  closeForm() {
    const slot = this.itemEl.querySelector('.rq-form-slot');
    if (slot) replaceChildren(slot);
  }

  submitCorrection(form) {
    const data = new FormData(form);
    const set = {};
    if (data.get('place')) set.place = data.get('place');
    if (data.get('kind')) set.kind = data.get('kind');
    for (const f of ['gaining_side', 'losing_side']) {
      const v = data.get(f);
      if (v) set[f] = v === 'null' ? null : v;
    }
    if (data.get('claimed')) set.claimed = data.get('claimed') === 'true';
    for (const f of ['date', 'date_min', 'date_max']) {
      const v = data.get(f);
      if (v && isIsoDate(v)) set[f] = v;
    }
    if (!Object.keys(set).length) {
      this.setStatus('Nothing to correct: change at least one field.', true);
      return;
    }
    this.submit('correct', set);
  }

  async submit(action, set) {
    const item = this.items[this.index];
    if (!item || this.busy) return;
    this.busy = true;
    const note = this.itemEl.querySelector('input[name=note]')?.value.trim() || null;
    const body = { action, note };
    if (set) body.set = set;
    try {
      const review = await postJson(`/api/events/${encodeURIComponent(item.ev.id)}/review`, body);
      item.done = review.action === 'confirm' ? 'confirmed' : review.action === 'reject' ? 'rejected' : 'corrected';
      this.setStatus(`${item.done}: ${summarise(item.ev)}`);
      const li = this.listEl.children[this.index];
      if (li) li.dataset.status = item.done;
      document.dispatchEvent(new CustomEvent('saytara:reviewed', { detail: review }));
      const next = this.items.findIndex((it, k) => k > this.index && !it.done);
      this.show(next >= 0 ? next : this.index);
    } catch (err) {
      this.setStatus(`Not saved: ${err.message}`, true);
    } finally {
      this.busy = false;
    }
  }

  onKey(e) {
    if (e.defaultPrevented || e.altKey || e.metaKey) return;
    const inForm = e.target.closest?.('form.rq-form');
    if (inForm) {
      if (e.key === 'Enter' && e.ctrlKey) {
        e.preventDefault();
        this.submitCorrection(inForm);
      } else if (e.key === 'Escape') {
        e.preventDefault(); // leave the form, not the dialog
        this.closeForm();
      }
      return;
    }
    if (e.ctrlKey || e.target.closest?.('input, textarea, select')) return;
    const keys = {
      c: () => this.submit('confirm'),
      x: () => this.submit('reject'),
      e: () => this.edit(),
      j: () => this.show(this.index + 1),
      ArrowDown: () => this.show(this.index + 1),
      k: () => this.show(this.index - 1),
      ArrowUp: () => this.show(this.index - 1),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  }
}
