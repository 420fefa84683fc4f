// Names of sides, actors, place types and outlets in English and Arabic, side colours, and the side
// each actor fights on: all from /api/labels, the server's one registry. Nothing here is hard-coded.
import { getJson } from './api.js';
import { lang } from './i18n.js';

let registry = { sides: {}, actors: {}, types: {}, outlets: {} };

/** Loads the registry and gives the stylesheet its side colours (--side-*). */
export async function loadLabels() {
  registry = await getJson('/api/labels');
  for (const [code, side] of Object.entries(registry.sides ?? {})) {
    if (side.colour) document.documentElement.style.setProperty(`--side-${code}`, side.colour);
  }
}

/** Side codes in the registry's order, "contested" and "unknown" last as they are in the file. */
export function sideCodes() {
  return Object.keys(registry.sides ?? {});
}

export function sideLabel(code) {
  const s = registry.sides?.[code];
  return s ? s[lang()] : code;
}

export function actorSide(actor) {
  return actor ? registry.actors?.[actor]?.side ?? null : null;
}

/** An actor's name, or its side's when the registry does not name it; null for no actor. */
export function actorLabel(actor) {
  if (!actor) return null;
  const a = registry.actors?.[actor];
  if (a) return a[lang()];
  const side = actorSide(actor);
  return side ? sideLabel(side) : actor;
}

export function typeLabel(code) {
  const t = registry.types?.[code];
  return t ? t[lang()] : (code ?? '').replace('_', ' ');
}

export function outletLabel(name) {
  if (!name) return null;
  const o = registry.outlets?.[name];
  return o ? o[lang()] : name;
}
