/// The workbench page: one self-contained document (no external resource, works offline),
/// built on the JSON API. Kept in Swift rather than as a bundle resource so that the
/// statically linked binary stays a single file.
enum WorkbenchPage {
    static let html = #"""
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Atelier de revue — Occulter</title>
<style>
:root { --ink:#1d2433; --muted:#5b6475; --line:#d5d9e2; --accent:#1f4e96; --pending:#b35c00; --ok:#1d6b3a; --bad:#a3262e; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.45 "DejaVu Sans", system-ui, sans-serif; color:var(--ink); background:#f5f6f8; }
header { background:#fff; border-bottom:1px solid var(--line); padding:12px 20px; position:sticky; top:0; z-index:2; }
header h1 { font-size:18px; margin:0 0 4px; }
.banner { background:var(--bad); color:#fff; font-weight:bold; padding:4px 20px; margin:-12px -20px 8px; letter-spacing:.03em; }
.bar { display:flex; flex-wrap:wrap; gap:10px 18px; align-items:center; margin-top:8px; }
.bar label { font-size:13px; color:var(--muted); }
.bar input, .bar select { font:inherit; padding:3px 6px; border:1px solid var(--line); border-radius:4px; }
#reviewer:invalid, #reviewer.missing { border-color:var(--bad); background:#fff4f4; }
button { font:inherit; border:1px solid var(--line); background:#fff; border-radius:4px; padding:4px 10px; cursor:pointer; }
button.keep { border-color:var(--ok); color:var(--ok); }
button.occult { border-color:var(--bad); color:var(--bad); }
button.primary { background:var(--accent); color:#fff; border-color:var(--accent); }
main { padding:16px 20px 80px; max-width:1200px; }
#message { margin:0 0 12px; padding:8px 12px; border-radius:4px; display:none; }
#message.info { display:block; background:#e8f0fb; }
#message.error { display:block; background:#fde8e8; color:var(--bad); font-weight:bold; }
.stats { font-size:13px; color:var(--muted); }
.group { background:#fff; border:1px solid var(--line); border-left:5px solid var(--line); border-radius:6px; margin:0 0 12px; padding:10px 14px; }
.group.pending { border-left-color:var(--pending); }
.group.selected { outline:3px solid var(--accent); }
.group h2 { font-size:15px; margin:0; display:flex; gap:8px; flex-wrap:wrap; align-items:baseline; }
.value { background:#fff3b0; padding:0 3px; border-radius:3px; font-weight:bold; }
.badge { display:inline-block; font-size:12px; padding:0 6px; border-radius:10px; background:#eceff4; color:var(--muted); }
.badge.pending { background:#ffe7cc; color:var(--pending); }
.badge.decided { background:#e1f3e7; color:var(--ok); }
.badge.verify { background:#fde8e8; color:var(--bad); font-weight:bold; }
.actions { display:flex; gap:8px; margin:8px 0; flex-wrap:wrap; align-items:center; }
.bases { font-size:13px; margin:4px 0; }
.why { font-size:13px; color:var(--muted); }
details.rows summary { cursor:pointer; font-size:13px; color:var(--accent); }
table.row { border-collapse:collapse; width:100%; margin:6px 0 10px; font-size:13px; table-layout:fixed; }
table.row th, table.row td { border:1px solid var(--line); padding:3px 6px; vertical-align:top; overflow-wrap:anywhere; }
table.row th { background:#f0f2f6; text-align:left; width:18%; font-weight:normal; color:var(--muted); }
td.before mark { background:#fff3b0; }
td.before mark.occulted { background:#ffd2d2; }
td.before.scanned { cursor:text; }
td.after { color:#264d2f; }
td.after.changed { background:#eef6ee; font-weight:bold; }
#add-form { position:fixed; right:20px; bottom:20px; background:#fff; border:2px solid var(--accent); border-radius:6px; padding:12px; display:none; z-index:3; max-width:420px; }
#add-form.open { display:block; }
kbd { border:1px solid var(--line); border-radius:3px; padding:0 4px; font-size:12px; background:#fafafa; }
</style>
</head>
<body>
<header>
  <div class="banner">CONFIDENTIEL — ne pas publier : cette page montre les valeurs occultées.</div>
  <h1 id="title">Atelier de revue</h1>
  <div class="stats" id="stats"></div>
  <div class="bar">
    <label>Votre nom et fonction (obligatoire) <input id="reviewer" required placeholder="ex. A. Martin, DPO" size="26"></label>
    <label>Règle <select id="filter-rule"><option value="">toutes</option></select></label>
    <label>Statut <select id="filter-status"><option value="">tous</option></select></label>
    <label>Colonne <select id="filter-column"><option value="">toutes</option></select></label>
    <button id="rerun" class="primary" type="button">Relancer avec les décisions</button>
  </div>
  <div class="stats">Clavier : <kbd>j</kbd>/<kbd>k</kbd> élément suivant/précédent, <kbd>c</kbd> conserver (publier), <kbd>o</kbd> occulter. Sélectionnez un passage dans une cellule « avant » pour occulter ce que l'outil a manqué.</div>
</header>
<main>
  <p id="message" role="status"></p>
  <details id="manual-add" class="group">
    <summary>Occulter un passage manqué dans une ligne qui n'apparaît pas ici</summary>
    <p class="why">Les lignes montrées sont celles où l'outil a trouvé quelque chose. Pour une autre ligne, indiquez sa clé (telle que l'affiche le rapport), la colonne et le texte exact : le prochain « Relancer » l'occultera, ou signalera l'ajout s'il ne correspond à rien.</p>
    <div class="actions">
      <label>Colonne <select id="manual-column"></select></label>
      <label>Clé de ligne <input id="manual-row-key" size="14"></label>
      <label>Texte exact <input id="manual-text" size="24"></label>
      <label>Règle <select id="manual-rule"></select></label>
      <button id="manual-submit" class="occult" type="button">Occulter ce passage</button>
    </div>
    <div id="additions"></div>
  </details>
  <div id="groups"></div>
</main>
<div id="add-form" role="dialog" aria-label="Occulter un passage manqué">
  <strong>Occulter un passage manqué</strong>
  <p>« <span id="add-text" class="value"></span> » — colonne <span id="add-column"></span>, ligne <span id="add-row-key"></span></p>
  <label>Règle appliquée <select id="add-rule"></select></label>
  <p><label>Motif <input id="add-comment" size="30"></label></p>
  <div class="actions"><button id="add-submit" class="occult" type="button">Occulter ce passage</button>
  <button id="add-cancel" type="button">Annuler</button></div>
</div>
<script>
"use strict";
const token = new URLSearchParams(location.search).get("token") || "";
const STATUS = { "en-attente": "en attente de revue", "appliquee": "occulté automatiquement", "exemption": "conservé automatiquement (exemption)",
  "revue-conserve": "conservé par le DPO", "revue-occulte": "occulté par le DPO", "a-relancer": "décidé ici, à appliquer (« Relancer »)" };
let run = null, items = [], groups = [], selected = 0, pendingAdd = null, rowsByNumber = new Map(), itemsByRow = new Map();
const $ = id => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value; else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  return node;
}

async function api(method, path, body) {
  const response = await fetch(path, { method, headers: { "Authorization": "Bearer " + token, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body) });
  const data = await response.json().catch(() => ({ erreur: "réponse illisible du serveur (" + response.status + ")" }));
  if (!response.ok) throw new Error(data.erreur || ("erreur " + response.status));
  return data;
}

function say(text, kind) { const m = $("message"); m.textContent = text; m.className = kind || "info"; }

function reviewer() {
  const field = $("reviewer"), name = field.value.trim();
  field.classList.toggle("missing", !name);
  if (!name) { field.focus(); throw new Error("Indiquez d'abord votre nom et fonction : une décision sans auteur est refusée."); }
  localStorage.setItem("occulter-reviewer", name);
  return name;
}

// An item is automatic when the tool decided it; a DPO decision against it overturns it.
function automaticChoice(item) {
  if (item.status === "appliquee") return item.action === "keep" ? "keep" : "occult";
  if (item.status === "exemption") return "keep";
  return null;
}

function currentChoice(item) {
  if (item.decided) return item.decided.decision;
  if (item.review) return item.review.decision;
  return null;
}

function groupItems() {
  const byKey = new Map();
  for (const item of items) {
    const key = item.rule + "\u0001" + item.value.trim().toLowerCase();
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(item);
  }
  groups = [...byKey.values()];
  // Pending first: what is left to decide opens the page.
  groups.sort((a, b) => (a.some(i => i.status === "en-attente") ? 0 : 1) - (b.some(i => i.status === "en-attente") ? 0 : 1));
}

// Decided in the workbench but not yet applied by a run (« Relancer » applies it).
function awaitsRerun(item) {
  return !!item.decided && !(item.review && item.review.decision === item.decided.decision && item.review.date === item.decided.date);
}

function visible(group) {
  const rule = $("filter-rule").value, status = $("filter-status").value, column = $("filter-column").value;
  return group.some(i => (!rule || i.rule === rule) && (!column || i.column === column) &&
    (!status || (status === "a-relancer" ? awaitsRerun(i) : i.status === status)));
}

function fillFilter(select, values, label) {
  const keep = select.value;
  select.replaceChildren(el("option", { value: "" }, select.firstElementChild ? select.firstElementChild.textContent : "tous"));
  for (const value of [...new Set(values)].sort()) select.append(el("option", { value }, label ? label(value) : value));
  select.value = keep;
}

function basisLine(ids) {
  const line = el("div", { class: "bases" }, "Fondements : ");
  ids.forEach((id, index) => {
    const basis = (run.legal_bases || []).find(b => b.id === id);
    line.append(el("span", { title: basis ? basis.text : "" }, basis ? basis.title + " (" + basis.article + ")" : id));
    if (basis && !basis.verified) line.append(" ", el("span", { class: "badge verify", title: "formulation non confrontée au texte officiel" }, "à vérifier"));
    if (index + 1 < ids.length) line.append(" ; ");
  });
  return line;
}

function highlighted(text, spans) {
  const cell = document.createDocumentFragment();
  let cursor = 0;
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    if (span.start < cursor) continue;
    cell.append(text.slice(cursor, span.start), el("mark", { class: span.occulted ? "occulted" : "" }, text.slice(span.start, span.end)));
    cursor = span.end;
  }
  cell.append(text.slice(cursor));
  return cell;
}

function rowTable(item) {
  const entry = rowsByNumber.get(item.row);
  const table = el("table", { class: "row" });
  table.append(el("tr", {}, el("th", {}, "Colonne"), el("th", { style: "width:41%" }, "Avant (original)"), el("th", { style: "width:41%" }, "Après (publié)")));
  if (!entry) return table;
  const scanned = new Set((run.columns || []).filter(c => c.policy === "scan" && c.rules.length).map(c => c.name));
  run.header.forEach((name, index) => {
    const spans = (itemsByRow.get(item.row) || []).filter(i => i.column === name)
      .map(i => ({ start: i.start, end: i.end, occulted: (currentChoice(i) || automaticChoice(i) || "occult") === "occult" }));
    const before = el("td", { class: "before" + (scanned.has(name) ? " scanned" : ""), "data-column": name, "data-row-key": item.row_key },
      highlighted(entry.before[index] || "", spans));
    const outIndex = run.output_header.indexOf(name);
    const published = entry.after ? (outIndex >= 0 ? entry.after[outIndex] : "(colonne non publiée)") : "(ligne retirée)";
    const after = el("td", { class: "after" + (published !== (entry.before[index] || "") ? " changed" : "") }, published);
    table.append(el("tr", {}, el("th", {}, name), before, after));
  });
  return table;
}

function card(group, index) {
  const first = group[0];
  const pending = group.some(i => i.status === "en-attente");
  const node = el("section", { class: "group" + (pending ? " pending" : "") + (index === selected ? " selected" : ""),
    "data-index": index, "data-ids": group.map(i => i.id).join(" "), "data-rule": first.rule,
    "data-statuses": [...new Set(group.map(i => i.status))].join(" "), "data-column": first.column });
  const statuses = [...new Set(group.map(i => i.status))];
  const heading = el("h2", {}, el("span", { class: "value" }, first.value), el("span", { class: "badge" }, first.rule),
    el("span", { class: "badge" }, group.length + (group.length > 1 ? " occurrences" : " occurrence")));
  for (const status of statuses) heading.append(el("span", { class: "badge" + (status === "en-attente" ? " pending" : "") }, STATUS[status] || status));
  const decided = group.map(i => i.decided).filter(Boolean);
  if (decided.length) {
    const d = decided[decided.length - 1];
    const applied = !group.some(awaitsRerun);
    heading.append(el("span", { class: "badge decided" }, (applied ? (d.decision === "keep" ? "publié" : "occulté") : (d.decision === "keep" ? "à publier" : "à occulter")) + " — " + d.reviewer + ", " + d.date +
      (applied ? " (appliqué)" : " (au prochain « Relancer »)")));
  }
  node.append(heading);
  const auto = automaticChoice(first);
  if (auto) node.append(el("div", { class: "why" }, "Décision automatique : " + (auto === "keep" ? "publié" : "occulté") + ". La renverser est enregistré comme tel dans le rapport."));
  node.append(basisLine([...new Set(group.flatMap(i => i.bases))]));
  node.append(el("div", { class: "why" }, first.justification + (first.evidence ? " — indice : " + first.evidence : "")));
  if (!group.every(i => i.decidable)) {
    node.append(el("div", { class: "why" }, "Règle de ligne ou de table : elle suit la configuration et le fichier des secrets, pas le fichier de décisions."));
  } else node.append(el("div", { class: "actions" },
    el("button", { class: "keep", type: "button", onclick: () => decide(group, "keep") }, auto === "occult" ? "Renverser : publier" : "Conserver (publier)"),
    el("button", { class: "occult", type: "button", onclick: () => decide(group, "occult") }, auto === "keep" ? "Renverser : occulter" : "Occulter"),
    el("input", { class: "comment", placeholder: "motif (facultatif)", size: 28 })));
  const rows = el("details", { class: "rows" }, el("summary", {}, "Lignes concernées (avant / après)"));
  // Row tables are built when first opened: a run lists hundreds of groups.
  const fill = () => {
    if (rows.dataset.filled) return;
    rows.dataset.filled = "1";
    const seen = new Set();
    for (const item of group) {
      if (seen.has(item.row)) continue;
      seen.add(item.row);
      rows.append(el("div", { class: "why" }, "Ligne " + item.line + " — clé " + item.row_key + " — colonne " + item.column), rowTable(item));
    }
  };
  rows.addEventListener("toggle", () => { if (rows.open) fill(); });
  if (index === selected) { fill(); rows.open = true; }
  node.append(rows);
  node.addEventListener("click", () => { if (selected !== index) { selected = index; render(); } });
  return node;
}

function render() {
  const container = $("groups");
  const shown = groups.map((g, i) => [g, i]).filter(([g]) => visible(g));
  if (shown.length && !shown.some(([, i]) => i === selected)) selected = shown[0][1];
  container.replaceChildren(...shown.map(([g, i]) => card(g, i)));
  const pending = items.filter(i => i.status === "en-attente" && !i.decided).length;
  $("stats").textContent = run.summary.rows_read + " ligne(s) lue(s), " + run.summary.rows_published + " publiée(s), " +
    run.summary.decisions + " décision(s) ; " + run.summary.pending_review + " en attente au dernier traitement, dont " + pending +
    " encore sans décision. Décisions écrites dans " + run.decisions_file + ".";
  $("stats").setAttribute("data-pending", String(run.summary.pending_review));
}

async function decide(group, choice) {
  try {
    const name = reviewer();
    const node = document.querySelector('.group[data-index="' + groups.indexOf(group) + '"]');
    const field = node ? node.querySelector("input.comment") : null;
    const comment = field ? field.value : "";
    if (!group.every(i => i.decidable)) throw new Error("Cette décision ne se règle pas par le fichier de décisions.");
    for (const item of group) {
      const updated = await api("POST", "/api/items/" + encodeURIComponent(item.id) + "/decision", { decision: choice, reviewer: name, comment });
      item.decided = updated.decided;
    }
    say((choice === "keep" ? "À publier" : "À occulter") + " : " + group.length + " occurrence(s) de « " + group[0].value + " », enregistré(es). « Relancer » applique les décisions.");
    const next = groups.findIndex((g, i) => i > groups.indexOf(group) && visible(g) && g.some(x => x.status === "en-attente" && !x.decided));
    if (next >= 0) selected = next;
    render();
  } catch (error) { say(error.message, "error"); }
}

async function load() {
  run = await api("GET", "/api/run");
  items = await api("GET", "/api/items");
  $("title").textContent = "Atelier de revue — " + run.dataset.title + (run.organisation ? " — " + run.organisation : "");
  rowsByNumber = new Map((run.rows || []).map(r => [r.row, r]));
  itemsByRow = new Map();
  for (const item of items) { if (!itemsByRow.has(item.row)) itemsByRow.set(item.row, []); itemsByRow.get(item.row).push(item); }
  groupItems();
  fillFilter($("filter-rule"), items.map(i => i.rule));
  fillFilter($("filter-status"), items.map(i => i.status).concat(["a-relancer"]), s => STATUS[s] || s);
  fillFilter($("filter-column"), items.map(i => i.column));
  $("rerun").disabled = !run.can_rerun;
  const scanned = (run.columns || []).filter(c => c.policy === "scan" && c.rules.length);
  if (!$("manual-column").options.length) {
    $("manual-column").replaceChildren(...scanned.map(c => el("option", { value: c.name }, c.name)));
    manualRules();
  }
  showAdditions();
  render();
}

function manualRules() {
  const column = (run.columns || []).find(c => c.name === $("manual-column").value) || { rules: [] };
  $("manual-rule").replaceChildren(el("option", { value: "" }, "— choisir la règle —"), ...column.rules.map(r => el("option", { value: r }, r)));
}

function showAdditions() {
  const list = run.additions || [];
  $("additions").replaceChildren(el("p", { class: "why" }, list.length ? "Passages ajoutés au fichier de décisions :" : "Aucun passage ajouté pour l'instant."),
    ...list.map(a => el("div", { class: "why" }, "« " + a.text + " » — " + a.column + ", ligne " + a.row_key + ", règle " + a.rule + " — " + a.review.reviewer + ", " + a.review.date)));
}

async function addSpan(span) {
  const name = reviewer();
  if (!span.rule) throw new Error("Choisissez la règle sous laquelle occulter ce passage (ses fondements s'appliqueront).");
  const added = await api("POST", "/api/additions", { ...span, reviewer: name });
  run.additions = (run.additions || []).filter(a => !(a.rule === added.rule && a.column === added.column && a.row_key === added.row_key && a.text === added.text)).concat([added]);
  showAdditions();
  say("Passage « " + span.text + " » ajouté au fichier de décisions : il sera occulté au prochain « Relancer ».");
}

document.addEventListener("mouseup", event => {
  const cell = event.target.closest ? event.target.closest("td.before.scanned") : null;
  const selection = window.getSelection();
  const text = selection ? selection.toString() : "";
  if (!cell || !text.trim() || !cell.contains(selection.anchorNode)) return;
  const column = cell.getAttribute("data-column");
  const rules = ((run.columns || []).find(c => c.name === column) || { rules: [] }).rules;
  pendingAdd = { column, row_key: cell.getAttribute("data-row-key"), text };
  $("add-text").textContent = text; $("add-column").textContent = column; $("add-row-key").textContent = pendingAdd.row_key;
  $("add-rule").replaceChildren(el("option", { value: "" }, "— choisir la règle —"), ...rules.map(r => el("option", { value: r }, r)));
  $("add-form").classList.add("open");
});
$("add-cancel").addEventListener("click", () => { $("add-form").classList.remove("open"); pendingAdd = null; });
$("add-submit").addEventListener("click", async () => {
  try {
    await addSpan({ ...pendingAdd, rule: $("add-rule").value, comment: $("add-comment").value });
    $("add-form").classList.remove("open"); pendingAdd = null;
  } catch (error) { say(error.message, "error"); }
});
$("rerun").addEventListener("click", async () => {
  $("rerun").disabled = true;
  say("Traitement en cours avec les décisions…");
  try {
    await api("POST", "/api/rerun");
    selected = 0;
    await load();
    say("Traitement relancé : " + run.summary.pending_review + " élément(s) en attente, " + run.summary.rows_published + " ligne(s) publiée(s). Rapports et jeu publiable réécrits.");
    document.body.setAttribute("data-reruns", String(Number(document.body.getAttribute("data-reruns") || "0") + 1));
  } catch (error) { say(error.message, "error"); }
  $("rerun").disabled = !run.can_rerun;
});
$("manual-column").addEventListener("change", manualRules);
$("manual-submit").addEventListener("click", async () => {
  try {
    if (!$("manual-row-key").value.trim() || !$("manual-text").value.trim()) throw new Error("Indiquez la clé de la ligne et le texte exact à occulter.");
    await addSpan({ column: $("manual-column").value, row_key: $("manual-row-key").value.trim(), text: $("manual-text").value, rule: $("manual-rule").value });
    $("manual-text").value = "";
  } catch (error) { say(error.message, "error"); }
});
for (const id of ["filter-rule", "filter-status", "filter-column"]) $(id).addEventListener("change", () => render());
document.addEventListener("keydown", event => {
  if (event.target.matches && event.target.matches("input, select, textarea")) return;
  const shown = groups.map((g, i) => i).filter(i => visible(groups[i]));
  const at = shown.indexOf(selected);
  if (event.key === "j" && at + 1 < shown.length) { selected = shown[at + 1]; render(); }
  else if (event.key === "k" && at > 0) { selected = shown[at - 1]; render(); }
  else if (event.key === "c" && groups[selected]) decide(groups[selected], "keep");
  else if (event.key === "o" && groups[selected]) decide(groups[selected], "occult");
  else return;
  event.preventDefault();
  const node = document.querySelector(".group.selected");
  if (node) node.scrollIntoView({ block: "nearest" });
});
$("reviewer").value = localStorage.getItem("occulter-reviewer") || "";
load().then(() => document.body.setAttribute("data-ready", "1")).catch(error => say(error.message, "error"));
</script>
</body>
</html>
"""#
}
