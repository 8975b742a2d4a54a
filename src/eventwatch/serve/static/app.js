// The main page: filter bar -> API query string -> map, timeline, table.
const form = document.getElementById("filters");
let map = null, cluster = null;

function params() {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form).entries()) if (v !== "") p.set(k, v);
  return p;
}

function initMap() {
  if (typeof L === "undefined") { document.getElementById("nolib").hidden = false; return; }
  map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([15, 30], 3);
  // Offline basemap: country outlines from the world-atlas package (Natural Earth, public domain).
  fetch("/vendor/world-atlas/countries-50m.json").then(r => r.json()).then(topo => {
    const land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, { style: { color: "#9aa5b1", weight: 0.6, fillColor: "#eef1f4", fillOpacity: 1 },
                      interactive: false }).addTo(map).bringToBack();
  });
  cluster = L.markerClusterGroup({ disableClusteringAtZoom: 9, maxClusterRadius: 40 });
  map.addLayer(cluster);
  const legend = document.getElementById("legend");
  for (const [t, c] of Object.entries(TYPE_COLOURS))
    legend.append(el("span", { class: "key" }, el("i", { style: `background:${c}` }), t));
}

function drawMap(items) {
  if (!map) return;
  cluster.clearLayers();
  const pts = [];
  for (const e of items) {
    if (e.latitude === null || e.longitude === null) continue;
    const r = 5 + Math.sqrt(e.fatalities || 0) * 2;   // area grows with the toll
    const m = L.circleMarker([e.latitude, e.longitude], { radius: r, color: colourOf(e.event_type), weight: 1,
                                                          fillOpacity: 0.7, className: "event-marker" });
    // built as DOM nodes, never as HTML strings: names come from news text
    m.bindPopup(() => el("div", {}, el("b", {}, e.sub_event_type), el("br"),
      `${e.event_date || "?"} — ${[e.location, e.country].filter(Boolean).join(", ")}`, el("br"),
      `deaths: ${deaths(e)}`, el("br"), el("a", { href: `/event/${encodeURIComponent(e.event_id)}` }, "details")));
    cluster.addLayer(m);
    pts.push([e.latitude, e.longitude]);
  }
  if (pts.length) map.fitBounds(pts, { maxZoom: 8, padding: [20, 20] });
}

function drawTimeline(items) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const per = new Map();
  for (const it of items) per.set(it.period, (per.get(it.period) || 0) + it.events);
  const seen = [...per.keys()].sort();
  if (!seen.length) return;
  // every week between the first and the last, empty ones included, so gaps show as gaps
  const keys = [];
  for (let d = new Date(seen[0] + "T00:00:00Z"); keys.length < 2000; d.setUTCDate(d.getUTCDate() + 7)) {
    const k = d.toISOString().slice(0, 10); keys.push(k);
    if (k >= seen[seen.length - 1]) break;
  }
  const w = svg.clientWidth || 400, h = 120, max = Math.max(...per.values());
  const bw = Math.max(1, w / keys.length - 1);
  keys.forEach((k, i) => {
    const v = per.get(k) || 0, bh = v ? Math.max(1, (h - 14) * v / max) : 0;
    const r = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    r.setAttribute("x", i * (bw + 1)); r.setAttribute("y", h - 14 - bh);
    r.setAttribute("width", bw); r.setAttribute("height", bh); r.setAttribute("class", "bar");
    const t = document.createElementNS("http://www.w3.org/2000/svg", "title");
    t.textContent = `week of ${k}: ${v} event(s)`; r.append(t); svg.append(r);
  });
  const lab = document.createElementNS("http://www.w3.org/2000/svg", "text");
  lab.setAttribute("x", 0); lab.setAttribute("y", h - 2); lab.setAttribute("class", "axis");
  lab.textContent = `${keys[0]} … ${keys[keys.length - 1]}`; svg.append(lab);
}

function drawTable(items) {
  const tb = document.querySelector("#events tbody");
  tb.replaceChildren();
  for (const e of items.slice(0, 200)) {
    const link = el("a", { href: `/event/${encodeURIComponent(e.event_id)}` }, e.sub_event_type);
    const src = e.n_sources + (e.independent ? "" : " ⚠");
    tb.append(el("tr", { "data-id": e.event_id },
      el("td", {}, e.event_date || "?"), el("td", {}, link),
      el("td", {}, [e.location, e.country].filter(Boolean).join(", ")),
      el("td", {}, e.actor1 || ""), el("td", {}, e.actor2 || ""), el("td", {}, e.claimed_by || ""),
      el("td", {}, deaths(e)), el("td", { title: e.independent ? "" : "no independent outlet" }, src)));
  }
}

async function refresh() {
  const p = params();
  for (const f of ["csv", "parquet", "geojson"]) document.getElementById(`x-${f}`).href = `/api/export.${f}?${p}`;
  const summary = document.getElementById("summary");
  try {
    const [list, counts] = await Promise.all([
      getJSON(`/api/events?${p}&limit=1000&sort=date&order=desc`),
      getJSON(`/api/counts?${p}&by=week`)]);
    summary.textContent = `${list.total} event(s)` + (list.total > list.items.length ? `, ${list.items.length} shown` : "");
    drawMap(list.items); drawTimeline(counts.items); drawTable(list.items);
    document.body.dataset.loaded = "true";
  } catch (err) {
    summary.textContent = `error: ${err.message}`;
  }
}

async function facets() {
  const f = await getJSON("/api/facets");
  for (const name of ["country", "event_type"]) {
    const sel = form.elements[name];
    for (const v of f[name]) sel.append(el("option", { value: v }, v));
  }
}

form.addEventListener("submit", ev => { ev.preventDefault(); refresh(); });
initMap();
facets().then(refresh);
