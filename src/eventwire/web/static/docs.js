// Offline API docs: renders /openapi.json as a list of routes and parameters.
// (FastAPI's Swagger page loads from a CDN, which offline users cannot reach.)
"use strict";
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, v);
  for (const kid of kids.flat(Infinity)) if (kid !== null && kid !== undefined) el.append(kid instanceof Node ? kid : String(kid));
  return el;
}
function typeOf(schema) {
  if (!schema) return "";
  if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t !== "null").join(" | ");
  const limits = [];
  if (schema.enum) limits.push(schema.enum.join(" | "));
  if (schema.minimum !== undefined) limits.push("≥ " + schema.minimum);
  if (schema.maximum !== undefined) limits.push("≤ " + schema.maximum);
  if (schema.maxLength !== undefined) limits.push("≤ " + schema.maxLength + " chars");
  return (schema.type || "") + (limits.length ? " (" + limits.join(", ") + ")" : "");
}
document.addEventListener("DOMContentLoaded", async () => {
  const main = document.getElementById("docs");
  const spec = await (await fetch("/openapi.json")).json();
  main.replaceChildren(h("h2", {}, `${spec.info.title} ${spec.info.version}`), h("p", {}, spec.info.description || ""));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const rows = (op.parameters || []).map((p) => h("tr", {}, h("td", { class: "code" }, p.name), h("td", {}, p.in),
        h("td", {}, typeOf(p.schema)), h("td", {}, p.schema && p.schema.default !== undefined ? JSON.stringify(p.schema.default) : ""),
        h("td", {}, p.description || "")));
      const example = path.includes("{") ? h("span", { class: "code" }, path) : h("a", { href: path, class: "code" }, path);
      main.append(h("div", { class: "panel" }, h("h3", {}, method.toUpperCase(), " ", example, " ", h("span", { class: "muted" }, op.summary || "")),
        op.description ? h("p", {}, op.description) : null,
        rows.length ? h("table", { class: "rows" }, h("thead", {}, h("tr", {}, ["Parameter", "In", "Type", "Default", "Meaning"].map((t) => h("th", {}, t)))), h("tbody", {}, rows)) : null));
    }
  }
});
