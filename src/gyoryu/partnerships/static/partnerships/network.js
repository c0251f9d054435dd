/* The relationship network page: draws the graph given in #network-data with Cytoscape.js (vendored, no
   network access), sizes nodes by betweenness and shows a node's ties when it is tapped.  When the graph is
   drawn, #network gets data-ready="true" and data-nodes / data-edges (what the browser tests wait on). */
(function () {
  "use strict";
  function run() {
    var box = document.getElementById("network");
    var dataEl = document.getElementById("network-data");
    if (!box || !dataEl || !window.cytoscape) return;
    var data = JSON.parse(dataEl.textContent);
    var labels = JSON.parse(document.getElementById("network-labels").textContent);
    var colours = { meeting: "#0b5cad", visit: "#2a8bd8", agreement: "#1d6b3a", programme: "#c25e00", lead: "#7a3fb0", delegation: "#138086", several: "#1b2330", member: "#b8c0ca" };
    var shapes = { city: "diamond", organisation: "ellipse", person: "triangle" };
    var top = data.nodes.reduce(function (m, n) { return Math.max(m, n.data.betweenness); }, 0) || 1;
    function size(n) { return (n.data("type") === "person" ? 12 : 18) + 34 * n.data("betweenness") / top; }
    var cy = window.cytoscape({
      container: box,
      elements: data.nodes.concat(data.edges),
      style: [
        { selector: "node", style: {
          label: "data(label)", "font-size": 10, "text-wrap": "ellipsis", "text-max-width": 110, color: "#1b2330",
          "text-valign": "bottom", "text-margin-y": 3, shape: function (n) { return shapes[n.data("type")] || "ellipse"; },
          "background-color": function (n) { return n.data("country") === "KR" ? "#0b5cad" : "#55606e"; },
          width: size, height: size, "min-zoomed-font-size": 7 } },
        { selector: "node[type = 'person']", style: { "font-size": 8, "background-color": "#8fa3b8", "min-zoomed-font-size": 9 } },
        { selector: "edge", style: {
          width: function (e) { return Math.min(1 + e.data("weight"), 6); }, "curve-style": "bezier", opacity: 0.8,
          "line-color": function (e) { return colours[e.data("kind")] || "#1b2330"; } } },
        { selector: "edge[kind = 'member']", style: { "line-style": "dashed", width: 1 } },
        { selector: ":selected", style: { "border-width": 3, "border-color": "#f0a500" } },
      ],
      layout: { name: "cose", animate: false, randomize: true, padding: 20, componentSpacing: 80,
        nodeRepulsion: function () { return 40000; }, idealEdgeLength: function () { return 90; }, nodeOverlap: 30 },
    });
    var info = document.getElementById("node-info");
    function text(tag, value, cls) {
      var el = document.createElement(tag);
      el.textContent = value;
      if (cls) el.className = cls;
      return el;
    }
    cy.on("tap", "node", function (evt) {
      var n = evt.target;
      info.replaceChildren();
      info.appendChild(text("h2", n.data("label")));
      info.appendChild(text("p", labels.betweenness + " " + n.data("betweenness").toFixed(3) + " · " + labels.degree + " " + n.data("degree").toFixed(3), "muted"));
      var list = document.createElement("ul");
      list.className = "plain";
      list.setAttribute("data-testid", "node-ties");
      n.connectedEdges().forEach(function (e) {
        var other = e.source().id() === n.id() ? e.target() : e.source();
        var how = e.data("kinds").map(function (k) { return labels[k] || k; }).join(", ");
        var fields = e.data("areas").map(function (a) { return labels[a] || a; }).join(", ");
        var line = other.data("label") + " — " + how + (fields ? " (" + fields + ")" : "") + (e.data("last") ? " · " + labels.last + " " + e.data("last") : "");
        list.appendChild(text("li", line));
      });
      if (!list.children.length) list.appendChild(text("li", labels.none, "muted"));
      info.appendChild(list);
    });
    box.dataset.nodes = String(cy.nodes().length);
    box.dataset.edges = String(cy.edges().length);
    box.dataset.ready = "true";
    window.gyoryuNetwork = cy;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
