"use strict";
// newsloom report: renders the views from the data block with the DOM API only (no HTML parsing), so article
// text, however hostile, is only ever text. Routes live in the URL's hash: #/story/3, #/event/7 ...
// The data block is JSON, gzip-compressed and base64-encoded: unpacked here with the browser's DecompressionStream
// (no network, works from disk); or plain JSON (newsloom report --uncompressed).
(async function () {
  const app = document.getElementById("app");
  function fail(...message) {
    app.replaceChildren(Object.assign(document.createElement("p"), {className: "problem"}));
    app.firstChild.append(...message);
  }
  async function load() {
    const el = document.getElementById("nl-data");
    if (el.getAttribute("data-encoding") !== "gzip+base64") return JSON.parse(el.textContent);
    if (typeof DecompressionStream !== "function" || typeof Blob.prototype.stream !== "function") {
      throw new Error("unsupported");
    }
    const bin = atob(el.textContent.replace(/\s+/g, ""));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  }
  let D;
  try {
    D = await load();
  } catch (err) {
    if (err && err.message === "unsupported") {
      fail("This browser cannot unpack the report: it needs DecompressionStream (Chrome or Edge 80+, Firefox 113+, " +
        "Safari 16.4+). Open the file in a current browser, or write the report again uncompressed: ",
        Object.assign(document.createElement("code"), {textContent: "newsloom report --uncompressed -o report.html"}), ".");
    } else {
      fail("The report's data could not be read (" + String(err && err.message || err) + "): the file may be damaged " +
        "or cut short; write it again with newsloom report.");
    }
    return;
  }
  const A = D.articles, E = D.entities, V = D.events, S = D.stories, X = D.discrepancies;
  const PER = 50;
  const SVGNS = "http://www.w3.org/2000/svg";
  const G = D.geometry, C = D.colours;  // timeline geometry and type colours, from newsloom.web.style

  V.forEach(v => { v.a = v.a || []; v.e = v.e || []; v.tp = v.tp || []; v.f = v.f || []; });  // absent: empty
  const quoteText = (a, q) => Array.isArray(q[4]) ? (a.x || "").slice(q[4][0], q[4][1]) : (q[4] || "");
  // who takes part in what, which events each entity has, which articles each entity is in
  const eventsOf = E.map(() => []);
  V.forEach((v, i) => {
    const seen = new Set([...(v.a || []), v.s, v.g, v.loc].filter(x => x !== null && x !== undefined));
    seen.forEach(x => eventsOf[x].push(i));
  });
  const articlesOf = E.map(() => new Map());
  A.forEach((a, ai) => (a.m || []).forEach(m => {
    const c = articlesOf[m[2]];
    c.set(ai, (c.get(ai) || 0) + 1);
  }));

  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "on") Object.entries(v).forEach(([ev, fn]) => el.addEventListener(ev, fn));
      else el.setAttribute(k, v);
    }
    add(el, kids);
    return el;
  }
  function add(el, kids) {
    for (const c of kids.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  function s(tag, attrs, ...kids) {
    const el = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, v);
    for (const c of kids.flat()) if (c) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return el;
  }
  const link = (route, ...kids) => h("a", {href: "#/" + route}, ...kids);
  const lang = l => h("span", {class: "badge lang"}, l || "und");
  const badge = (t, cls) => h("span", {class: "badge " + (cls || "")}, t);
  const hue = v => C[v] || C.OTHER;
  const entLink = i => (i === null || i === undefined || !E[i]) ? "—" :
    h("a", {href: "#/entity/" + i, class: "entity " + E[i].k}, E[i].n);
  const artTitle = a => a.t || a.id;
  function artLink(ai) {
    const a = A[ai];
    return h("span", {}, lang(a.l), " ", link("article/" + ai, artTitle(a)),
      h("span", {class: "muted"}, " ", a.src || "", a.p ? " · " + a.p : ""));
  }
  const evText = (ai, st, en) => (A[ai].x || "").slice(st, en);
  function evRow(vi) {
    const v = V[vi];
    const arts = new Set(v.e.map(x => x[0]));
    const langs = [...new Set([...arts].map(ai => A[ai].l))].sort();
    return h("li", {class: "event"}, badge(v.k, "type"), " ", link("event/" + vi, v.sum || v.id),
      h("span", {class: "muted"}, " · " + arts.size + " article" + (arts.size === 1 ? "" : "s") + " "),
      langs.map(l => [lang(l), " "]));
  }
  function dateKey(d) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d || "");
    return m ? m[1] + "-" + (m[2] || "01") + "-" + (m[3] || "01") : null;
  }

  function paged(items, render, state) {
    // a list shown PER at a time, with previous / next
    const box = h("div", {class: "paged"});
    let page = 0;
    const pages = Math.max(1, Math.ceil(items.length / PER));
    function draw() {
      box.replaceChildren();
      const ul = h("ul", {class: "plain"});
      items.slice(page * PER, (page + 1) * PER).forEach(x => ul.append(render(x)));
      if (!items.length) ul.append(h("li", {class: "muted"}, "None."));
      box.append(ul);
      if (pages > 1) {
        box.append(h("nav", {class: "pager"},
          page > 0 ? h("button", {on: {click: () => { page--; draw(); }}}, "← previous") : null,
          h("span", {class: "muted"}, "page " + (page + 1) + " of " + pages + " (" + items.length + ")"),
          page < pages - 1 ? h("button", {class: "next", on: {click: () => { page++; draw(); }}}, "next →") : null));
      }
    }
    draw();
    return box;
  }

  // ------------------------------------------------------------------ views
  function home() {
    const langs = {};
    A.forEach(a => { langs[a.l] = (langs[a.l] || 0) + 1; });
    const order = S.map((x, i) => i).sort((i, j) => S[j].a.length - S[i].a.length || (S[i].id < S[j].id ? -1 : 1));
    return [h("h1", {}, "What the store knows"),
      h("p", {}, A.length + " articles in " + Object.keys(langs).length + " languages (",
        Object.entries(langs).map(([l, n], k) => [k ? ", " : "", lang(l), " " + n]), "), ",
        link("stories", S.length + " stories"), ", ", link("events", V.length + " events"), ", ",
        link("entities", E.length + " people, organisations and places"), ", ",
        link("discrepancies", X.length + " discrepancies"), "."),
      h("p", {class: "muted"}, "Made by " + D.generator + " on " + D.made + ". Click a story to see its timeline; an event to see the sentences that report it; a sentence to read it in its article."),
      h("h2", {}, "Stories"), storyList(order)];
  }
  function storyList(order) {
    return paged(order, i => {
      const st = S[i];
      const langs = [...new Set(st.a.map(ai => A[ai].l))].sort();
      return h("li", {class: "story"}, link("story/" + i, st.t),
        h("span", {class: "muted"}, " " + st.a.length + " articles, " + st.v.length + " events" +
          (st.fd ? ", " + st.fd + " – " + (st.ld || "") : "") + " "), langs.map(l => [lang(l), " "]));
    });
  }
  function storiesView() {
    const order = S.map((x, i) => i).sort((i, j) => S[j].a.length - S[i].a.length);
    return [h("h1", {}, "Stories"), storyList(order)];
  }

  function timeline(st) {
    // drawn from the positions newsloom.web.style.timeline computed, as the web page draws them
    const t = st.g || {}, out = [];
    if (t.lb) {
      const W = G.width, H = G.height;
      const svg = s("svg", {class: "timeline", viewBox: "0 0 " + W + " " + H, width: W, height: H, role: "img",
        "aria-label": "timeline from " + t.f + " to " + t.l});
      svg.append(s("line", {x1: G.axis_inset, y1: G.axis_y, x2: W - G.axis_inset, y2: G.axis_y, stroke: "#9aa3b2"}));
      t.lb.forEach(([x, iso, anchor]) => svg.append(
        s("line", {x1: x, y1: G.axis_y - G.label_tick, x2: x, y2: G.axis_y + G.label_tick, stroke: "#9aa3b2"}),
        s("text", {x: x, y: G.label_y, "text-anchor": anchor}, iso)));
      (t.tk || []).forEach(([x, ai]) => svg.append(s("a", {href: "#/article/" + ai},
        s("title", {}, (A[ai].p || "") + " · " + A[ai].l + " · " + artTitle(A[ai])),
        s("rect", {class: "tick", x: x - G.tick_w / 2, y: G.tick_y, width: G.tick_w, height: G.tick_h, fill: "#5b6475"}))));
      (t.dt || []).forEach(([x, y, vi, exact]) => {
        const v = V[vi], c = hue(v.k || "EVENT");
        svg.append(s("a", {href: "#/event/" + vi, class: "dot"}, s("title", {}, (v.d || "") + " · " + (v.sum || v.id)),
          s("circle", {cx: x, cy: y, r: G.dot_r, fill: c, "fill-opacity": exact ? null : G.faint, stroke: exact ? null : c})));
      });
      svg.append(s("text", {x: G.axis_inset + 2, y: 14}, G.caption));
      out.push(svg);
      if (t.lg) out.push(h("p", {class: "legend muted"}, t.lg.map(k => h("span", {}, h("span", {class: "sw", "data-c": k}, "●"), " " + k))));
    }
    if (t.u) out.push(h("p", {class: "muted"}, t.u + " event" + (t.u === 1 ? "" : "s") + " without a date (listed below, not drawn)."));
    return out;
  }
  function colourSwatches() {
    document.querySelectorAll("span.sw[data-c]").forEach(el => {
      // colour through the SVG presentation attribute: no inline style needed (the CSP forbids it)
      const svg = s("svg", {width: 10, height: 10, viewBox: "0 0 10 10", class: "swatch"},
        s("circle", {cx: 5, cy: 5, r: 5, fill: hue(el.getAttribute("data-c"))}));
      el.replaceWith(svg);
    });
  }

  function storyView(i) {
    const st = S[i];
    if (!st) return notFound();
    const byDay = new Map();
    st.v.slice().sort((p, q) => (dateKey(V[p].d) || "9999") < (dateKey(V[q].d) || "9999") ? -1 :
      (dateKey(V[p].d) || "9999") > (dateKey(V[q].d) || "9999") ? 1 : p - q).forEach(vi => {
      const d = V[vi].d || "no date";
      if (!byDay.has(d)) byDay.set(d, []);
      byDay.get(d).push(vi);
    });
    const langs = [...new Set(st.a.map(ai => A[ai].l))].sort();
    const ms = Array.isArray(st.tl) ? st.tl.slice(0, 200) : [];
    return [h("p", {class: "muted"}, link("stories", "Stories"), " ›"), h("h1", {}, st.t),
      h("p", {class: "meta"}, st.a.length + " articles ", langs.map(l => [lang(l), " "]), "· " + st.v.length + " events" +
        (st.fd ? " · " + st.fd + " – " + (st.ld || "") : "")),
      h("h2", {id: "timeline"}, "Timeline"), timeline(st),
      ms.length ? [h("h3", {}, "Milestones"), h("ol", {class: "plain"}, ms.map(m => h("li", {},
        (m && typeof m === "object") ? [h("strong", {}, String(m.date || "")), " ", String(m.summary || m.title || m.label || m.event || "")] : String(m))))] : null,
      h("div", {class: "days"}, [...byDay.entries()].slice(0, 400).map(([d, vs]) =>
        h("section", {class: "day"}, h("div", {class: "date"}, d), h("ul", {class: "plain"}, vs.map(evRow))))),
      h("h2", {}, "Articles"),
      paged(st.a.slice().sort((p, q) => (A[p].p || "9999") < (A[q].p || "9999") ? -1 : 1), ai => h("li", {}, artLink(ai)))];
  }

  function eventView(i) {
    const v = V[i];
    if (!v) return notFound();
    const groups = new Map();
    v.e.forEach(([ai, st, en]) => { if (!groups.has(ai)) groups.set(ai, []); groups.get(ai).push([st, en]); });
    const langs = [...new Set([...groups.keys()].map(ai => A[ai].l))].sort();
    const role = a => a === v.s ? " (source)" : a === v.g ? " (target)" : "";
    const disc = X.filter(x => x.sv === i);
    return [h("p", {class: "muted"}, v.sy !== null && v.sy !== undefined ? [link("story/" + v.sy, S[v.sy].t), " ›"] : null),
      h("h1", {}, badge(v.k, "type"), " ", v.sum || v.id),
      h("dl", {class: "facts"},
        h("dt", {}, "type"), h("dd", {}, (v.k || "—") + (v.mo ? " (" + v.mo + ")" : "")),
        h("dt", {}, "participants"), h("dd", {}, v.a.length ? v.a.map((a, k) => [k ? ", " : "", entLink(a), h("span", {class: "muted"}, role(a))]) : "—"),
        h("dt", {}, "place"), h("dd", {}, v.loc !== null && v.loc !== undefined ? entLink(v.loc) : "—"),
        h("dt", {}, "date"), h("dd", {}, v.d || "—"),
        h("dt", {}, "status"), h("dd", {}, badge(v.st || "—", "status")),
        v.tp.length ? [h("dt", {}, "topics"), h("dd", {}, v.tp.join(", "))] : null,
        v.f.length ? [h("dt", {}, "figures"), h("dd", {}, v.f.map(f => f[0] + ": " + f[1] + (f[2] ? " " + f[2] : "")).join("; "))] : null,
        h("dt", {}, "reported by"), h("dd", {}, groups.size + " article" + (groups.size === 1 ? "" : "s") + " ", langs.map(l => [lang(l), " "]))),
      h("h2", {id: "evidence"}, "Evidence"),
      [...groups.entries()].sort((p, q) => (A[p[0]].l + (A[p[0]].p || "")) < (A[q[0]].l + (A[q[0]].p || "")) ? -1 : 1)
        .map(([ai, spans]) => h("div", {class: "card report"}, h("div", {}, artLink(ai)),
          spans.map(([st, en]) => h("blockquote", {class: "evidence", lang: A[ai].l},
            evText(ai, st, en), " ", h("a", {class: "in-context", href: "#/article/" + ai + "/event/" + i + "/at/" + st + "-" + en}, "in context →"))))),
      disc.length ? [h("h2", {}, "Where sources disagree"), disc.map(claims)] : null];
  }

  function segments(text, spans) {
    const n = text.length, cuts = new Set([0, n]);
    spans.forEach(sp => { cuts.add(Math.max(0, Math.min(n, sp.s))); cuts.add(Math.max(0, Math.min(n, sp.e))); });
    const cs = [...cuts].sort((a, b) => a - b), out = [];
    for (let k = 0; k + 1 < cs.length; k++) {
      const a = cs[k], b = cs[k + 1];
      out.push({a, b, on: spans.filter(sp => sp.s <= a && a < sp.e)});
    }
    return out;
  }
  const ORDER = {ev: 0, q: 1, m: 2, t: 3};
  function articleView(i, target, at) {
    const a = A[i];
    if (!a) return notFound();
    const text = a.x || "";
    const spans = [];
    const evAt = new Map();
    (a.ev || []).forEach(([st, en, vi]) => { const k = st + "-" + en; if (!evAt.has(k)) evAt.set(k, []); evAt.get(k).push(vi); });
    evAt.forEach((vs, k) => { const [st, en] = k.split("-").map(Number); spans.push({k: "ev", s: st, e: en, vs, tg: target !== null && vs.includes(target)}); });
    (a.q || []).forEach(q => spans.push({k: "q", s: q[0], e: q[1], title: "quote" + (q[3] ? " — " + q[3] : "")}));
    (a.m || []).forEach(m => spans.push({k: "m", s: m[0], e: m[1], ent: m[2]}));
    (a.tx || []).forEach(t => spans.push({k: "t", s: t[0], e: t[1], title: t[2] + " " + t[3]}));
    const ok = spans.filter(sp => Number.isInteger(sp.s) && Number.isInteger(sp.e) && sp.s >= 0 && sp.s < sp.e && sp.e <= text.length);
    const box = h("div", {class: "article-text", lang: a.l});
    segments(text, ok).forEach(seg => {
      let node = document.createTextNode(text.slice(seg.a, seg.b));
      let linked = false;
      const on = seg.on.slice().sort((p, q) => ORDER[p.k] - ORDER[q.k] || p.s - q.s);
      const wraps = on.map(sp => {
        if (sp.k === "ev") return h("mark", {class: sp.tg ? "ev target" : "ev", title: sp.vs.slice(0, 4).map(vi => V[vi].sum).join("; "), "data-at": sp.s + "-" + sp.e});
        if (sp.k === "q") return h("span", {class: "q", title: sp.title});
        if (sp.k === "t") return h("time", {class: "tx", title: sp.title});
        if (!linked && E[sp.ent]) { linked = true; return h("a", {class: "m " + E[sp.ent].k, href: "#/entity/" + sp.ent, title: E[sp.ent].n}); }
        return h("span", {class: "m"});
      });
      for (let k = wraps.length - 1; k >= 0; k--) { wraps[k].append(node); node = wraps[k]; }
      on.filter(sp => sp.k === "ev" && sp.s === seg.a).forEach(sp => box.append(h("span", {class: "anchor", id: "s-" + sp.s + "-" + sp.e})));
      box.append(node);
    });
    const dups = A.map((x, k) => x.dup === a.id ? k : -1).filter(k => k >= 0);
    const evs = [...new Set((a.ev || []).map(x => x[2]))];
    const st = S.findIndex(x => x.a.includes(i));
    const facts = h("dl", {class: "facts"},
      h("dt", {}, "language"), h("dd", {}, lang(a.l)),
      h("dt", {}, "source"), h("dd", {}, a.src || "—", a.u ? [" · ", h("a", {href: a.u, rel: "noopener noreferrer nofollow"}, a.u)] : null),
      h("dt", {}, "published"), h("dd", {}, a.p || "unknown", a.pb ? h("span", {class: "muted"}, " (" + a.pb + ")") : null),
      h("dt", {}, "information density"), h("dd", {class: "density"}, String(a.d) + " facts per 100 words"),
      a.dup ? [h("dt", {}, "copy of"), h("dd", {}, (() => { const k = A.findIndex(x => x.id === a.dup); return k >= 0 ? link("article/" + k, a.dup) : a.dup; })())] : null,
      dups.length ? [h("dt", {}, "copies"), h("dd", {}, dups.map(k => [link("article/" + k, A[k].id), " "]))] : null,
      h("dt", {}, "id"), h("dd", {}, h("code", {}, a.id)));
    const removed = (a.rm || []).length ?
      h("details", {class: "removed"}, h("summary", {}, "Removed by cleaning (" + a.rm.length + " piece" + (a.rm.length === 1 ? "" : "s") + ")"),
        a.rm.slice(0, 200).map(r => h("pre", {}, r))) : h("p", {class: "muted"}, "Cleaning removed nothing.");
    const view = [h("p", {class: "muted"}, st >= 0 ? [link("story/" + st, S[st].t), " ›"] : null), h("h1", {lang: a.l}, artTitle(a)), facts,
      h("p", {class: "legend muted"}, h("mark", {class: "ev"}, "event evidence"), " ", h("span", {class: "q"}, "quote"), " ",
        h("a", {class: "m PERSON"}, "person"), " ", h("a", {class: "m ORG"}, "organisation"), " ", h("a", {class: "m PLACE"}, "place"), " ",
        h("time", {class: "tx"}, "date")),
      box, removed,
      h("h2", {}, "Events reported here"), h("ul", {class: "plain"}, evs.map(evRow)),
      (a.q || []).length ? [h("h2", {}, "Quotes"), h("ul", {class: "plain"}, a.q.map(q => h("li", {}, "“" + quoteText(a, q) + "”",
        q[2] !== null && q[2] !== undefined && E[q[2]] ? [" — ", entLink(q[2])] : q[3] ? " — " + q[3] : null)))] : null,
      (a.tx || []).length ? [h("h2", {}, "Dates"), h("ul", {class: "plain"}, a.tx.map(t => h("li", {}, h("q", {}, text.slice(t[0], t[1])), " → ", h("code", {}, t[3]), h("span", {class: "muted"}, " " + t[2]))))] : null];
    view.after = () => {
      const el = at ? document.getElementById("s-" + at) : box.querySelector("mark.target");
      if (el) el.scrollIntoView({block: "center"});
    };
    return view;
  }

  function entityView(i) {
    const e = E[i];
    if (!e) return notFound();
    const roles = e.r.slice().sort((p, q) => (dateKey(p.d) || "9999") < (dateKey(q.d) || "9999") ? -1 : 1);
    const evs = eventsOf[i].slice().sort((p, q) => (dateKey(V[p].d) || "9999") < (dateKey(V[q].d) || "9999") ? -1 : 1);
    const arts = [...articlesOf[i].entries()].sort((p, q) => q[1] - p[1]);
    const met = e.mt || [];  // whom they met, counted as the web pages count it
    return [h("p", {class: "muted"}, link("entities", "People, organisations and places"), " ›"),
      h("h1", {}, e.n, " ", badge(e.k)),
      h("p", {class: "meta"}, e.nm + " mentions in " + e.na + " articles · " + evs.length + " events"),
      e.al.length ? h("p", {}, "Also written: ", e.al.map((x, k) => [k ? ", " : "", h("q", {}, x)])) : null,
      h("h2", {}, "Roles over time"),
      roles.length ? h("ol", {class: "plain roles"}, roles.map(r => h("li", {}, h("strong", {}, r.d || "undated"), " — " + (r.t || ""),
        r.ev.map(([ai, st, en]) => h("blockquote", {class: "evidence"}, evText(ai, st, en), " ", h("a", {href: "#/article/" + ai + "/at/" + st + "-" + en}, A[ai].id)))))) :
        h("p", {class: "muted"}, "No role found."),
      met.length ? [h("h2", {}, "Met"), h("p", {}, met.map(([x, n], k) => [k ? ", " : "", entLink(x), h("span", {class: "muted"}, " ×" + n)]))] : null,
      h("h2", {}, "Events"), paged(evs, vi => h("li", {}, h("span", {class: "muted"}, (V[vi].d || "no date") + " "), badge(V[vi].k, "type"), " ", link("event/" + vi, V[vi].sum))),
      h("h2", {}, "Articles"), paged(arts, ([ai, n]) => h("li", {}, artLink(ai), h("span", {class: "muted"}, " ×" + n)))];
  }

  function filtered(items, text) {
    const f = (document.getElementById("filter").value || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    if (!f) return items;
    return items.filter(x => text(x).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").includes(f));
  }
  function entitiesView(kind) {
    const kinds = ["PERSON", "ORG", "PLACE", "OTHER"];
    let order = E.map((x, i) => i).filter(i => !kind || E[i].k === kind).sort((i, j) => E[j].nm - E[i].nm || (E[i].n < E[j].n ? -1 : 1));
    order = filtered(order, i => E[i].n + " " + E[i].al.join(" "));
    return [h("h1", {}, "People, organisations and places"),
      h("p", {class: "muted"}, "Types: ", link("entities", "all"), kinds.map(k => [" · ", link("entities/" + k, k)])),
      paged(order, i => h("li", {}, entLink(i), h("span", {class: "muted"}, " " + E[i].k + " · " + E[i].nm + " mentions, " + eventsOf[i].length + " events" +
        (E[i].r.length ? " · " + E[i].r.map(r => r.t + (r.d ? " (" + r.d + ")" : "")).slice(0, 3).join("; ") : ""))))];
  }
  function eventsView() {
    const order = filtered(V.map((x, i) => i), i => V[i].sum || "").sort((i, j) => V[j].e.length - V[i].e.length || i - j);
    return [h("h1", {}, "Events"), paged(order, evRow)];
  }
  function articlesView() {
    const order = filtered(A.map((x, i) => i), i => artTitle(A[i]) + " " + A[i].src);
    return [h("h1", {}, "Articles"), paged(order, ai => h("li", {}, artLink(ai), h("span", {class: "muted"}, " · density " + A[ai].d + (A[ai].dup ? " · copy" : ""))))];
  }
  function claims(x) {
    const subj = x.sv !== null && x.sv !== undefined ? link("event/" + x.sv, V[x.sv].sum) :
      x.se !== null && x.se !== undefined ? entLink(x.se) : String(x.id || "");
    return h("div", {class: "card discrepancy"}, h("div", {}, h("strong", {}, x.fl || ""), " of ", subj),
      h("div", {class: "sides"}, x.c.map(c => h("div", {class: "claim"}, h("div", {class: "value"}, String(c.v)),
        c.e.map(([ai, st, en]) => h("blockquote", {class: "evidence", lang: A[ai].l}, evText(ai, st, en),
          h("div", {class: "muted"}, lang(A[ai].l), " ", h("a", {href: "#/article/" + ai + "/at/" + st + "-" + en}, artTitle(A[ai])))))))));
  }
  function discrepanciesView() {
    return [h("h1", {}, "Where sources disagree"), X.length ? paged(X, x => h("li", {}, claims(x))) : h("p", {}, "No discrepancies found between the sources.")];
  }
  function networkView() {
    const N = D.network;
    const out = [h("h1", {}, "Who met whom"), h("p", {class: "muted"}, "People, organisations and countries joined when they take part in the same CONSULT event (meetings, visits, calls).")];
    if (!N.n.length) return out.concat([h("p", {}, "No meetings between named actors.")]);
    const pos = new Map(N.n.map(n => [n[0], n]));
    const svg = s("svg", {class: "network", viewBox: "0 0 " + N.w + " " + N.h, width: N.w, height: N.h, role: "img"});
    N.l.forEach(([a, b, w]) => svg.append(s("line", {x1: pos.get(a)[1], y1: pos.get(a)[2], x2: pos.get(b)[1], y2: pos.get(b)[2], stroke: "#8a94a8", "stroke-opacity": 0.7, "stroke-width": Math.min(1 + w, 8)})));
    N.n.forEach(([i, x, y, r, d]) => svg.append(s("a", {href: "#/entity/" + i, class: "node"}, s("title", {}, E[i].n + " (" + d + ")"),
      s("circle", {cx: x, cy: y, r: r, fill: hue(E[i].k), stroke: "#fff"}), s("text", {x: x, y: y - r - 3, "text-anchor": "middle"}, E[i].n))));
    return out.concat([svg]);
  }
  function notFound() { return [h("h1", {}, "Not found"), h("p", {}, link("", "Back to the overview"))]; }

  // ------------------------------------------------------------------ router
  const NAV = [["stories", "Stories"], ["events", "Events"], ["entities", "People & organisations"], ["articles", "Articles"],
    ["discrepancies", "Discrepancies"], ["network", "Who met whom"]];
  add(document.getElementById("nav"), NAV.map(([r, t]) => link(r, t)));
  function route() {
    const parts = (location.hash || "#/").slice(2).split("/");
    const n = k => { const v = parseInt(parts[k], 10); return Number.isInteger(v) ? v : -1; };
    let view;
    switch (parts[0]) {
      case "stories": view = storiesView(); break;
      case "story": view = storyView(n(1)); break;
      case "event": view = eventView(n(1)); break;
      case "events": view = eventsView(); break;
      case "entity": view = entityView(n(1)); break;
      case "entities": view = entitiesView(["PERSON", "ORG", "PLACE", "OTHER"].includes(parts[1]) ? parts[1] : null); break;
      case "article": {
        const ev = parts.indexOf("event"), at = parts.indexOf("at");
        view = articleView(n(1), ev > 0 ? n(ev + 1) : null, at > 0 && /^\d+-\d+$/.test(parts[at + 1] || "") ? parts[at + 1] : null);
        break;
      }
      case "articles": view = articlesView(); break;
      case "discrepancies": view = discrepanciesView(); break;
      case "network": view = networkView(); break;
      default: view = home();
    }
    app.replaceChildren();
    add(app, [view]);
    colourSwatches();
    if (view.after) view.after(); else window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", route);
  document.getElementById("filter").addEventListener("input", () => {
    const p = (location.hash || "#/").slice(2).split("/")[0];
    if (!["entities", "events", "articles"].includes(p)) location.hash = "#/entities"; else route();
  });
  route();
})();
