// The article reader: the full text with every evidence sentence and place name marked.
// The text is cut at span boundaries and each piece goes in as a text node: never as HTML.
import { el, replaceChildren, safeHref, shortDate } from './dom.js';
import { normaliseEvent, summarise } from './model.js';
import { t } from './i18n.js';
import { outletLabel } from './labels.js';

/**
 * Splits `text` at every span boundary; each piece knows which evidence sentences and place
 * names cover it. Overlapping spans (a place inside its sentence) therefore just work.
 */
export function segments(text, events) {
  const spans = [];
  for (const ev of events) {
    for (const [span, what] of [[ev.evidenceSpan, 'evidence'], [ev.placeSpan, 'place']]) {
      if (span && span.start >= 0 && span.end > span.start && span.end <= text.length) {
        spans.push({ start: span.start, end: span.end, what, id: ev.id });
      }
    }
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    out.push({
      text: text.slice(a, b),
      evidence: [...new Set(covering.filter((s) => s.what === 'evidence').map((s) => s.id))],
      place: covering.some((s) => s.what === 'place'),
    });
  }
  return out;
}

export class Reader {
  constructor(dialog, { onSelectPlace }) {
    this.dialog = dialog;
    this.onSelectPlace = onSelectPlace;
    dialog.querySelector('.close').addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close(); // a click on the backdrop
    });
  }

  showLoading() {
    replaceChildren(this.dialog.querySelector('.reader-body'), el('p', { class: 'muted', text: t('reader.loading') }));
    replaceChildren(this.dialog.querySelector('.reader-title'), t('reader.article'));
    replaceChildren(this.dialog.querySelector('.reader-meta'));
    replaceChildren(this.dialog.querySelector('.reader-events'));
    if (!this.dialog.open) this.dialog.showModal();
  }

  showError(message) {
    replaceChildren(this.dialog.querySelector('.reader-body'), el('p', { class: 'error', text: message }));
  }

  show(article, focusEventId) {
    const events = (article.events ?? []).map(normaliseEvent);
    const title = article.title || t('reader.untitled');
    replaceChildren(this.dialog.querySelector('.reader-title'), el('span', { lang: 'ar', dir: 'auto', text: title }));
    const href = safeHref(article.url);
    replaceChildren(this.dialog.querySelector('.reader-meta'),
      el('span', { class: 'outlet', text: outletLabel(article.outlet) || t('outlet.unknown') }),
      ' · ',
      el('span', { text: article.published ? t('reader.published', { date: shortDate(article.published) }) : t('reader.nodate') }),
      ' · ',
      el('span', { class: 'muted', text: article.id }),
      href ? [' · ', el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow', text: t('reader.source') })] : null);

    const body = el('div', { class: 'article-text', lang: article.language || 'ar', dir: 'auto' });
    for (const seg of segments(article.text ?? '', events)) {
      if (!seg.evidence.length && !seg.place) {
        body.append(document.createTextNode(seg.text));
        continue;
      }
      const classes = [seg.evidence.length ? 'evidence' : null, seg.place ? 'place-mark' : null,
        seg.evidence.includes(focusEventId) ? 'focus' : null].filter(Boolean).join(' ');
      body.append(el('mark', { class: classes, dataset: { eventIds: seg.evidence.join(' ') }, text: seg.text }));
    }
    replaceChildren(this.dialog.querySelector('.reader-body'), body);
    replaceChildren(this.dialog.querySelector('.reader-events'),
      el('h4', { text: t('reader.events', { n: events.length }) }),
      el('ol', {}, events.map((ev) => el('li', { class: ev.id === focusEventId ? 'focus' : null },
        el('button', {
          type: 'button', class: 'link', text: summarise(ev),
          on: { click: () => this.scrollTo(ev.id) },
        })))));
    if (!this.dialog.open) this.dialog.showModal();
    if (focusEventId) this.scrollTo(focusEventId);
  }

  scrollTo(eventId) {
    const marks = [...this.dialog.querySelectorAll('mark.evidence')]
      .filter((m) => m.dataset.eventIds.split(' ').includes(eventId));
    for (const m of this.dialog.querySelectorAll('mark.focus')) m.classList.remove('focus');
    for (const m of marks) m.classList.add('focus');
    marks[0]?.scrollIntoView({ block: 'center' });
  }
}
