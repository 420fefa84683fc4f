// The time control: a slider over the frames, the date written out, play/pause, step, speed, and
// under the slider a strip of how many places changed per month (per week or day when zoomed in),
// on which a drag zooms the slider into a range of dates. With thousands of frames, tick marks
// would merge into one bar; the strip stays readable at any density.
import { el, longDate, replaceChildren, svg } from './dom.js';
import { longDateParts, t } from './i18n.js';

/** Frames up to which one tick per frame is still readable under the slider. */
const MAX_TICKS = 120;
/** Bars the strip aims at across its width. */
const MAX_BARS = 120;
const DAY = 86400000;

export class TimeBar {
  /**
   * `onSelect(index, how)` is called when the user or the player picks a frame; `how` is
   * 'user' or 'play' (the page keeps play steps out of the browser history). It may return a
   * promise that settles once the frame is drawn: play waits for it, so no frame is skipped.
   */
  constructor(root, { onSelect }) {
    this.onSelect = onSelect;
    this.frames = [];
    this.index = 0;
    this.lo = 0; // the zoomed range of frame indexes, inclusive
    this.hi = 0;
    this.playing = false;
    this.timer = null;
    this.slider = root.querySelector('#slider');
    this.dateEl = root.querySelector('#date-display');
    this.countEl = root.querySelector('#frame-count');
    this.playBtn = root.querySelector('#play');
    this.speedEl = root.querySelector('#speed');
    this.strip = root.querySelector('#density');
    this.resetBtn = root.querySelector('#zoom-reset');
    root.querySelector('#prev').addEventListener('click', () => this.step(-1));
    root.querySelector('#next').addEventListener('click', () => this.step(1));
    this.playBtn.addEventListener('click', () => this.toggle());
    this.slider.addEventListener('input', () => {
      this.pause();
      this.onSelect(Number(this.slider.value), 'user');
    });
    this.resetBtn?.addEventListener('click', () => this.zoom(0, this.frames.length - 1));
    if (this.strip) this.listenToStrip();
  }

  setFrames(frames) {
    const before = this.frames;
    this.frames = frames;
    // Keep a zoom across a refresh when its dates still exist; otherwise show everything.
    const lo = before.length ? this.indexOfDate(before[this.lo]?.date, false) : 0;
    const hi = before.length ? this.indexOfDate(before[this.hi]?.date, true) : frames.length - 1;
    const zoomed = before.length && (this.lo > 0 || this.hi < before.length - 1) && lo <= hi;
    this.applyRange(zoomed ? lo : 0, zoomed ? hi : Math.max(0, frames.length - 1));
  }

  /** The first frame on or after a date (or the last on or before it, when `last`). */
  indexOfDate(date, last) {
    if (!date) return last ? this.frames.length - 1 : 0;
    let lo = 0, hi = this.frames.length - 1, found = last ? 0 : this.frames.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (last ? this.frames[mid].date <= date : this.frames[mid].date >= date) {
        found = mid;
        if (last) lo = mid + 1; else hi = mid - 1;
      } else if (last) hi = mid - 1; else lo = mid + 1;
    }
    return found;
  }

  /** Zooms the slider into frames lo..hi (indexes into all frames). */
  zoom(lo, hi) {
    if (!this.frames.length) return;
    this.applyRange(Math.max(0, Math.min(lo, hi)), Math.min(this.frames.length - 1, Math.max(lo, hi)));
    if (this.index < this.lo || this.index > this.hi) this.onSelect(this.index < this.lo ? this.lo : this.hi, 'user');
    else this.show(this.frames[this.index].date, this.index);
  }

  applyRange(lo, hi) {
    this.lo = lo;
    this.hi = hi;
    const n = this.frames.length;
    this.slider.min = String(lo);
    this.slider.max = String(hi);
    this.slider.disabled = n < 2;
    const zoomed = n > 0 && (lo > 0 || hi < n - 1);
    if (this.resetBtn) this.resetBtn.hidden = !zoomed;
    document.body.dataset.zoomed = String(zoomed);
    // One tick per frame only while they stay apart.
    const ticks = document.getElementById('frame-ticks');
    const visible = hi - lo + 1;
    replaceChildren(ticks, visible <= MAX_TICKS
      ? this.frames.slice(lo, hi + 1).map((f, i) => el('option', { value: String(lo + i), label: f.date }))
      : []);
    this.drawStrip();
  }

  /** The date and the buttons again, in the interface's language. */
  relabel() {
    this.drawStrip();
    if (this.shown) this.show(...this.shown);
    this.render();
  }

  /** Shows a date; `index` is the frame the slider sits on (the last frame not after the date). */
  show(date, index) {
    this.shown = [date, index];
    this.index = index;
    if (index < this.lo || index > this.hi) this.applyRange(Math.min(this.lo, index), Math.max(this.hi, index));
    this.slider.value = String(index);
    this.slider.setAttribute('aria-valuetext', longDate(date));
    // Weekday apart, so narrow screens can drop it and keep the date whole.
    const { weekday, date: day } = longDateParts(date);
    const comma = document.documentElement.lang === 'ar' ? '، ' : ', ';
    replaceChildren(this.dateEl, weekday ? [el('span', { class: 'wd', text: `${weekday}${comma}` }), day] : day);
    this.dateEl.dateTime = date;
    const zoomed = this.lo > 0 || this.hi < this.frames.length - 1;
    this.countEl.textContent = t('frame.count', { n: index + 1, all: this.frames.length })
      + (zoomed ? t('frame.zoomed', { n: this.hi - this.lo + 1 }) : '');
    this.markStrip(date);
  }

  step(delta) {
    this.pause();
    const next = Math.min(this.hi, Math.max(this.lo, this.index + delta));
    if (next !== this.index) this.onSelect(next, 'user');
  }

  toggle() {
    if (this.playing) this.pause();
    else this.play();
  }

  interval() {
    return 1600 / Number(this.speedEl.value || 1);
  }

  play() {
    if (this.hi - this.lo < 1) return;
    this.playing = true;
    this.render();
    // At the end (of the zoomed range), play starts over from its first frame.
    if (this.index >= this.hi) this.onSelect(this.lo, 'play');
    this.schedule();
  }

  /**
   * Play visits every frame in turn, never jumping: each step waits for the frame before it to be
   * drawn, however slowly it loads, so every frame's changes are shown.
   */
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      if (!this.playing) return;
      if (this.index >= this.hi) {
        this.pause();
        return;
      }
      await this.onSelect(this.index + 1, 'play');
      if (this.index >= this.hi) this.pause();
      else if (this.playing) this.schedule();
    }, this.interval());
  }

  pause() {
    clearTimeout(this.timer);
    if (!this.playing) return;
    this.playing = false;
    this.render();
  }

  render() {
    this.playBtn.setAttribute('aria-pressed', String(this.playing));
    this.playBtn.setAttribute('aria-label', this.playing ? t('pause') : t('play'));
    this.playBtn.title = this.playing ? t('pause.title') : t('play.title');
    this.playBtn.classList.toggle('playing', this.playing);
    document.body.dataset.playing = String(this.playing);
  }

  // ---- the strip of changes ----------------------------------------------------------------

  /** Buckets of the zoomed range: per month, or per week or day when few enough. */
  buckets() {
    const first = this.frames[this.lo]?.date, last = this.frames[this.hi]?.date;
    if (!first) return { unit: 'month', list: [] };
    const t0 = Date.parse(first), t1 = Date.parse(last);
    const days = Math.round((t1 - t0) / DAY) + 1;
    const unit = days <= MAX_BARS ? 'day' : days <= MAX_BARS * 7 ? 'week' : 'month';
    const start = unit === 'month' ? first.slice(0, 7) + '-01' : first;
    const keyOf = (iso) => {
      if (unit === 'month') return iso.slice(0, 7);
      if (unit === 'day') return iso;
      return String(Math.floor((Date.parse(iso) - Date.parse(start)) / (7 * DAY)));
    };
    const list = [];
    let current = null;
    for (let i = this.lo; i <= this.hi; i++) {
      const f = this.frames[i];
      const key = keyOf(f.date);
      if (!current || current.key !== key) {
        current = { key, from: i, to: i, changes: 0, date: f.date };
        list.push(current);
      }
      current.to = i;
      current.changes += f.changes ?? 0;
    }
    return { unit, list, t0: Date.parse(start), t1: t1 + DAY };
  }

  drawStrip() {
    if (!this.strip) return;
    const { unit, list, t0, t1 } = this.buckets();
    this.stripScale = { t0, t1 };
    const width = 1000, height = 24;
    this.strip.setAttribute('viewBox', `0 0 ${width} ${height}`);
    this.strip.setAttribute('preserveAspectRatio', 'none');
    this.strip.setAttribute('aria-label', t(`strip.${unit}`));
    const max = Math.max(1, ...list.map((b) => b.changes));
    const x = (iso) => ((Date.parse(iso) - t0) / Math.max(1, t1 - t0)) * width;
    const span = unit === 'month' ? 30.4 * DAY : unit === 'week' ? 7 * DAY : DAY;
    const barW = Math.max(1, (span / Math.max(1, t1 - t0)) * width - 1);
    const nodes = list.map((b) => {
      // A root scale keeps a month of a few changes visible beside one of thousands.
      const h = b.changes ? Math.max(2, Math.sqrt(b.changes / max) * (height - 2)) : 1;
      const start = unit === 'month' ? `${b.key}-01` : b.date;
      const title = svg('title');
      const frames = b.to - b.from + 1;
      title.textContent = t(b.changes === 1 ? 'strip.bar.change' : 'strip.bar.changes', { when: unit === 'month' ? b.key : b.date, n: b.changes })
        + t(frames === 1 ? 'strip.bar.frame' : 'strip.bar.frames', { n: frames });
      return svg('rect', { class: 'bar', x: x(start).toFixed(1), y: (height - h).toFixed(1), width: barW.toFixed(1), height: h.toFixed(1), 'data-from': String(b.from) }, title);
    });
    this.cursor = svg('rect', { class: 'cursor', x: 0, y: 0, width: 2, height });
    this.selection = svg('rect', { class: 'selection', x: 0, y: 0, width: 0, height, visibility: 'hidden' });
    replaceChildren(this.strip, ...nodes, this.selection, this.cursor);
    if (this.frames[this.index]) this.markStrip(this.frames[this.index].date);
  }

  markStrip(date) {
    if (!this.cursor || !this.stripScale) return;
    const { t0, t1 } = this.stripScale;
    this.cursor.setAttribute('x', (((Date.parse(date) - t0) / Math.max(1, t1 - t0)) * 1000 - 1).toFixed(1));
  }

  /** The date under a pointer position on the strip. */
  dateAt(clientX) {
    const r = this.strip.getBoundingClientRect();
    const { t0, t1 } = this.stripScale;
    const share = Math.min(1, Math.max(0, (clientX - r.left) / Math.max(1, r.width)));
    return new Date(t0 + share * (t1 - t0)).toISOString().slice(0, 10);
  }

  listenToStrip() {
    let from = null;
    this.strip.addEventListener('pointerdown', (e) => {
      if (!this.frames.length) return;
      from = e.clientX;
      this.strip.setPointerCapture(e.pointerId);
    });
    this.strip.addEventListener('pointermove', (e) => {
      if (from === null) return;
      const r = this.strip.getBoundingClientRect();
      const a = Math.min(from, e.clientX) - r.left, b = Math.max(from, e.clientX) - r.left;
      this.selection.setAttribute('x', ((a / r.width) * 1000).toFixed(1));
      this.selection.setAttribute('width', (((b - a) / r.width) * 1000).toFixed(1));
      this.selection.setAttribute('visibility', 'visible');
    });
    this.strip.addEventListener('pointerup', (e) => {
      if (from === null) return;
      const start = from;
      from = null;
      this.selection.setAttribute('visibility', 'hidden');
      const d1 = this.dateAt(Math.min(start, e.clientX)), d2 = this.dateAt(Math.max(start, e.clientX));
      if (Math.abs(e.clientX - start) < 4) {
        // A click goes to the first frame of that date or after it.
        this.pause();
        this.onSelect(Math.min(this.hi, Math.max(this.lo, this.indexOfDate(d1, false))), 'user');
        return;
      }
      const lo = this.indexOfDate(d1, false), hi = this.indexOfDate(d2, true);
      if (lo <= hi) this.zoom(lo, hi);
    });
  }
}
