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
        'text-rotation': 'autorotate', 'color': '#333' } },
      { selector: 'node.chosen', style: { 'border-width': 4, 'border-color': '#000', 'border-style': 'double',
        'width': 26, 'height': 26, 'font-weight': 'bold', 'z-index': 10 } }
    ],
    layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true }
  });
  cy.on('tap', 'node', function (evt) { window.location.href = '/entities/' + encodeURIComponent(evt.target.data('actor')); });

  // Keyboard: the graph takes focus; arrow keys (and Home/End) step through the actors, heaviest first,
  // the chosen one outlined and told in words in the live region below the graph; Enter opens its page.
  var order = cy.nodes().sort(function (a, b) {
    return weight(b) - weight(a) || a.data('label').localeCompare(b.data('label'));
  });
  var status = document.getElementById('graph-status');
  var at = -1;
  function weight(n) {
    return n.connectedEdges().reduce(function (sum, e) { return sum + edgeEvents(e); }, 0);
  }
  function edgeEvents(e) { return edges[parseInt(e.id().substring(1), 10)].events; }
  function names(list) {
    return list.map(function (n) { return n.data('label'); }).join(', ') || 'none';
  }
  function choose(i) {
    if (order.length === 0) { return; }
    at = (i + order.length) % order.length;
    cy.nodes().removeClass('chosen');
    var n = order[at];
    n.addClass('chosen');
    var kind = (n.data('kind') || '').toLowerCase();
    status.textContent = 'Actor ' + (at + 1) + ' of ' + order.length + ': ' + n.data('label')
        + (kind ? ' (' + kind + ')' : '') + ', ' + weight(n) + ' events. Acted on: '
        + names(n.outgoers('node').toArray()) + '. Acted on by: ' + names(n.incomers('node').toArray())
        + '. Enter opens its page.';
    el.setAttribute('data-chosen', n.data('actor'));
  }
  el.tabIndex = 0;
  el.setAttribute('role', 'application');
  el.setAttribute('aria-roledescription', 'network graph');
  el.addEventListener('focus', function () { if (at < 0) { choose(0); } });
  el.addEventListener('keydown', function (evt) {
    var key = evt.key;
    if (key === 'ArrowRight' || key === 'ArrowDown') { choose(at + 1); }
    else if (key === 'ArrowLeft' || key === 'ArrowUp') { choose(at - 1); }
    else if (key === 'Home') { choose(0); }
    else if (key === 'End') { choose(order.length - 1); }
    else if (key === 'Enter' && at >= 0) {
      window.location.href = '/entities/' + encodeURIComponent(order[at].data('actor'));
    } else { return; }
    evt.preventDefault();
  });
  el.setAttribute('data-nodes', String(cy.nodes().length));
  el.setAttribute('data-edges', String(cy.edges().length));
  el.classList.add('ready');
}());
