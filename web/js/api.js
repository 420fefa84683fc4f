// Fetching from the Saytara HTTP API (docs/contract.md). Errors carry the server's
// {"error": "..."} message so the page can show it as it is.

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

async function readJson(res) {
  const text = await res.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const message = body && typeof body.error === 'string' ? body.error : `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, message, body ?? text);
  }
  if (body === null) throw new ApiError(res.status, 'The server did not send JSON', text);
  return body;
}

export async function getJson(path) {
  return readJson(await fetch(path, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, payload) {
  return readJson(await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload),
  }));
}

export const api = {
  meta: () => getJson('/api/meta'),
  sides: () => getJson('/api/sides'),
  actors: () => getJson('/api/actors'),
  frames: () => getJson('/api/frames').then((r) => r.frames ?? []),
  layers: (date) => getJson(`/api/layers/${encodeURIComponent(date)}`),
  // Only the places drawn otherwise than on `since` (README, "HTTP API"); the other layers whole.
  layersSince: (date, since) => getJson(`/api/layers/${encodeURIComponent(date)}?since=${encodeURIComponent(since)}`),
  place: (id) => getJson(`/api/places/${encodeURIComponent(id)}`),
  // The list may come bare or wrapped ({"places": [...]}); accept both.
  allPlaces: () => getJson('/api/places?all=true').then((r) => (Array.isArray(r) ? r : r.places ?? [])),
  article: (id) => getJson(`/api/articles/${encodeURIComponent(id)}`),
  basemap: () => getJson('/api/basemap.geojson'),
  addArticle: (article) => postJson('/api/articles', article),
};

/** Download URLs, also used by the links in the header. */
export const downloads = {
  frame: (date) => `/api/layers/${encodeURIComponent(date)}.geojson`,
  frameGpkg: (date) => `/api/layers/${encodeURIComponent(date)}.gpkg`,
  timeline: () => '/api/timeline.geojson',
  eventsCsv: () => '/api/events.csv',
};
