// The actor network view: reads /api/network (the URL is in the graph element's data-src) and
// draws it with Cytoscape.js. Names go into the graph as data, never as HTML.
(function () {
  'use strict';
  var el = document.getElementById('graph');
  if (!el || typeof cytoscape !== 'function') { return; }
  fetch(el.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (net) {
      var max = 1;
      net.edges.forEach(function (e) { if (e.events > max) { max = e.events; } });
      var elements = [];
      net.nodes.forEach(function (n) {
        elements.push({ data: { id: 'a' + n.id, actor: n.id, label: String(n.name), kind: String(n.type || '') } });
      });
      net.edges.forEach(function (e, i) {
        var types = Object.keys(e.types).map(function (t) { return t + ' ' + e.types[t]; }).join(', ');
        elements.push({ data: { id: 'e' + i, source: 'a' + e.source, target: 'a' + e.target,
          width: 1 + 7 * e.events / max, label: types } });
      });
      var cy = cytoscape({
        container: el,
        elements: elements,
        style: [
          { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom',
            'background-color': '#2b5797', 'width': 18, 'height': 18, 'color': '#111' } },
          { selector: 'node[kind = "PERSON"]', style: { 'shape': 'ellipse' } },
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
    })
    .catch(function (err) {
      el.textContent = 'The graph could not be drawn (' + err.message + '); the table below lists the same edges.';
    });
}());
