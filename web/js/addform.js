// The "add an article" form: POST /api/articles, then show the events the server read from it,
// or its JSON error, as text.
import { api, ApiError } from './api.js';
import { el, markedSentence, replaceChildren } from './dom.js';
import { normaliseEvent, summarise } from './model.js';
import { t } from './i18n.js';

export class AddForm {
  constructor(dialog, { onAdded, onOpenArticle }) {
    this.dialog = dialog;
    this.form = dialog.querySelector('form');
    this.result = dialog.querySelector('.add-result');
    this.onAdded = onAdded;
    this.onOpenArticle = onOpenArticle;
    dialog.querySelector('.close').addEventListener('click', () => dialog.close());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.submit();
    });
  }

  open() {
    replaceChildren(this.result);
    this.dialog.showModal();
    this.form.elements.title.focus();
  }

  /** Empty optional fields go out as null, which is what the API expects for "unknown". */
  payload() {
    const value = (name) => {
      const v = this.form.elements[name].value.trim();
      return v === '' ? null : v;
    };
    return {
      title: value('title'), outlet: value('outlet'), url: value('url'),
      published: value('published'), text: this.form.elements.text.value,
    };
  }

  async submit() {
    const button = this.form.querySelector('button[type=submit]');
    button.disabled = true;
    replaceChildren(this.result, el('p', { class: 'muted', text: t('add.reading') }));
    try {
      const res = await api.addArticle(this.payload());
      const events = (res.events ?? []).map(normaliseEvent);
      const id = res.article?.id;
      replaceChildren(this.result,
        el('p', { class: 'ok', dataset: { articleId: id ?? '' }, text: t('add.added', { id: id ?? '', n: events.length }) }),
        el('ul', { class: 'events' }, events.map((ev) => el('li', { class: 'event' },
          el('p', { class: 'ev-summary', text: summarise(ev) }),
          ev.evidence ? el('blockquote', { class: 'ev-evidence', lang: 'ar', dir: 'rtl' }, markedSentence(ev.evidence, ev.placeRange)) : null))),
        id ? el('button', { type: 'button', class: 'link open-added', text: t('add.open'), on: { click: () => this.onOpenArticle(id) } }) : null);
      this.form.reset();
      await this.onAdded();
    } catch (err) {
      const detail = err instanceof ApiError
        ? t('add.error', { status: err.status, msg: err.message })
        : t('add.unreachable', { msg: err.message });
      replaceChildren(this.result, el('p', { class: 'error', role: 'alert', text: detail }));
    } finally {
      button.disabled = false;
    }
  }
}
