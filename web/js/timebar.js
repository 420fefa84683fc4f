// The time control: a slider over the frames, the date written out, play/pause, step, speed.
import { el, longDate, replaceChildren } from './dom.js';
import { longDateParts, t } from './i18n.js';

export class TimeBar {
  /**
   * `onSelect(index, how)` is called when the user or the player picks a frame; `how` is
   * 'user' or 'play' (the page keeps play steps out of the browser history).
   */
  constructor(root, { onSelect }) {
    this.onSelect = onSelect;
    this.frames = [];
    this.index = 0;
    this.playing = false;
    this.timer = null;
    this.slider = root.querySelector('#slider');
    this.dateEl = root.querySelector('#date-display');
    this.countEl = root.querySelector('#frame-count');
    this.playBtn = root.querySelector('#play');
    this.speedEl = root.querySelector('#speed');
    root.querySelector('#prev').addEventListener('click', () => this.step(-1));
    root.querySelector('#next').addEventListener('click', () => this.step(1));
    this.playBtn.addEventListener('click', () => this.toggle());
    this.slider.addEventListener('input', () => {
      this.pause();
      this.onSelect(Number(this.slider.value), 'user');
    });
  }

  setFrames(frames) {
    this.frames = frames;
    this.slider.min = '0';
    this.slider.max = String(Math.max(0, frames.length - 1));
    this.slider.disabled = frames.length < 2;
    // One tick per frame under the slider.
    const ticks = document.getElementById('frame-ticks');
    replaceChildren(ticks, frames.map((f, i) => el('option', { value: String(i), label: f.date })));
  }

  /** The date and the buttons again, in the interface's language. */
  relabel() {
    if (this.shown) this.show(...this.shown);
    this.render();
  }

  /** Shows a date; `index` is the frame the slider sits on (the last frame not after the date). */
  show(date, index) {
    this.shown = [date, index];
    this.index = index;
    this.slider.value = String(index);
    this.slider.setAttribute('aria-valuetext', longDate(date));
    // Weekday apart, so narrow screens can drop it and keep the date whole.
    const { weekday, date: day } = longDateParts(date);
    const comma = document.documentElement.lang === 'ar' ? '، ' : ', ';
    replaceChildren(this.dateEl, weekday ? [el('span', { class: 'wd', text: `${weekday}${comma}` }), day] : day);
    this.dateEl.dateTime = date;
    this.countEl.textContent = t('frame.count', { n: index + 1, all: this.frames.length });
  }

  step(delta) {
    this.pause();
    const next = Math.min(this.frames.length - 1, Math.max(0, this.index + delta));
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
    if (this.frames.length < 2) return;
    this.playing = true;
    this.render();
    // At the end, play starts over from the first frame.
    if (this.index >= this.frames.length - 1) this.onSelect(0, 'play');
    this.schedule();
  }

  /** The next step waits for the current frame to be drawn, so slow loads never skip frames. */
  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      if (!this.playing) return;
      if (this.index >= this.frames.length - 1) {
        this.pause();
        return;
      }
      await this.onSelect(this.index + 1, 'play');
      if (this.index >= this.frames.length - 1) this.pause();
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
}
