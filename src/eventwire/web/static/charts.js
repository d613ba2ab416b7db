// eventwire web page: the SVG charts (quad-class timeline, actor network). Hand-written, no libraries.
// Uses the DOM helpers h/s, fmt/gold and QUAD from app.js (classic scripts share globals).
"use strict";

// ---- charts ----------------------------------------------------------------
function legend() {
  return h("div", { class: "legend" }, [1, 2, 3, 4].map((q) => h("span", {}, h("span", { class: "q q" + q }), QUAD[q])),
    h("span", {}, h("span", { class: "line" }), "Mean Goldstein (right axis, −10…+10)"));
}
function addPeriod(date, by) {
  const d = new Date(date);
  if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}
// Stacked quad-class bars on a time axis, with a mean-Goldstein line on its own axis.
function quadChart(periods, by, opts) {
  const W = 1000, H = 240, L = 44, R = 44, T = 10, B = 26;
  const t0 = Date.parse(periods[0].period + "T00:00:00Z");
  const t1 = addPeriod(periods[periods.length - 1].period + "T00:00:00Z", by).getTime();
  const x = (t) => L + ((t - t0) / Math.max(1, t1 - t0)) * (W - L - R);
  const maxCount = Math.max(1, ...periods.map((p) => p.events));
  const y = (n) => H - B - (n / maxCount) * (H - T - B);
  const yg = (g) => T + ((10 - g) / 20) * (H - T - B);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": "events per period by quad class" });
  const axis = s("g", { class: "axis" });
  for (const n of niceTicks(maxCount)) axis.append(s("line", { x1: L, x2: W - R, y1: y(n), y2: y(n) }), s("text", { x: L - 6, y: y(n) + 4, "text-anchor": "end" }, fmt(n)));
  for (const g of [-10, -5, 0, 5, 10]) axis.append(s("text", { x: W - R + 6, y: yg(g) + 4 }, (g > 0 ? "+" : "") + g));
  axis.append(s("line", { class: "zero", x1: L, x2: W - R, y1: yg(0), y2: yg(0) }));
  for (const label of periodTicks(t0, t1, by, 10).filter((l) => x(l.t) < W - R - 40)) axis.append(s("text", { x: x(label.t), y: H - 8, "text-anchor": "start" }, label.text));
  svg.append(axis);
  const points = [];
  for (const p of periods) {
    const start = Date.parse(p.period + "T00:00:00Z");
    const x0 = x(start), x1 = x(addPeriod(p.period + "T00:00:00Z", by).getTime());
    const width = Math.max(1.5, (x1 - x0) * 0.82);
    const group = s("g", { class: "bar", "data-period": p.period, cursor: opts && opts.onPeriod ? "pointer" : null,
      onclick: opts && opts.onPeriod ? () => opts.onPeriod(p) : null });
    let acc = 0;
    for (const q of [1, 2, 3, 4]) {
      const n = p.quad_class[q] || 0;
      if (!n) continue;
      group.append(s("rect", { x: x0, y: y(acc + n), width, height: y(acc) - y(acc + n), class: "b" + q }));
      acc += n;
    }
    const tip = `${p.period}: ${p.events} events · ` + [1, 2, 3, 4].map((q) => `${QUAD[q]} ${p.quad_class[q] || 0}`).join(", ") + ` · mean Goldstein ${gold(p.mean_goldstein)}`;
    group.append(s("title", {}, tip));
    svg.append(group);
    if (p.mean_goldstein !== null) points.push([x0 + width / 2, yg(p.mean_goldstein), tip]);
  }
  if (points.length > 1) svg.append(s("path", { class: "gline", d: "M" + points.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join("L") }));
  for (const [a, b, tip] of points) svg.append(s("circle", { class: "gdot", cx: a, cy: b, r: 2.6 }, s("title", {}, tip)));
  return svg;
}
function niceTicks(max) {
  const step = Math.pow(10, Math.floor(Math.log10(max)));
  const unit = max / step > 5 ? step * 2 : max / step > 2 ? step : step / 2;
  const out = [];
  for (let v = 0; v <= max; v += Math.max(1, unit)) out.push(Math.round(v));
  return out;
}
// Labels at period starts (every k-th period, at most ``count``), written at the period's precision.
function periodTicks(t0, t1, by, count) {
  const starts = [];
  for (let d = new Date(t0); d.getTime() < t1 && starts.length < 20000; d = addPeriod(d, by)) starts.push(d.getTime());
  const every = Math.max(1, Math.ceil(starts.length / count));
  const width = by === "year" ? 4 : by === "month" ? 7 : 10;
  return starts.filter((_, i) => i % every === 0).map((t) => ({ t, text: new Date(t).toISOString().slice(0, width) }));
}

// ---- network: circular layout, edges coloured by mean Goldstein ----------------
function goldColour(g) {
  if (g === null || g === undefined) return "#9aa3ab";
  const t = Math.max(-1, Math.min(1, g / 10));
  const [from, to] = t < 0 ? [[154, 163, 171], [192, 57, 43]] : [[154, 163, 171], [46, 139, 87]];
  const k = Math.abs(t) ** 0.6;
  return `rgb(${from.map((c, i) => Math.round(c + (to[i] - c) * k)).join(",")})`;
}
function networkSvg(data) {
  const W = 760, H = 620, cx = W / 2, cy = H / 2 - 5, radius = Math.min(W, H) / 2 - 60;
  const nodes = data.nodes.slice().sort((p, q) => p.code.localeCompare(q.code));
  const pos = {};
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos[n.code] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), angle];
  });
  const maxEdge = Math.max(...data.edges.map((e) => e.events));
  const maxNode = Math.max(...nodes.map((n) => n.events));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", id: "network", role: "img", "aria-label": "actor network" });
  const defs = s("defs");
  svg.append(defs);
  data.edges.forEach((e, i) => {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const colour = goldColour(e.mean_goldstein);
    defs.append(s("marker", { id: "arrow" + i, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: colour })));
    // Bend each edge towards the centre; a → b and b → a bend on opposite sides.
    const mx = (x1 + x2) / 2, my = (y1 + y2) / 2;
    const qx = mx + (cx - mx) * 0.35 + (y2 - y1) * 0.08, qy = my + (cy - my) * 0.35 - (x2 - x1) * 0.08;
    const shorten = 14 + 10 * Math.sqrt(nodeEvents(e.target) / maxNode);
    const [ex, ey] = towards(x2, y2, qx, qy, shorten);
    svg.append(s("path", { class: "edge", d: `M${x1.toFixed(1)},${y1.toFixed(1)} Q${qx.toFixed(1)},${qy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      stroke: colour, "stroke-width": (0.8 + 4.5 * Math.sqrt(e.events / maxEdge)).toFixed(2), "marker-end": `url(#arrow${i})`,
      onclick: () => go("events", null, { dyad: `${e.source},${e.target}` }) },
      s("title", {}, `${e.source} → ${e.target}: ${fmt(e.events)} events, mean Goldstein ${gold(e.mean_goldstein)}`)));
  });
  function nodeEvents(code) { return (nodes.find((n) => n.code === code) || { events: 0 }).events; }
  for (const n of nodes) {
    const [x, y, angle] = pos[n.code];
    const r = 6 + 10 * Math.sqrt(n.events / maxNode);
    const lx = x + Math.cos(angle) * (r + 14), ly = y + Math.sin(angle) * (r + 14) + 4;
    svg.append(s("g", { class: "node", onclick: () => go("events", null, { actor: n.code }) },
      s("circle", { cx: x, cy: y, r }), s("text", { x: lx, y: ly, "text-anchor": Math.abs(Math.cos(angle)) < 0.3 ? "middle" : Math.cos(angle) > 0 ? "start" : "end" }, n.code),
      s("title", {}, `${n.code}: ${fmt(n.events)} events in the drawn edges`)));
  }
  return svg;
}
function towards(x, y, fromX, fromY, dist) {
  const dx = fromX - x, dy = fromY - y, len = Math.hypot(dx, dy) || 1;
  return [x + (dx / len) * dist, y + (dy / len) * dist];
}
