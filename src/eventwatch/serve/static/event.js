// One event: its reconciled fields, and for each source the evidence highlighted in its text.
function highlighted(text, spans) {
  // spans: [{start, end, field}] in the article text; the title is shown apart
  const body = spans.filter(s => s.field !== "title").sort((a, b) => a.start - b.start);
  const out = el("div", { class: "source-text", dir: "auto" });
  if (!text) { for (const s of spans) out.append(el("p", {}, el("mark", {}, s.text))); return out; }
  let pos = 0;
  for (const s of body) {
    if (s.start < pos) continue;
    out.append(text.slice(pos, s.start), el("mark", { title: `characters ${s.start}–${s.end}` }, text.slice(s.start, s.end)));
    pos = s.end;
  }
  out.append(text.slice(pos));
  return out;
}

async function main() {
  const id = decodeURIComponent(location.pathname.split("/").pop());
  const box = document.getElementById("event");
  let e;
  try { e = await getJSON(`/api/events/${encodeURIComponent(id)}`); }
  catch (err) { box.replaceChildren(el("p", { class: "error" }, `error: ${err.message}`)); return; }
  document.title = `eventwatch — ${e.sub_event_type} ${e.event_date || ""}`;
  const rows = [["date", e.event_date], ["type", `${e.event_type} › ${e.sub_event_type}`],
    ["place", [e.location, e.admin1, e.country].filter(Boolean).join(", ")],
    ["coordinates", e.latitude === null ? "unknown" : `${e.latitude}, ${e.longitude} (precision ${e.geo_precision})`],
    ["actor 1", e.actor1], ["actor 2", e.actor2], ["claimed by", e.claimed_by || "no claim reported"],
    ["deaths", deaths(e) + (e.fatalities_min !== e.fatalities_max ? ` (sources say ${e.fatalities_min}–${e.fatalities_max})` : "")],
    ["sources", `${e.n_sources} independent stor(ies) in ${e.n_articles} article(s); languages ${e.languages || "?"}`],
    ["confirmation", e.independent ? "confirmed by an independent outlet" : "rests only on state, partisan or unknown outlets"]];
  const dl = el("dl", { class: "fields" });
  for (const [k, v] of rows) dl.append(el("dt", {}, k), el("dd", {}, v ?? ""));
  const srcs = el("section", { id: "sources" }, el("h2", {}, "Sources and evidence"));
  for (const m of e.mentions) {
    const who = m.outlet ? `${m.outlet} (${m.outlet_kind})` : "outlet unknown";
    const head = el("h3", { dir: "auto" }, m.title || m.article_id);
    const meta = el("p", { class: "meta" }, `${who} · ${m.lang || "?"} · published ${m.published || "?"} · ` +
      `says: ${m.sub_event_type}, ${m.location || "no place"}, deaths ${deaths(m)}` +
      (m.claimed_by ? `, claimed by ${m.claimed_by}` : "") + (m.duplicate_of ? " · republication" : ""));
    const card = el("article", { class: "source" + (m.partisan ? " partisan" : "") }, head, meta);
    if (m.partisan) card.append(el("p", { class: "flag" }, "partisan or state-affiliated outlet"));
    const title = m.evidence.filter(s => s.field === "title");
    if (title.length) card.append(el("p", { class: "title-evidence" }, "title: ", el("mark", { dir: "auto" }, title[0].text)));
    card.append(highlighted(m.text, m.evidence));
    srcs.append(card);
  }
  box.replaceChildren(el("h1", {}, `${e.sub_event_type} — ${e.location || "place unknown"}, ${e.event_date || "date unknown"}`), dl, srcs);
  document.body.dataset.loaded = "true";
}
main();
