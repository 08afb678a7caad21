// Writes src/main/resources/place/kazakhstan-outline.json: Kazakhstan's border as rings of [longitude, latitude],
// from Natural Earth's 1:50m countries (public domain) as the npm package world-atlas ships them (TopoJSON).
// Run once when the outline should change:  cd tools/kazakhstan-outline && npm install && npm run outline
// Kuzet reads only the JSON it writes; nothing is fetched when Kuzet runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const ATLAS = 'world-atlas/countries-50m.json';
const KAZAKHSTAN = '398'; // ISO 3166-1 numeric, world-atlas's feature id
const OUT = new URL('../../src/main/resources/place/kazakhstan-outline.json', import.meta.url);

const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
// bends whose triangle is smaller than this many square degrees go (Visvalingam): about 2 km by 2 km, less than a
// pixel of the drawing on a desktop screen; arcs shared with the neighbours stay shared, so no gap opens
const MIN_WEIGHT = 0.0004;
const topology = simplify(presimplify(JSON.parse(readFileSync(require.resolve(ATLAS), 'utf8'))), MIN_WEIGHT);
const country = feature(topology, topology.objects.countries).features.find(f => f.id === KAZAKHSTAN);
if (!country) {
  throw new Error(`no feature ${KAZAKHSTAN} in ${ATLAS}`);
}
const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;

// a hundredth of a degree (about a kilometre) is finer than a phone's pixel for the whole country
const round = v => Math.round(v * 100) / 100;
const rings = [];
for (const polygon of polygons) {
  for (const ring of polygon) {
    const points = [];
    for (const [lon, lat] of ring) {
      const p = [round(lon), round(lat)];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) {
        points.push(p);
      }
    }
    if (points.length > 3) {
      rings.push(points);
    }
  }
}
rings.sort((a, b) => b.length - a.length); // the mainland first

const outline = {
  name: 'Kazakhstan',
  source: `Natural Earth 1:50m Admin 0 countries (public domain, naturalearthdata.com), from the npm package `
    + `world-atlas ${atlasVersion} (${ATLAS}, feature ${KAZAKHSTAN}), made by tools/kazakhstan-outline/outline.mjs`,
  precision: `degrees, rounded to 0.01; bends under ${MIN_WEIGHT} square degrees dropped (Visvalingam)`,
  rings,
};
writeFileSync(OUT, JSON.stringify(outline) + '\n');
console.log(`${rings.length} rings, ${rings.reduce((n, r) => n + r.length, 0)} points -> ${OUT.pathname}`);
