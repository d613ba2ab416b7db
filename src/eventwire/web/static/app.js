// eventwire web page: hand-written JavaScript and SVG, no libraries, no build step.
// Data only ever enters the DOM as text nodes or attributes (never innerHTML), so
// article text cannot inject markup. Lists are paged by the server: the page never
// holds more than one page of rows, which keeps it fast on large stores.
"use strict";

const PAGE = 50;
const QUAD = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };
// An event dated by its report's day, not by a time in the text: the tag and what it means.
const PUBLICATION_BASES = {
  publication: ["pub", "No time in the text: dated by the report's day"],
  after_publication: ["pub+", "No time in the text, told as still to come: on or after the report's day"],
  around_publication: ["pub±", "No time in the text, named by a noun or under way: before or after the report's day"],
};
const $ = (sel) => document.querySelector(sel);
let renderToken = 0;
let stats = null;

// ---- DOM helpers ----------------------------------------------------------
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  appendAll(el, kids);
  return el;
}
function s(tag, attrs, ...kids) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  setAttrs(el, attrs);
  appendAll(el, kids);
  return el;
}
function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}
function appendAll(el, kids) {
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
}
const fmt = (n) => (n === null || n === undefined ? "–" : Number(n).toLocaleString("en"));
// An event date as read: a range of days ("2017-04-25/2017-05-02", precision "range") shows its two ends.
const dateText = (d) => (d ? d.replace("/", " – ") : d);
const gold = (g) => (g === null || g === undefined ? "–" : (g > 0 ? "+" : "") + Number(g).toFixed(1));
const enc = encodeURIComponent;

// ---- data ----------------------------------------------------------------
async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined && v !== false) query.set(k, v);
  const url = path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error((body.error && body.error.message) || `${response.status} ${response.statusText}`);
  return body;
}
function showError(err) {
  const box = $("#error");
  box.textContent = err ? String(err.message || err) : "";
  box.hidden = !err;
}

// ---- routing: #/view/id?params ------------------------------------------------
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, qs] = raw.split("?");
  const slash = path.indexOf("/");
  const view = (slash < 0 ? path : path.slice(0, slash)) || "events";
  const id = slash < 0 ? null : decodeURIComponent(path.slice(slash + 1));
  return { view, id, params: Object.fromEntries(new URLSearchParams(qs || "")) };
}
function go(view, id, params) {
  const qs = new URLSearchParams(Object.entries(params || {}).filter(([, v]) => v !== "" && v !== undefined && v !== null));
  location.hash = "#/" + view + (id ? "/" + enc(id) : "") + (qs.toString() ? "?" + qs : "");
}
const VIEWS = {};
async function route() {
  const { view, id, params } = parseHash();
  const token = ++renderToken;
  document.querySelectorAll("#nav a[data-view]").forEach((a) => {
    const active = a.dataset.view === view || (view === "article" && a.dataset.view === "articles") ||
      (view === "incident" && a.dataset.view === "incidents");
    a.classList.toggle("active", active);
  });
  showError(null);
  const main = $("#main");
  try {
    if (view === "event") { await openEvidence(id); if (!main.dataset.view) await VIEWS.events(main, {}, null, token); return; }
    const render = VIEWS[view] || VIEWS.events;
    const fresh = h("div");
    await render(fresh, params, id, token);
    if (token !== renderToken) return; // a newer navigation won
    main.replaceChildren(fresh);
    main.dataset.view = view;
    main.dataset.rendered = String(token); // tests wait for this (the page's CSP forbids their eval)
  } catch (err) {
    if (token === renderToken) showError(err);
  }
}

// ---- events: filters, timeline, paged table -----------------------------------
const EVENT_FILTERS = ["actor", "dyad", "root", "since", "until", "text", "include_negated"];
function filterForm(params, onSubmit) {
  const input = (name, label, attrs) => h("label", {}, label, h("input", { name, value: params[name] || "", ...attrs }));
  const rootSelect = h("select", { name: "root" }, h("option", { value: "" }, "any"),
    Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")).map((r) =>
      h("option", { value: r, selected: params.root === r }, r)));
  const form = h("form", { class: "filters panel", id: "event-filters" },
    input("actor", "Actor", { placeholder: "RUS", size: 8 }),
    input("dyad", "Dyad", { placeholder: "USA,RUS", size: 10 }),
    h("label", {}, "Root", rootSelect),
    input("since", "Since", { type: "date" }),
    input("until", "Until", { type: "date" }),
    input("text", "Text", { placeholder: "words in sentence", size: 16 }),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "include_negated", checked: params.include_negated === "true" }), "negated too"),
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", class: "plain", onclick: () => go("events", null, {}) }, "Reset"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const key of EVENT_FILTERS) {
      const value = data.get(key);
      if (key === "include_negated") { if (value) next[key] = "true"; } else if (value) next[key] = String(value).trim();
    }
    onSubmit(next);
  });
  return form;
}
function pickPeriod(params) {
  const first = params.since || (stats && stats.dates.first);
  const last = params.until || (stats && stats.dates.last);
  if (!first || !last) return "month";
  const days = (Date.parse(last) - Date.parse(first)) / 864e5;
  return days <= 120 ? "day" : days <= 1100 ? "week" : "month";
}
VIEWS.events = async function (root, params, _id, token) {
  const filters = Object.fromEntries(EVENT_FILTERS.filter((k) => params[k]).map((k) => [k, params[k]]));
  const offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
  const by = params.by || pickPeriod(params);
  const [page, timeline] = await Promise.all([
    api("/api/events", { ...filters, limit: PAGE, offset }),
    api("/api/timeline", { ...filters, by }).catch(() => null),
  ]);
  if (token !== renderToken) return;
  root.append(filterForm(params, (next) => go("events", null, next)));
  if (timeline && timeline.periods.length) {
    root.append(h("div", { class: "panel" }, h("h3", {}, `Events per ${by}`), legend(), quadChart(timeline.periods, by, {
      onPeriod: (p) => go("events", null, { ...filters, ...periodRange(p.period, by) }),
    })));
  }
  root.append(eventTable(page.items, { showArticle: true }));
  root.append(pager(page, (o) => go("events", null, { ...filters, offset: o })));
  requestAnimationFrame(() => { if (!performance.getEntriesByName("events-rendered").length) performance.mark("events-rendered"); });
};
function periodRange(period, by) {
  const start = new Date(period + "T00:00:00Z");
  const end = new Date(start);
  if (by === "day") end.setUTCDate(end.getUTCDate());
  else if (by === "week") end.setUTCDate(end.getUTCDate() + 6);
  else if (by === "month") { end.setUTCMonth(end.getUTCMonth() + 1); end.setUTCDate(0); }
  else { end.setUTCFullYear(end.getUTCFullYear() + 1); end.setUTCDate(0); }
  return { since: period, until: end.toISOString().slice(0, 10) };
}
function actorCell(actor) {
  if (!actor) return h("span", { class: "muted" }, "–");
  // an uncoded actor (a named source or target the dictionaries do not know) shows its text, never a bare "?"
  if (!actor.code) return h("span", { class: "muted", title: "not in the actor dictionaries" }, `“${actor.text}”`);
  return h("span", { title: `${actor.text}${actor.country ? " · " + actor.country : ""}` }, h("span", { class: "code" }, actor.code));
}
function eventTable(items, opts) {
  const body = h("tbody");
  for (const e of items) {
    const tags = [];
    if (e.modality && e.modality !== "asserted") tags.push(h("span", { class: "tag warn" }, e.modality));
    if (e.negated) tags.push(h("span", { class: "tag warn" }, "negated"));
    body.append(h("tr", { class: "clickable event-row", "data-event": e.event_id, "data-root": e.root || "", "data-date": e.date || "",
      onclick: () => openEvidence(e.event_id), title: "Open the evidence" },
      h("td", { class: "nowrap" }, dateText(e.date) || h("span", { class: "muted", title: "publication date" }, e.published || "–"),
        e.date_basis in PUBLICATION_BASES ? h("span", { class: "tag", title: PUBLICATION_BASES[e.date_basis][1] },
          PUBLICATION_BASES[e.date_basis][0]) : null),
      h("td", {}, actorCell(e.source)),
      h("td", { class: "nowrap", title: e.cameo_label || "" }, e.quad_class ? h("span", { class: "q q" + e.quad_class }) : null,
        h("span", { class: "code" }, e.cameo), " ", h("span", { class: "muted" }, e.cameo_label || "")),
      h("td", {}, actorCell(e.target)),
      h("td", { class: "nowrap" }, gold(e.goldstein)),
      h("td", { class: "sentence" }, e.trigger ? h("b", {}, e.trigger + " ") : null, h("span", { class: "muted" }, truncate(e.sentence, 180)), tags),
      opts.showArticle ? h("td", {}, e.outlet || "", " ", h("a", { href: "#/article/" + enc(e.article_id), onclick: (ev) => ev.stopPropagation() }, "article")) : null));
  }
  if (!items.length) body.append(h("tr", {}, h("td", { colspan: 7, class: "muted" }, "No events match these filters.")));
  return h("table", { class: "rows", id: "event-table" }, h("thead", {}, h("tr", {},
    ["Date", "Source", "Event", "Target", "Goldstein", "Evidence", opts.showArticle ? "Source article" : null].filter(Boolean).map((t) => h("th", {}, t)))), body);
}
const truncate = (t, n) => (!t ? "" : t.length > n ? t.slice(0, n - 1) + "…" : t);
function pager(page, onOffset) {
  const last = Math.min(page.offset + page.items.length, page.total);
  return h("div", { class: "pager" },
    h("button", { class: "plain", disabled: page.offset <= 0, onclick: () => onOffset(Math.max(0, page.offset - page.limit)) }, "‹ Prev"),
    h("span", { class: "muted", id: "page-info" }, page.total ? `${fmt(page.offset + 1)}–${fmt(last)} of ${fmt(page.total)}` : "0 of 0"),
    h("button", { class: "plain", disabled: last >= page.total, onclick: () => onOffset(page.offset + page.limit) }, "Next ›"));
}

// ---- dyad view ---------------------------------------------------------------
VIEWS.dyad = async function (root, params, _id, token) {
  const a = (params.a || "USA").toUpperCase(), b = (params.b || "RUS").toUpperCase(), by = params.by || "month";
  const form = h("form", { class: "filters panel", id: "dyad-form" },
    h("label", {}, "Actor A", h("input", { name: "a", value: a, size: 8 })),
    h("label", {}, "Actor B", h("input", { name: "b", value: b, size: 8 })),
    h("label", {}, "Per", h("select", { name: "by" }, ["day", "week", "month"].map((p) => h("option", { value: p, selected: p === by }, p)))),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "directed", checked: params.directed === "true" }), "only A → B"),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const d = new FormData(form);
    go("dyad", null, { a: d.get("a").trim(), b: d.get("b").trim(), by: d.get("by"), directed: d.get("directed") ? "true" : "" });
  });
  root.append(form);
  const data = await api(`/api/dyads/${enc(a)}/${enc(b)}/timeline`, { by, directed: params.directed === "true" });
  if (token !== renderToken) return;
  const panel = h("div", { class: "panel" }, h("h2", {}, `${a} ${params.directed === "true" ? "→" : "↔"} ${b}: cooperation and conflict per ${by}`),
    h("p", { class: "muted" }, `${fmt(data.total)} events. Events without their own date are placed at the article's publication date. `,
      h("a", { href: "#/events?dyad=" + enc(a + "," + b) }, "List these events")));
  if (data.periods.length) panel.append(legend(), quadChart(data.periods, by, {
    onPeriod: (p) => go("events", null, { dyad: `${a},${b}`, ...periodRange(p.period, by) }),
  }));
  else panel.append(h("p", {}, "No events between these actors."));
  root.append(panel);
};

// ---- network view (drawing in charts.js) ----------------------------------------
VIEWS.network = async function (root, params, _id, token) {
  const level = params.level || "country";
  const form = h("form", { class: "filters panel" },
    h("label", {}, "Nodes", h("select", { name: "level" }, [["country", "countries"], ["code", "full codes"]].map(([v, t]) => h("option", { value: v, selected: v === level }, t)))),
    h("label", {}, "Since", h("input", { type: "date", name: "since", value: params.since || "" })),
    h("label", {}, "Until", h("input", { type: "date", name: "until", value: params.until || "" })),
    h("label", {}, "Root", h("input", { name: "root", value: params.root || "", size: 3, placeholder: "any" })),
    h("button", { type: "submit" }, "Draw"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go("network", null, Object.fromEntries(new FormData(form)));
  });
  root.append(form);
  const data = await api("/api/network", { level, since: params.since, until: params.until, root: params.root, limit: 60 });
  if (token !== renderToken) return;
  const panel = h("div", { class: "panel" }, h("h2", {}, "Who acts on whom"),
    h("div", { class: "legend" }, h("span", {}, "Edge colour: mean Goldstein, red = conflict, grey = neutral, green = cooperation; width: number of events. Click an edge for its events.")));
  if (!data.edges.length) panel.append(h("p", {}, "No events with both a source and a target."));
  else panel.append(networkSvg(data));
  root.append(panel);
};
// ---- articles ----------------------------------------------------------------
VIEWS.articles = async function (root, params, _id, token) {
  const offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
  const page = await api("/api/articles", { limit: PAGE, offset, outlet: params.outlet });
  if (token !== renderToken) return;
  const body = h("tbody");
  for (const a of page.items) {
    body.append(h("tr", {}, h("td", { class: "nowrap" }, a.published || "–"), h("td", {}, a.outlet || ""),
      h("td", {}, h("a", { href: "#/article/" + enc(a.article_id) }, a.title || a.article_id)), h("td", {}, fmt(a.events)),
      h("td", { class: "muted" }, a.skip_reason || "")));
  }
  root.append(h("h2", {}, "Articles"), h("table", { class: "rows" }, h("thead", {}, h("tr", {}, ["Published", "Outlet", "Title", "Events", "Skipped"].map((t) => h("th", {}, t)))), body),
    pager(page, (o) => go("articles", null, { ...params, offset: o })));
};
VIEWS.article = async function (root, params, id, token) {
  const a = await api("/api/articles/" + enc(id));
  if (token !== renderToken) return;
  root.append(h("h2", {}, a.title || a.article_id),
    h("p", { class: "muted" }, [a.outlet, a.published && "published " + a.published, a.dateline, a.authors.join(", ")].filter(Boolean).join(" · "), " ",
      a.url ? h("a", { href: a.url, rel: "noreferrer noopener", target: "_blank" }, "original") : null,
      a.outlets.length > 1 ? h("span", { class: "tag" }, `also in ${a.outlets.length - 1} other outlet(s)`) : null),
    h("div", { class: "legend" }, h("span", { class: "m-actor" }, "actor"), h("span", { class: "m-trigger" }, "event trigger (click for evidence)"),
      h("span", { class: "m-quote" }, "quote"), h("span", {}, "hover for codes")),
    annotatedText(a, params.event));
  root.append(h("h3", {}, `Events (${a.events.length})`), eventTable(a.events, { showArticle: false }));
  const removed = h("details", { class: "removed panel", open: a.removed.length > 0 && a.removed.length < 8 },
    h("summary", {}, `Removed by the cleaner (${a.removed.length}): not part of the text above`),
    h("ul", {}, a.removed.map((r) => h("li", {}, h("span", { class: "reason" }, r.reason), truncate(r.text, 400)))));
  root.append(removed);
  if (params.event) requestAnimationFrame(() => { const el = document.querySelector(".m-focus"); if (el) el.scrollIntoView({ block: "center" }); });
};
// Split the text at every annotation boundary; each piece carries the classes and
// hover text of all annotations covering it (they may overlap or nest).
function annotatedText(a, focusEvent) {
  const marks = [];
  for (const x of a.actors) marks.push({ start: x.span[0], end: x.span[1], cls: "m-actor", title: `actor ${x.code || "?"}${x.name ? " · " + x.name : ""}${x.country ? " · " + x.country : ""}` });
  for (const q of a.quotes) marks.push({ start: q.span[0], end: q.span[1], cls: "m-quote", title: `${q.kind} quote${q.speaker ? " · speaker " + (q.speaker.code || q.speaker.text) : ""}` });
  for (const e of a.events) {
    const span = e.trigger_span && e.trigger_span.length ? e.trigger_span : e.span;
    marks.push({ start: span[0], end: span[1], cls: "m-trigger" + (e.event_id === focusEvent ? " m-focus" : ""), event: e.event_id,
      title: `event ${e.cameo} ${e.cameo_label || ""} · ${(e.source && e.source.code) || "?"} → ${(e.target && e.target.code) || "?"} · ${dateText(e.date) || "no date"}${e.modality !== "asserted" ? " · " + e.modality : ""}` });
  }
  const text = a.text || "";
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); }
  const points = [...cuts].sort((p, q) => p - q);
  const box = h("div", { class: "article-text", id: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const piece = text.slice(from, to);
    if (!covering.length) { box.append(piece); continue; }
    const eventMark = covering.find((m) => m.event);
    box.append(h("span", { class: [...new Set(covering.map((m) => m.cls))].join(" "), title: covering.map((m) => m.title).join("\n"),
      "data-event": eventMark ? eventMark.event : null, onclick: eventMark ? () => openEvidence(eventMark.event) : null }, piece));
  }
  return box;
}

// ---- incidents -----------------------------------------------------------------
VIEWS.incidents = async function (root, params, _id, token) {
  const offset = Math.max(0, parseInt(params.offset || "0", 10) || 0);
  const page = await api("/api/incidents", { limit: PAGE, offset });
  if (token !== renderToken) return;
  const body = h("tbody");
  for (const i of page.items) {
    body.append(h("tr", { class: "clickable", onclick: () => go("incident", i.incident_id) },
      h("td", { class: "nowrap" }, i.date_start || "–", i.date_end && i.date_end !== i.date_start ? " – " + i.date_end : ""),
      h("td", { class: "code" }, `${i.source_code || "?"} ${i.cameo || ""} ${i.target_code || "?"}`),
      h("td", {}, fmt(i.mentions)), h("td", {}, fmt(i.articles)), h("td", {}, fmt(i.sources)), h("td", { class: "muted" }, (i.outlets || []).join(", "))));
  }
  if (!page.items.length) body.append(h("tr", {}, h("td", { colspan: 6, class: "muted" }, "No incidents: they appear once events are linked across articles.")));
  root.append(h("h2", {}, "Incidents"), h("table", { class: "rows" }, h("thead", {}, h("tr", {}, ["Date", "Who did what to whom", "Reports", "Articles", "Sources", "Outlets"].map((t) => h("th", {}, t)))), body),
    pager(page, (o) => go("incidents", null, { offset: o })));
};
VIEWS.incident = async function (root, _params, id, token) {
  const inc = await api("/api/incidents/" + enc(id));
  if (token !== renderToken) return;
  root.append(h("h2", {}, `Incident ${inc.source_code || "?"} ${inc.cameo || ""} ${inc.target_code || "?"}`),
    h("p", { class: "muted" }, `${inc.date_start || "undated"}${inc.date_end && inc.date_end !== inc.date_start ? " – " + inc.date_end : ""} · ${fmt(inc.mentions)} reports in ${fmt(inc.articles)} articles from ${fmt(inc.sources)} sources`,
      inc.first_report ? ` · first reported ${inc.first_report}, last ${inc.last_report}` : ""),
    h("h3", {}, "Every report"), eventTable(inc.reports, { showArticle: true }));
};

// ---- evidence drawer ---------------------------------------------------------------
async function openEvidence(eventId) {
  const e = await api("/api/events/" + enc(eventId)).catch((err) => { showError(err); return null; });
  if (!e) return;
  const ev = e.evidence;
  const sentence = h("div", { class: "evidence-sentence", id: "evidence-sentence" });
  let at = 0;
  for (const m of ev.marks) {
    if (m.start < at) continue; // overlapping marks: keep the first
    sentence.append(ev.text.slice(at, m.start), h("span", { class: "ev-" + m.kind, title: m.kind }, ev.text.slice(m.start, m.end)));
    at = m.end;
  }
  sentence.append(ev.text.slice(at));
  const actor = (x) => (x ? `${x.code || "?"} (${x.text}${x.country ? ", " + x.country : ""})` : "–");
  const field = (k, v) => [h("dt", {}, k), h("dd", {}, v === null || v === undefined || v === "" ? "–" : v)];
  $("#evidence-body").replaceChildren(
    h("h2", {}, `${(e.source && (e.source.code || `“${e.source.text}”`)) || "?"} → ${(e.target && (e.target.code || `“${e.target.text}”`)) || "?"}`),
    h("p", {}, e.quad_class ? h("span", { class: "q q" + e.quad_class }) : null, h("span", { class: "code" }, e.cameo), " ", e.cameo_label || "",
      e.quad_class ? h("span", { class: "tag" }, QUAD[e.quad_class]) : null),
    h("div", { class: "legend" }, h("span", { class: "ev-trigger" }, "trigger"), h("span", { class: "ev-source" }, "source"), h("span", { class: "ev-target" }, "target")),
    sentence,
    h("dl", { class: "fields" },
      field("Date", `${dateText(e.date) || "–"} (${e.date_precision || "?"}, from ${e.date_basis || "?"})`),
      field("Source", actor(e.source)), field("Target", actor(e.target)),
      field("Goldstein", gold(e.goldstein)), field("PLOVER", e.plover),
      field("Modality", e.modality + (e.negated ? " · negated" : "")), field("Attribution", e.attribution),
      field("Place", e.place && e.place.name), field("Confidence", e.confidence),
      field("Article", h("a", { href: "#/article/" + enc(e.article_id) + "?event=" + enc(e.event_id), id: "evidence-article" }, e.title || e.article_id)),
      field("Published", [e.outlet, e.published].filter(Boolean).join(", ")),
      field("Incident", e.incident_id ? h("a", { href: "#/incident/" + enc(e.incident_id) }, e.incident_id) : null),
      field("Event id", h("span", { class: "code" }, e.event_id))));
  $("#evidence").hidden = false;
}
function closeEvidence() { $("#evidence").hidden = true; }

// ---- start -----------------------------------------------------------------------
document.addEventListener("DOMContentLoaded", async () => {
  $("#evidence-close").addEventListener("click", closeEvidence);
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") closeEvidence(); });
  window.addEventListener("hashchange", () => { closeEvidence(); route(); });
  try {
    stats = await api("/api/stats");
    const c = stats.counts;
    $("#stats").textContent = `${stats.db}: ${fmt(c.events)} events · ${fmt(c.articles)} articles · ${fmt(c.incidents)} incidents` +
      (stats.dates.first ? ` · ${stats.dates.first} to ${stats.dates.last}` : "");
  } catch (err) { showError(err); }
  route();
});
