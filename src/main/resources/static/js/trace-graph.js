// Draws a trace (the JSON of GET /api/trace/...) as a left-to-right tree of SVG nodes, coloured by status.
// Each node hangs under one node of the level before it; ± expands or collapses what hangs below it.
(function () {
  var data = document.getElementById('trace-data');
  var container = document.getElementById('trace-graph');
  if (!data || !container) { return; }
  var trace = JSON.parse(data.textContent);
  if (!trace.nodes) { return; }

  var SVG = 'http://www.w3.org/2000/svg';
  var COLUMN = 230, ROW = 40, BOX_W = 190, BOX_H = 30, COLLAPSE_ABOVE = 12;
  var forward = trace.direction === 'FORWARD';
  var byKey = {};
  trace.nodes.forEach(function (n) { n.key = n.type + ':' + n.id; n.children = []; byKey[n.key] = n; });

  // The first edge from a node one level nearer the root makes that node the parent.
  trace.edges.forEach(function (e) {
    var from = byKey[e.fromType + ':' + e.from], to = byKey[e.toType + ':' + e.to];
    var parent = forward ? from : to, child = forward ? to : from;
    if (parent && child && !child.parent && child.level === parent.level + 1) {
      child.parent = parent;
      child.quantity = e.quantity;
      parent.children.push(child);
    }
  });
  trace.nodes.forEach(function (n) { n.collapsed = n.children.length > COLLAPSE_ABOVE; });

  function href(n) {
    switch (n.type) {
      case 'MATERIAL_LOT': case 'FINISHED_LOT': return '/lots/' + encodeURIComponent(n.id);
      case 'BATCH': return '/batches/' + encodeURIComponent(n.id);
      case 'SERIAL': return '/serials/' + encodeURIComponent(n.id);
      case 'SHIPMENT': return '/shipments/' + encodeURIComponent(n.id);
      case 'SUPPLIER': return '/trace?direction=FORWARD&id=' + encodeURIComponent(n.id);
      default: return '/master-data';
    }
  }

  function el(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function draw() {
    var root = byKey[trace.root.type + ':' + trace.root.id];
    var rows = 0, placed = [];
    (function place(n) {
      placed.push(n);
      var visible = n.collapsed ? [] : n.children;
      if (visible.length === 0) { n.y = rows++ * ROW; } else {
        visible.forEach(place);
        n.y = (visible[0].y + visible[visible.length - 1].y) / 2;
      }
    })(root);
    var depth = placed.reduce(function (m, n) { return Math.max(m, n.level); }, 0);
    container.innerHTML = '';
    var svg = el('svg', {width: (depth + 1) * COLUMN + 20, height: Math.max(rows, 1) * ROW + 20, role: 'img'}, container);
    placed.forEach(function (n) {
      if (n.parent) {
        el('path', {'class': 'trace-edge', d: 'M' + (n.parent.level * COLUMN + BOX_W + 10) + ',' + (n.parent.y + 10 + BOX_H / 2)
            + ' C' + (n.level * COLUMN - 10) + ',' + (n.parent.y + 10 + BOX_H / 2) + ' ' + (n.level * COLUMN - 10) + ','
            + (n.y + 10 + BOX_H / 2) + ' ' + (n.level * COLUMN + 10) + ',' + (n.y + 10 + BOX_H / 2)}, svg);
      }
    });
    placed.forEach(function (n) {
      var g = el('g', {'class': 'trace-node status-' + n.status, 'data-node': n.key,
        transform: 'translate(' + (n.level * COLUMN + 10) + ',' + (n.y + 10) + ')'}, svg);
      el('rect', {width: BOX_W, height: BOX_H, rx: 5}, g);
      var title = el('title', {}, g);
      title.textContent = n.type + ' ' + n.id + ' · ' + n.status + (n.quantity != null ? ' · ' + n.quantity : '')
          + Object.keys(n.details || {}).filter(function (k) { return n.details[k] != null; })
            .map(function (k) { return '\n' + k + ': ' + n.details[k]; }).join('');
      var link = el('a', {href: href(n)}, g);
      var kind = el('text', {x: 8, y: 12, 'class': 'trace-kind'}, link);
      kind.textContent = n.type.replace('_', ' ') + (n.status ? ' · ' + n.status : '');
      var label = el('text', {x: 8, y: 25, 'class': 'trace-id'}, link);
      label.textContent = n.id.length > 26 ? n.id.slice(0, 25) + '…' : n.id;
      if (n.children.length > 0) {
        var toggle = el('g', {'class': 'trace-toggle', transform: 'translate(' + (BOX_W - 12) + ',' + (BOX_H / 2) + ')',
          tabindex: 0, role: 'button', 'aria-label': (n.collapsed ? 'Expand ' : 'Collapse ') + n.id}, g);
        el('circle', {r: 9}, toggle);
        var sign = el('text', {x: 0, y: 4, 'text-anchor': 'middle'}, toggle);
        sign.textContent = n.collapsed ? '+' + n.children.length : '−';
        var flip = function (event) { event.preventDefault(); n.collapsed = !n.collapsed; draw(); };
        toggle.addEventListener('click', flip);
        toggle.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') { flip(event); } });
      }
    });
  }
  draw();
})();
