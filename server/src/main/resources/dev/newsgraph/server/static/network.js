// The actor network view: draws the edges table of the page (rows carry the actors' ids, kinds
// and event counts in data- attributes) with Cytoscape.js, so the page's data is read once.
// Names are taken as text and go into the graph as data, never as HTML.
(function () {
  'use strict';
  var el = document.getElementById('graph');
  if (!el || typeof cytoscape !== 'function') { return; }
  var rows = document.querySelectorAll('#edges tbody tr');
  var nodes = {};
  var edges = [];
  var max = 1;
  rows.forEach(function (row) {
    var cells = row.querySelectorAll('td');
    var s = row.getAttribute('data-source');
    var t = row.getAttribute('data-target');
    var events = parseInt(row.getAttribute('data-events'), 10) || 1;
    nodes[s] = { id: 'a' + s, actor: s, label: cells[0].textContent, kind: row.getAttribute('data-source-kind') };
    nodes[t] = { id: 'a' + t, actor: t, label: cells[1].textContent, kind: row.getAttribute('data-target-kind') };
    if (events > max) { max = events; }
    edges.push({ source: 'a' + s, target: 'a' + t, events: events, label: cells[3].textContent });
  });
  if (edges.length === 0) { el.textContent = 'No events between actors.'; return; }
  var elements = Object.keys(nodes).map(function (k) { return { data: nodes[k] }; });
  edges.forEach(function (e, i) {
    elements.push({ data: { id: 'e' + i, source: e.source, target: e.target, width: 1 + 7 * e.events / max, label: e.label } });
  });
  var cy = cytoscape({
    container: el,
    elements: elements,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom',
        'background-color': '#2b5797', 'width': 18, 'height': 18, 'color': '#111' } },
      { selector: 'node[kind = "ORGANIZATION"]', style: { 'shape': 'round-rectangle', 'background-color': '#7a4b00' } },
      { selector: 'node[kind = "LOCATION"]', style: { 'shape': 'triangle', 'background-color': '#1d6b3a' } },
      { selector: 'node[kind = "GROUP"]', style: { 'shape': 'diamond', 'background-color': '#6b1d5c' } },
      { selector: 'edge', style: { 'width': 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
        'line-color': '#888', 'target-arrow-color': '#888', 'label': 'data(label)', 'font-size': 9,
        'text-rotation': 'autorotate', 'color': '#333' } }
    ],
    layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true }
  });
  cy.on('tap', 'node', function (evt) { window.location.href = '/entities/' + encodeURIComponent(evt.target.data('actor')); });
  el.setAttribute('data-nodes', String(cy.nodes().length));
  el.setAttribute('data-edges', String(cy.edges().length));
  el.classList.add('ready');
}());
