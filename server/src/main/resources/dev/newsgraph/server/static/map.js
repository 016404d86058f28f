// The map view: draws the places table of the page (rows carry each point, its event count and
// commonest PLOVER type in data- attributes) on the world's country outlines, which the server
// ships (/static/map/countries-110m.json, Natural Earth via world-atlas, read by topojson-client).
// The projection is plate carrée, longitude and latitude as x and y, so a point needs no library.
// Names and evidence are taken as text and put into the page as text, never as HTML.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || typeof topojson !== 'object') { return; }
  var NS = 'http://www.w3.org/2000/svg';
  var W = 960;
  var H = 480;
  var TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'REQUEST', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT'];
  var status = document.getElementById('map-status');
  var panel = document.getElementById('place-events');
  var eventsQuery = el.getAttribute('data-events-query') || '';

  function x(lon) { return (lon + 180) / 360 * W; }
  function y(lat) { return (90 - lat) / 180 * H; }
  function svgEl(name, attrs) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function typeClass(type) { return TYPES.indexOf(type) >= 0 ? 'pt-' + type : 'pt-OTHER'; }

  var places = Array.prototype.map.call(document.querySelectorAll('#places tbody tr'), function (row) {
    var cells = row.querySelectorAll('td');
    return {
      lat: parseFloat(row.getAttribute('data-lat')),
      lon: parseFloat(row.getAttribute('data-lon')),
      events: parseInt(row.getAttribute('data-events'), 10) || 1,
      type: row.getAttribute('data-type') || '',
      near: row.getAttribute('data-near'),
      name: cells[0].textContent,
      country: cells[1].textContent,
      types: cells[3].textContent
    };
  });

  var svg = svgEl('svg', { viewBox: '0 0 ' + W + ' ' + H, 'aria-hidden': 'true', focusable: 'false' });
  var land = svgEl('g', { 'class': 'countries' });
  var dots = svgEl('g', { 'class': 'places' });
  svg.appendChild(svgEl('rect', { 'class': 'sea', x: 0, y: 0, width: W, height: H }));
  // the chosen place is outlined by a ring drawn over every circle (the circles themselves never move,
  // so a click that focuses the map still lands on the circle it began on)
  var ring = svgEl('circle', { 'class': 'chosen-ring', r: 0, cx: -100, cy: -100 });
  svg.appendChild(land);
  svg.appendChild(dots);
  svg.appendChild(ring);
  el.appendChild(svg);

  // circles by area for the count, the largest drawn first so that smaller ones stay on top
  var max = places.reduce(function (m, p) { return Math.max(m, p.events); }, 1);
  var circles = places.map(function (p, i) {
    var c = svgEl('circle', { cx: x(p.lon).toFixed(2), cy: y(p.lat).toFixed(2),
      r: (3 + 12 * Math.sqrt(p.events / max)).toFixed(2), 'class': 'place ' + typeClass(p.type), 'data-index': i });
    var title = svgEl('title');
    title.textContent = p.name + ': ' + p.events + (p.events === 1 ? ' event' : ' events') + ' (' + p.types + ')';
    c.appendChild(title);
    c.addEventListener('click', function () { choose(i); open(i); });
    return c;
  });
  circles.slice().sort(function (a, b) { return b.getAttribute('r') - a.getAttribute('r'); })
    .forEach(function (c) { dots.appendChild(c); });

  // the legend: the types on the map, by the same classes as the circles
  var legend = document.getElementById('map-legend');
  var shown = {};
  places.forEach(function (p) { shown[p.type] = true; });
  TYPES.filter(function (t) { return shown[t]; }).forEach(function (t) {
    var li = document.createElement('li');
    var key = svgEl('svg', { width: 12, height: 12, 'aria-hidden': 'true', focusable: 'false' });
    key.appendChild(svgEl('circle', { cx: 6, cy: 6, r: 5, 'class': 'place ' + typeClass(t) }));
    li.appendChild(key);
    li.appendChild(document.createTextNode(' ' + t));
    legend.appendChild(li);
  });

  function draw(ring, shift) {
    return ring.map(function (pt, i) {
      return (i === 0 ? 'M' : 'L') + x(pt[0] + shift).toFixed(1) + ',' + y(pt[1]).toFixed(1);
    }).join('') + 'Z';
  }
  // A ring that crosses the antimeridian (eastern Russia, Fiji) is made continuous, its longitudes
  // running past 180, and drawn again a world to the west or east: the map's edge cuts both, so no
  // line runs across the whole map. A ring around a pole (Antarctica) is drawn as it is.
  function ringPath(ring) {
    var off = 0;
    var jumps = 0;
    var prev = null;
    var flat = ring.map(function (pt) {
      var lon = pt[0] + off;
      if (prev !== null && lon - prev > 180) { off -= 360; lon -= 360; jumps++; }
      else if (prev !== null && prev - lon > 180) { off += 360; lon += 360; jumps++; }
      prev = lon;
      return [lon, pt[1]];
    });
    if (jumps === 0 || Math.abs(flat[flat.length - 1][0] - flat[0][0]) > 1) {
      return draw(ring, 0);
    }
    var lons = flat.map(function (pt) { return pt[0]; });
    var path = draw(flat, 0);
    if (Math.max.apply(null, lons) > 180) { path += draw(flat, -360); }
    if (Math.min.apply(null, lons) < -180) { path += draw(flat, 360); }
    return path;
  }
  function geometryPath(g) {
    if (!g) { return ''; }
    var polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    return polygons.map(function (rings) { return rings.map(ringPath).join(''); }).join('');
  }
  fetch('/static/map/countries-110m.json').then(function (r) {
    if (!r.ok) { throw new Error(String(r.status)); }
    return r.json();
  }).then(function (world) {
    var countries = topojson.feature(world, world.objects.countries).features;
    countries.forEach(function (f) {
      var path = svgEl('path', { d: geometryPath(f.geometry), 'class': 'country' });
      land.appendChild(path);
    });
    el.setAttribute('data-countries', String(countries.length));
  }).catch(function () {
    el.setAttribute('data-countries', '0');
    status.textContent = 'The country outlines could not be loaded; the places are drawn on a blank map.';
  }).then(function () {
    el.setAttribute('data-places', String(places.length));
    el.classList.add('ready');
  });

  // Keyboard: the map takes focus; arrow keys (and Home/End) step through the places, most events
  // first, the chosen one outlined and told in words in the live region; Enter lists its events.
  var at = -1;
  function choose(i) {
    if (places.length === 0) { return; }
    at = (i + places.length) % places.length;
    circles.forEach(function (c) { c.classList.remove('chosen'); });
    var c = circles[at];
    c.classList.add('chosen');
    ring.setAttribute('cx', c.getAttribute('cx'));
    ring.setAttribute('cy', c.getAttribute('cy'));
    ring.setAttribute('r', (parseFloat(c.getAttribute('r')) + 3).toFixed(2));
    var p = places[at];
    status.textContent = 'Place ' + (at + 1) + ' of ' + places.length + ': ' + p.name
        + (p.country ? ' (' + p.country + ')' : '') + ', ' + p.events + (p.events === 1 ? ' event' : ' events')
        + ': ' + p.types + '. Enter lists its events.';
    el.setAttribute('data-chosen', String(at));
  }

  // A place's events, with their evidence, read from the API by the same filters and the place's point.
  function open(i) {
    var p = places[i];
    panel.hidden = false;
    panel.textContent = '';
    var h = document.createElement('h2');
    h.id = 'place-events-title';
    h.tabIndex = -1;
    h.textContent = 'Events in ' + p.name;
    panel.appendChild(h);
    var wait = document.createElement('p');
    wait.textContent = 'Loading…';
    panel.appendChild(wait);
    h.focus();
    fetch('/api/events?' + eventsQuery + 'near=' + encodeURIComponent(p.near) + '&km=0.1&limit=50')
      .then(function (r) {
        if (!r.ok) { throw new Error(String(r.status)); }
        return r.json();
      }).then(function (page) {
        panel.removeChild(wait);
        var list = document.createElement('ul');
        list.className = 'place-event-list';
        page.items.forEach(function (e) { list.appendChild(eventItem(e)); });
        panel.appendChild(list);
        var all = document.createElement('p');
        var link = document.createElement('a');
        link.href = '/events?' + eventsQuery + 'near=' + encodeURIComponent(p.near) + '&km=0.1';
        link.textContent = 'All events in ' + p.name + ' on the events page';
        all.appendChild(link);
        panel.appendChild(all);
        panel.setAttribute('data-events', String(page.items.length));
      }).catch(function () {
        wait.textContent = 'The events could not be loaded.';
      });
  }

  function names(refs) {
    return (refs || []).map(function (a) { return a.name; }).join(' + ');
  }
  function eventItem(e) {
    var li = document.createElement('li');
    var head = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = e.type + (e.mode ? ' / ' + e.mode : '');
    head.appendChild(document.createTextNode((e.date || 'undated') + ' '));
    head.appendChild(strong);
    var who = names(e.sources);
    var whom = names(e.targets);
    if (who || whom) {
      head.appendChild(document.createTextNode(' ' + (who || '?') + (whom ? ' → ' + whom : '')));
    }
    li.appendChild(head);
    (e.reports || []).slice(0, 3).forEach(function (r) {
      var q = document.createElement('blockquote');
      q.textContent = (r.evidence || '') + ' ';
      var a = document.createElement('a');
      a.href = '/articles/' + encodeURIComponent(r.article_id) + '#ev-' + encodeURIComponent(r.local_id);
      a.textContent = r.title || '(untitled)';
      q.appendChild(a);
      li.appendChild(q);
    });
    return li;
  }

  el.tabIndex = 0;
  el.setAttribute('role', 'application');
  el.setAttribute('aria-roledescription', 'map');
  el.addEventListener('focus', function () { if (at < 0) { choose(0); } });
  el.addEventListener('keydown', function (evt) {
    var key = evt.key;
    if (key === 'ArrowRight' || key === 'ArrowDown') { choose(at + 1); }
    else if (key === 'ArrowLeft' || key === 'ArrowUp') { choose(at - 1); }
    else if (key === 'Home') { choose(0); }
    else if (key === 'End') { choose(places.length - 1); }
    else if (key === 'Enter' && at >= 0) { open(at); }
    else { return; }
    evt.preventDefault();
  });
  if (places.length === 0) { status.textContent = 'No located events match.'; }
}());
