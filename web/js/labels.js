// Names in English and Arabic. Sides and actors (labels, colours, which side an actor fights on) are
// the server's profile (profile.js, from /api/sides and /api/actors); place types, outlets and
// governorates come from /api/labels. This module answers both in the interface's language.
import { getJson } from './api.js';
import { lang } from './i18n.js';
import { actorInfo, actorSide, sideIds, sideLabel as profileSideLabel } from './profile.js';

let registry = { types: {}, outlets: {} };

export { actorSide };

/** Loads the names of types, outlets and governorates. */
export async function loadLabels() {
  registry = await getJson('/api/labels');
}

/** The profile's sides in legend order, then the two states a place can be in that are not sides. */
export function sideCodes() {
  return [...sideIds(), 'contested', 'unknown'];
}

export function sideLabel(code) {
  return profileSideLabel(code, lang());
}

/** An actor's name as the registry writes it, capitalised; an unlisted faction by its own name. */
export function actorLabel(actor) {
  if (!actor) return null;
  const a = actorInfo(actor);
  if (!a) return actor;
  const name = lang() === 'ar' ? a.label_ar : a.label_en;
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : actor;
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
