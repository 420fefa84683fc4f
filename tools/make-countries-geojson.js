// Writes geodata/countries.geojson from Natural Earth 1:50m (npm world-atlas@2.0.2, countries-50m.json)
// with topojson-client@3.1.0, both found through NODE_PATH (see geodata/README.md). Usage: node THIS OUT
const fs = require("fs");
const topojson = require("topojson-client");
const topo = require("world-atlas/countries-50m.json");
const wanted = new Set(["Syria", "Turkey", "Iraq", "Jordan", "Lebanon", "Israel", "Palestine", "Cyprus", "N. Cyprus",
  "Egypt", "Saudi Arabia", "Iran", "Kuwait", "Georgia", "Armenia", "Azerbaijan"]);
const r4 = x => Math.round(x * 1e4) / 1e4;
const area = ring => { let s = 0; for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]; return s / 2; };
function cleanRing(ring, exterior) {
  const out = [];
  for (const [x, y] of ring) { const p = [r4(x), r4(y)]; const q = out[out.length - 1]; if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p); }
  if (out.length < 4) return null;
  const a = area(out);
  // RFC 7946: exterior rings counter-clockwise, holes clockwise.
  if ((exterior && a < 0) || (!exterior && a > 0)) out.reverse();
  return out;
}
const polygon = rings => { const out = []; rings.forEach((r, i) => { const c = cleanRing(r, i === 0); if (c) out.push(c); }); return out.length ? out : null; };
const all = topojson.feature(topo, topo.objects.countries).features;
const features = [];
for (const f of all) {
  if (!wanted.has(f.properties.name)) continue;
  const g = f.geometry;
  const polys = (g.type === "Polygon" ? [g.coordinates] : g.coordinates).map(polygon).filter(Boolean);
  const geometry = polys.length === 1 ? { type: "Polygon", coordinates: polys[0] } : { type: "MultiPolygon", coordinates: polys };
  features.push({ type: "Feature", properties: { name: f.properties.name, iso: f.id === undefined ? null : f.id }, geometry });
}
features.sort((a, b) => (a.properties.name === "Syria" ? -1 : b.properties.name === "Syria" ? 1 : a.properties.name.localeCompare(b.properties.name)));
const out = '{"type":"FeatureCollection","features":[\n' + features.map(f => JSON.stringify(f)).join(",\n") + "\n]}\n";
fs.writeFileSync(process.argv[2], out);
console.log(features.length + " countries, " + out.length + " bytes");
