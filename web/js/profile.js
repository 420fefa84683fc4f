// The conflict's sides and actors, as the server's profile defines them (GET /api/sides and
// GET /api/actors, from the profile's sides.tsv and actors.tsv). This is the one place the page
// learns what sides exist, what they and their actors are called, and what colour each side is:
// nothing here names a side.

const registry = {
  sides: [],            // [{id, label_en, label_ar, text_en, colour}], in legend order
  sideById: new Map(),
  actorById: new Map(), // id -> {id, side, label_en, label_ar, colour}
};

// States of a place that are not sides: the page's own conventions, coloured in style.css.
const STATE_LABEL = { contested: 'Contested', unknown: 'Unknown' };
const STATE_LABEL_AR = { contested: 'متنازع عليه', unknown: 'غير معروف' };
const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Reads both answers of the API into the registry and gives every side its colour. */
export function installProfile(sidesBody, actorsBody) {
  // The server checks ids and colours; the page checks again, since an id becomes a CSS class.
  registry.sides = (sidesBody?.sides ?? []).filter((s) => ID.test(s.id) && COLOUR.test(s.colour));
  registry.sideById = new Map(registry.sides.map((s) => [s.id, s]));
  registry.actorById = new Map((actorsBody?.actors ?? []).map((a) => [a.id, a]));
  installColours(registry.sides);
}

/** The side ids, in the order of the legend. */
export function sideIds() {
  return registry.sides.map((s) => s.id);
}

export function isSide(id) {
  return registry.sideById.has(id);
}

/** A side's (or "contested"/"unknown"'s) label for the legend and lists, in the page's language. */
export function sideLabel(id, lang = 'en') {
  const s = registry.sideById.get(id);
  if (s) return lang === 'ar' ? s.label_ar : s.label_en;
  return (lang === 'ar' ? STATE_LABEL_AR[id] : STATE_LABEL[id]) ?? id ?? '';
}

/** The side an actor id fights on, or null (no side, or a faction the registry does not list). */
export function actorSide(actorId) {
  return actorId ? registry.actorById.get(actorId)?.side ?? null : null;
}

/** What the registry says of an actor id ({id, side, label_en, label_ar, colour}), or null. */
export function actorInfo(actorId) {
  return actorId ? registry.actorById.get(actorId) ?? null : null;
}

/** An actor's English name as the registry writes it, capitalised; an unlisted faction's own name. */
export function actorLabel(actorId) {
  if (!actorId) return null;
  const label = registry.actorById.get(actorId)?.label_en ?? actorId;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * The outline a side's marker gets instead of the white one: a darker shade of a light colour
 * (relative luminance above 0.6, a yellow), so it shows on a light map; null for other sides and
 * for the page's own states. The SVG rules below and the canvas markers (markers.js) both use it.
 */
export function sideOutline(id) {
  const s = registry.sideById.get(id);
  return s && luminance(s.colour) > 0.6 ? darker(s.colour) : null;
}

/**
 * Each side's colour as a CSS custom property (--side-<id>), and the rules that paint markers,
 * swatches and areas with it. CSSOM only: the page's Content-Security-Policy allows no inline style.
 */
function installColours(sides) {
  const root = document.documentElement;
  const rules = [];
  for (const s of sides) {
    root.style.setProperty(`--side-${s.id}`, s.colour);
    // A light colour (yellow) needs a dark outline to show on a light map.
    const outline = sideOutline(s.id);
    const stroke = outline ? ` stroke: ${outline};` : '';
    rules.push(`.pm-shape.side-${s.id} { fill: var(--side-${s.id}); }`);
    if (stroke) rules.push(`.pm-shape.side-${s.id}:not(.claimed) {${stroke} }`);
    rules.push(`.swatch.side-${s.id} { background: var(--side-${s.id}); }`);
  }
  if (typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((x) => !x.saytaraSides), sheet];
    sheet.saytaraSides = true;
    return;
  }
  const own = [...document.styleSheets].find((sh) => (sh.href ?? '').endsWith('style.css'));
  for (const r of rules) own?.insertRule(r, own.cssRules.length);
}

function channels(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
}

/** Relative luminance (WCAG 2). */
function luminance(hex) {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function darker(hex) {
  const [r, g, b] = channels(hex).map((c) => Math.round(c * 255 * 0.4));
  return `rgb(${r}, ${g}, ${b})`;
}
