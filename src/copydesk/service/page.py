"""The web page served at `/`: paste a page or scraped text, see the record.

One self-contained document (no CDN, no build step): a form that posts to the JSON
API and shows the article, its metadata with provenance, and what was removed by
category. Everything the API returns is put on the page with `textContent`, never
as markup, so a hostile page cannot script the viewer.
"""

from __future__ import annotations

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>copydesk</title>
<style>
  :root { --ink: #1d1d1f; --muted: #6e6e73; --line: #d2d2d7; --accent: #0b57d0; --bg: #fbfbfd; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink);
         background: var(--bg); }
  header { padding: 1rem 2rem; border-bottom: 1px solid var(--line); background: #fff; }
  header h1 { margin: 0; font-size: 1.3rem; } header p { margin: .2rem 0 0; color: var(--muted); }
  main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); gap: 2rem; padding: 1.5rem 2rem; }
  @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
  form { display: flex; flex-direction: column; gap: .7rem; }
  label { font-weight: 600; font-size: .9rem; }
  input[type=url], textarea, select { width: 100%; font: inherit; padding: .5rem; border: 1px solid var(--line);
         border-radius: 6px; background: #fff; }
  textarea { min-height: 22rem; font: 13px/1.4 ui-monospace, Menlo, monospace; }
  .row { display: flex; gap: .7rem; align-items: end; } .row > * { flex: 1; }
  button { font: inherit; font-weight: 600; padding: .6rem 1.2rem; border: 0; border-radius: 6px;
           background: var(--accent); color: #fff; cursor: pointer; }
  button:disabled { opacity: .5; cursor: wait; }
  .status { display: inline-block; padding: .1rem .5rem; border-radius: 4px; font-size: .8rem; font-weight: 700; }
  .status.ok { background: #e6f4ea; color: #137333; } .status.bad { background: #fce8e6; color: #a50e0e; }
  article h2 { font-family: Georgia, serif; font-size: 1.7rem; line-height: 1.2; margin: .5rem 0; }
  .meta { color: var(--muted); font-size: .9rem; }
  article p, article li, article blockquote { font-family: Georgia, serif; font-size: 1.05rem; }
  blockquote { border-left: 3px solid var(--line); margin-left: 0; padding-left: 1rem; }
  pre { white-space: pre-wrap; background: #f5f5f7; padding: .7rem; border-radius: 6px; font-size: .8rem; }
  table.fields { border-collapse: collapse; font-size: .85rem; width: 100%; }
  table.fields td { border-top: 1px solid var(--line); padding: .25rem .4rem; vertical-align: top; }
  table.fields td:first-child { color: var(--muted); white-space: nowrap; }
  details { margin-top: 1rem; } summary { cursor: pointer; font-weight: 600; }
  .removed li { font-size: .85rem; color: var(--muted); } .removed b { color: var(--ink); }
  #error { color: #a50e0e; }
</style>
</head>
<body>
<header><h1>copydesk</h1><p>Raw news pages in, clean article records out.</p></header>
<main>
  <form id="form">
    <div class="row">
      <div><label for="mode">Input</label>
        <select id="mode"><option value="extract">HTML page</option><option value="clean">Scraped text</option></select>
      </div>
      <div><label for="format">Show</label>
        <select id="format"><option value="json">Record</option><option value="text">Text layout</option>
        <option value="markdown">Markdown</option></select>
      </div>
    </div>
    <label for="url">Page URL <span class="meta" id="urlhint"></span></label>
    <input type="url" id="url" placeholder="https://example.com/news/story">
    <label for="body">HTML or text</label>
    <textarea id="body" placeholder="Paste the page's HTML, or text a scraper produced"></textarea>
    <div><button id="go" type="submit">Extract</button> <span id="error"></span></div>
  </form>
  <section id="out"><p class="meta">The article appears here.</p></section>
</main>
<script>
const ALLOW_FETCH = {{ALLOW_FETCH}};
const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => { const n = document.createElement(tag); if (text != null) n.textContent = text;
  if (cls) n.className = cls; return n; };
$("urlhint").textContent = ALLOW_FETCH ? "(alone, it is fetched)" : "(for links and metadata)";

function showRecord(a) {
  const out = $("out"); out.replaceChildren();
  const status = el("span", a.status, "status " + (a.status === "ok" ? "ok" : "bad"));
  out.append(status);
  if (a.reason) out.append(el("span", " " + a.reason, "meta"));
  const art = el("article"); out.append(art);
  if (a.title) art.append(el("h2", a.title));
  const byline = [a.authors && a.authors.length ? "By " + a.authors.join(", ") : null, a.published, a.site_name]
    .filter(Boolean).join(" · ");
  if (byline) art.append(el("p", byline, "meta"));
  if (a.image && (a.image.caption || a.image.credit)) {
    art.append(el("p", [a.image.caption, a.image.credit].filter(Boolean).join(" — "), "meta"));
  }
  let list = null;
  for (const b of a.blocks || []) {
    if (b.kind === "list_item") { if (!list) { list = el("ul"); art.append(list); } list.append(el("li", b.text)); continue; }
    list = null;
    const tag = {heading: "h3", quote: "blockquote", code: "pre", table: "pre"}[b.kind] || "p";
    art.append(el(tag, b.text));
  }
  const fields = el("table", null, "fields");
  for (const key of ["url", "canonical_url", "language", "modified", "agency", "section", "tags", "description"]) {
    const v = a[key]; if (v == null || (Array.isArray(v) && !v.length)) continue;
    const tr = el("tr"); tr.append(el("td", key), el("td", Array.isArray(v) ? v.join(", ") : String(v)));
    fields.append(tr);
  }
  for (const [key, src] of Object.entries(a.provenance || {})) {
    const tr = el("tr"); tr.append(el("td", key + " from"), el("td", src)); fields.append(tr);
  }
  const meta = el("details"); meta.append(el("summary", "Metadata"), fields); out.append(meta);
  const removed = el("details", null, "removed");
  removed.append(el("summary", "Removed (" + (a.removed || []).length + ")"));
  const ul = el("ul");
  for (const r of a.removed || []) { const li = el("li"); li.append(el("b", r.category + ": "), r.text); ul.append(li); }
  removed.append(ul); out.append(removed);
  if (a.related && a.related.length) {
    const rel = el("details"); rel.append(el("summary", "Related (" + a.related.length + ")"));
    const rl = el("ul"); for (const r of a.related) rl.append(el("li", r.title + (r.url ? " — " + r.url : "")));
    rel.append(rl); out.append(rel);
  }
  const raw = el("details"); raw.append(el("summary", "JSON"), el("pre", JSON.stringify(a, null, 2))); out.append(raw);
}

$("mode").addEventListener("change", () => { $("go").textContent = $("mode").value === "clean" ? "Clean" : "Extract"; });
$("form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("error").textContent = ""; $("go").disabled = true;
  const mode = $("mode").value, format = $("format").value, url = $("url").value || null, body = $("body").value;
  const payload = mode === "clean" ? {text: body, url, format} : (body ? {html: body, url, format} : {url, format});
  try {
    const res = await fetch("/v1/" + mode, {method: "POST", headers: {"Content-Type": "application/json"},
                                            body: JSON.stringify(payload)});
    if (!res.ok) { const e = await res.json().catch(() => ({})); throw new Error(e.error || res.statusText); }
    if (format === "json") showRecord(await res.json());
    else $("out").replaceChildren(el("pre", await res.text()));
  } catch (e) { $("error").textContent = e.message; }
  finally { $("go").disabled = false; }
});
</script>
</body>
</html>
"""
