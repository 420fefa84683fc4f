// Small DOM helpers. Everything that comes from an article (titles, sentences, names, outlets)
// goes into the page through these as text nodes: nothing here ever parses a string as HTML.

/**
 * Creates an element. `attrs` may hold `class`, `text` (set as textContent), `dataset` (object),
 * `on` (event name -> handler) and any other attribute, set with setAttribute.
 * Children may be nodes or strings; strings become text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  applyAttrs(node, attrs);
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Same as el() for SVG elements (they need the SVG namespace to render). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  applyAttrs(node, attrs);
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

function applyAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.setAttribute('class', value);
    else if (key === 'dataset') for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

/** Removes all children and appends the given ones. */
export function replaceChildren(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c != null && c !== false)
    .map((c) => (c instanceof Node ? c : document.createTextNode(String(c)))));
}

/**
 * A sentence with one part highlighted: before / <mark> / after, all as text nodes.
 * `range` is [start, end) in UTF-16 units (what Java's String offsets are), or null for no mark.
 */
export function markedSentence(sentence, range, markClass = 'place-mark') {
  const frag = document.createDocumentFragment();
  const text = sentence ?? '';
  if (!range || !(range[0] >= 0 && range[1] > range[0] && range[1] <= text.length)) {
    frag.append(document.createTextNode(text));
    return frag;
  }
  frag.append(document.createTextNode(text.slice(0, range[0])));
  frag.append(el('mark', { class: markClass, text: text.slice(range[0], range[1]) }));
  frag.append(document.createTextNode(text.slice(range[1])));
  return frag;
}

// Dates are written in the interface's language (i18n.js): English, or Arabic with Levantine months.
export { shortDate, longDate, dateWindow } from './i18n.js';

/** True for ISO calendar dates that really exist (2016-02-30 is not one). */
export function isIsoDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1
    && d.getUTCDate() === Number(m[3]);
}

/** Only http(s) links from articles become clickable: a `javascript:` URL would run code. */
export function safeHref(url) {
  try {
    const u = new URL(url, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
