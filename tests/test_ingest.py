"""Reading inputs: formats, sidecars, ids, origins, encodings, skips, streaming, globs, HTML extraction, dates.

Every input is written by the tests themselves into tmp_path.
"""
from __future__ import annotations

import builtins
import gzip
import io
import json
import os
import time
import types
from datetime import date

import pytest

from newsloom import ingest
from newsloom.ingest import decode_bytes, extract_html, iter_inputs, parse_published
from newsloom.records import RawArticle, Skipped

PARA_EN = ("The regional council approved a new budget for public transport on Wednesday, "
           "adding two bus lines and extending night service in the northern districts.")
PARA_EN2 = ("Opposition members criticised the plan as too modest, while commuter groups "
            "said the extra lines would ease crowding during the morning rush.")
FRENCH = ("Le maire a présenté jeudi un projet de rénovation du théâtre municipal ; "
          "« ça coûtera cher, mais l'édifice le mérite », a-t-il déclaré devant les élus. "
          "Les travaux débuteront à l'été, après la fête de la musique.")


def items(*paths, **kw):
    return list(iter_inputs([str(p) for p in paths], **kw))


def arts(results):
    return [r for r in results if isinstance(r, RawArticle)]


def skips(results):
    return [r for r in results if isinstance(r, Skipped)]


def page(body: str, head: str = "", lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
            f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article>{body}</article><footer>Contact us. All rights reserved.</footer></body></html>")


# ----------------------------------------------------------------------------- text files and sidecars


def test_txt_with_sidecar_gives_metadata_id_and_resolved_origin(tmp_path):
    (tmp_path / "council-budget.txt").write_text(PARA_EN + "\n" + PARA_EN2 + "\n", encoding="utf-8")
    (tmp_path / "council-budget.meta.json").write_text(json.dumps({
        "title": "Council backs transport budget", "source": "Northern Herald",
        "published": "2024-09-18T07:45:00+02:00", "lang": "en", "author": "A. Writer"}), encoding="utf-8")
    (tmp_path / "plain.txt").write_text(PARA_EN2, encoding="utf-8")
    out = items(tmp_path)
    assert skips(out) == []                     # the sidecar is not an input, not even a skipped one
    a, b = out
    assert (a.id, b.id) == ("council-budget", "plain")
    assert a.origin == str((tmp_path / "council-budget.txt").resolve())
    assert os.path.isabs(a.origin) and "#" not in a.origin
    assert a.text == PARA_EN + "\n" + PARA_EN2 + "\n" and a.html is None
    assert a.title == "Council backs transport budget"
    assert a.source == "Northern Herald"
    assert a.published == "2024-09-18T07:45:00+02:00"      # kept as given
    assert a.lang == "en"
    assert a.extra == {"author": "A. Writer"}
    assert (b.title, b.source, b.published, b.url) == (None, None, None, None)


def test_sidecar_id_and_url_domain_as_source(tmp_path):
    (tmp_path / "x.txt").write_text(PARA_EN, encoding="utf-8")
    (tmp_path / "x.meta.json").write_text('{"id": "budget-2024", "url": "https://www.herald.example/a/1"}')
    (a,) = items(tmp_path)
    assert a.id == "budget-2024"
    assert a.url == "https://www.herald.example/a/1"
    assert a.source == "herald.example"


def test_broken_sidecar_keeps_the_article(tmp_path):
    (tmp_path / "y.txt").write_text(PARA_EN, encoding="utf-8")
    (tmp_path / "y.meta.json").write_text("{not json", encoding="utf-8")
    (a,) = items(tmp_path)
    assert a.id == "y" and a.title is None and "sidecar_error" in a.extra


def test_sidecar_named_directly_or_orphaned_is_never_an_input(tmp_path):
    side = tmp_path / "lonely.meta.json"
    side.write_text('[{"text": "this list must not be read as articles"}]')
    assert items(side) == []
    assert items(tmp_path) == []


def test_markdown_markup_and_front_matter(tmp_path):
    md = ("---\ntitle: Ferry timetable changes\ndate: 2024-03-02\nsource: Island Post\n---\n"
          "# Ferry timetable changes\n\n"
          "The **harbour office** announced a [new timetable](https://example.org/t) for the winter.\n\n"
          "- Morning crossings move to *seven* o'clock\n"
          "> Passengers should check before travelling, a spokeswoman said.\n"
          "![a ferry](ferry.jpg)\n")
    (tmp_path / "ferry.md").write_text(md, encoding="utf-8")
    (a,) = items(tmp_path)
    assert a.id == "ferry"
    assert (a.title, a.published, a.source) == ("Ferry timetable changes", "2024-03-02", "Island Post")
    assert "The harbour office announced a new timetable for the winter." in a.text
    assert "Morning crossings move to seven o'clock" in a.text
    assert "Passengers should check" in a.text
    for markup in ("**", "](", "---", "# ", "> ", "ferry.jpg"):
        assert markup not in a.text


def test_html_file_keeps_html_with_sidecar(tmp_path):
    html = page(f"<h1>Budget approved</h1><p>{PARA_EN}</p><p>{PARA_EN2}</p>")
    (tmp_path / "budget.html").write_text(html, encoding="utf-8")
    (tmp_path / "budget.meta.json").write_text('{"published": "2024-09-18", "url": "https://herald.example/b"}')
    (tmp_path / "other.HTM").write_text(html, encoding="utf-8")
    a, b = items(tmp_path)
    assert (a.id, b.id) == ("budget", "other")
    assert a.html == html and a.text is None
    assert a.published == "2024-09-18" and a.url == "https://herald.example/b"
    assert a.source is None          # left to the page's own site name, then the URL's domain
    ex = extract_html(a.html, a.url)
    assert PARA_EN in ex["text"] and PARA_EN2 in ex["text"]
    assert "All rights reserved" not in ex["text"] and "Home" not in ex["text"]


# ----------------------------------------------------------------------------- JSONL / JSON


def test_jsonl_records_ids_origins_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "r-one", "text": PARA_EN, "title": "Budget", "url": "https://www.city.example/n/1"}),
        json.dumps({"html": page(f"<p>{PARA_EN2}</p>"), "source": "City Wire", "published": "2024-09-18"}),
        "{this is not json",
        json.dumps({"title": "no body at all"}),
        json.dumps({"text": 42}),
        "",                                                       # blank: not a record
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": FRENCH, "lang": "fr", "tags": ["culture"]}),
        json.dumps({"text": "   "}),
    ]
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = items(f)
    base = str(f.resolve())
    good = arts(out)
    assert [a.id for a in good] == ["r-one", "feed-2", "7"]
    assert [a.origin for a in good] == [f"{base}#1", f"{base}#2", f"{base}#8"]
    assert good[0].text == PARA_EN and good[0].source == "city.example"
    assert good[1].html.startswith("<!DOCTYPE html>") and good[1].text is None
    assert good[1].source == "City Wire" and good[1].published == "2024-09-18"
    assert good[2].lang == "fr" and good[2].extra == {"tags": ["culture"]}
    bad = {s.origin: s.reason for s in skips(out)}
    assert set(bad) == {f"{base}#3", f"{base}#4", f"{base}#5", f"{base}#7", f"{base}#9"}
    assert bad[f"{base}#3"].startswith("malformed JSON")
    assert bad[f"{base}#4"] == "malformed record: no text or html"
    assert bad[f"{base}#5"].startswith("malformed record") and "'text'" in bad[f"{base}#5"]
    assert bad[f"{base}#7"] == "malformed record: not a JSON object"
    assert bad[f"{base}#9"] == "empty"


def test_jsonl_long_line_is_skipped_and_the_rest_continues(tmp_path):
    f = tmp_path / "big.jsonl"
    with open(f, "w", encoding="utf-8") as out:
        out.write(json.dumps({"text": "x " * 5000}) + "\n")
        out.write(json.dumps({"text": PARA_EN}) + "\r\n")    # CRLF too
    out = items(f, max_bytes=2000)
    assert [type(r).__name__ for r in out] == ["Skipped", "RawArticle"]
    assert out[0].reason == "oversized" and out[0].origin.endswith("#1")
    assert out[1].text == PARA_EN and out[1].id == "big-2"


def test_jsonl_gzip_and_utf16(tmp_path):
    body = json.dumps({"text": FRENCH}, ensure_ascii=False) + "\n" + json.dumps({"text": PARA_EN}) + "\n"
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as g:
        g.write(body)
    (tmp_path / "b.jsonl").write_bytes(body.encode("utf-16"))       # with its BOM
    out = items(tmp_path)
    assert [a.id for a in arts(out)] == ["a-1", "a-2", "b-1", "b-2"]
    assert arts(out)[0].text == FRENCH and arts(out)[2].text == FRENCH


def test_json_list_single_object_and_bad_elements(tmp_path):
    records = [{"text": PARA_EN, "url": "https://www.x.example/1"}, {"id": "named", "text": FRENCH},
               {"nothing": True}, {"html": page(f"<p>{PARA_EN2}</p>")}]
    (tmp_path / "list.json").write_text(json.dumps(records, indent=2, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": PARA_EN2, "title": "Alone"}), encoding="utf-8")
    out = items(tmp_path)
    base = str((tmp_path / "list.json").resolve())
    assert [a.id for a in arts(out)] == ["list-1", "named", "list-4", "one-1"]
    assert arts(out)[0].origin == f"{base}#1" and arts(out)[2].origin == f"{base}#4"
    assert arts(out)[1].text == FRENCH
    assert arts(out)[3].title == "Alone"
    assert [(s.origin, s.reason) for s in skips(out)] == [(f"{base}#3", "malformed record: no text or html")]


def test_json_malformed_element_then_structure_error(tmp_path):
    f = tmp_path / "broken.json"
    f.write_text('[{"text": "first fine record here"}, {"text": tru}, {"text": "third"} {"text": "lost"}]')
    out = items(f)
    base = str(f.resolve())
    assert [a.text for a in arts(out)] == ["first fine record here", "third"]
    reasons = [(s.origin, s.reason.split(":")[0]) for s in skips(out)]
    assert reasons == [(f"{base}#2", "malformed JSON"), (f"{base}#4", "malformed JSON")]


def test_json_truncated_and_empty_list(tmp_path):
    (tmp_path / "cut.json").write_text('[{"text": "complete one"}, {"text": "cut off in the mid')
    (tmp_path / "none.json").write_text("[ ]")
    out = items(tmp_path)
    assert [a.text for a in arts(out)] == ["complete one"]
    assert [s.reason.split(":")[0] for s in skips(out)] == ["malformed JSON", "empty"]


def test_json_scanner_with_tiny_chunks_and_tricky_strings(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "_CHUNK", 3)       # every boundary case inside strings and escapes
    records = [{"text": 'brackets ] } [ { and "quotes" and a backslash \\ at the end\\', "id": "a"},
               {"text": "unicode: café — 東京 \u2028 ok", "id": "b", "extra": [1, [2, {"x": "]"}]]},
               {"text": "tab\tinside", "id": "c"}, {"text": "long " * 200, "id": "d"},
               {"text": "after the long one", "id": "e"}]
    f = tmp_path / "tricky.json"
    f.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    out = items(f, max_bytes=300)
    assert [(a.id, a.text) for a in arts(out)] == [(r["id"], r["text"]) for r in records if r["id"] != "d"]
    assert [(s.origin.rsplit("#")[1], s.reason) for s in skips(out)] == [("4", "oversized")]


# ----------------------------------------------------------------------------- WARC


def _warc(path, gz=False):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html = page(f"<h1>Budget approved</h1><p>{PARA_EN}</p><p>{PARA_EN2}</p>").encode("utf-8")
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        req = StatusAndHeaders("GET /news/budget HTTP/1.1", [("Host", "www.herald.example")],
                               is_http_request=True)
        w.write_record(w.create_warc_record("https://www.herald.example/news/budget", "request",
                                            payload=io.BytesIO(b""), http_headers=req))
        ok = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(
            "https://www.herald.example/news/budget", "response", payload=io.BytesIO(html), http_headers=ok,
            warc_headers_dict={"WARC-Date": "2024-09-19T10:11:12Z"}))
        png = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://www.herald.example/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00"), http_headers=png))
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://www.herald.example/gone", "response",
                                            payload=io.BytesIO(b"<html><body>Not found</body></html>"),
                                            http_headers=missing))
    return html


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_response_only(tmp_path, name):
    f = tmp_path / name
    html = _warc(f, gz=name.endswith(".gz"))
    out = items(f)
    assert skips(out) == []
    (a,) = out
    assert a.html == html.decode("utf-8") and a.text is None
    assert a.url == "https://www.herald.example/news/budget"
    assert a.origin == f"{f.resolve()}#3"                  # warcinfo, request, response
    assert a.published is None and a.extra["fetched"] == "2024-09-19T10:11:12Z"
    assert a.id.startswith("herald.example-") and len(a.id) == len("herald.example-") + 10
    assert PARA_EN in extract_html(a.html, a.url)["text"]


def test_warc_ids_are_stable_across_files_and_bad_warc_is_skipped(tmp_path):
    _warc(tmp_path / "one.warc")
    _warc(tmp_path / "two.warc.gz", gz=True)
    (tmp_path / "three.warc").write_bytes(b"this is not a web archive at all\n")
    out = items(tmp_path)
    a, b = arts(out)
    assert a.id == b.id and a.origin != b.origin
    (bad,) = skips(out)
    assert bad.reason.startswith("malformed WARC") and "three.warc" in bad.origin


# ----------------------------------------------------------------------------- encodings


def test_cp1252_and_latin1_french_text(tmp_path):
    (tmp_path / "cp.txt").write_bytes(FRENCH.encode("cp1252"))
    (tmp_path / "l1.txt").write_bytes(FRENCH.replace("’", "'").encode("latin-1"))
    a, b = items(tmp_path)
    assert a.text == FRENCH and b.text == FRENCH
    assert a.extra["encoding"] == "cp1252"


def test_utf16_with_bom_and_utf8_bom(tmp_path):
    (tmp_path / "u16.txt").write_bytes(FRENCH.encode("utf-16"))
    (tmp_path / "u16be.txt").write_bytes(b"\xfe\xff" + FRENCH.encode("utf-16-be"))
    (tmp_path / "u8.txt").write_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    out = items(tmp_path)
    assert [a.text for a in out] == [FRENCH, FRENCH, FRENCH]     # no BOM left at the start


def test_html_meta_charset_and_cyrillic_guess():
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>'
            f"<body><p>{FRENCH}</p></body></html>")
    text, enc = decode_bytes(html.encode("cp1252"), html=True)
    assert FRENCH in text and enc == "cp1252"
    russian = "Городской совет утвердил бюджет на транспорт, добавив две автобусные линии и ночные рейсы."
    text, enc = decode_bytes(russian.encode("cp1251"))
    assert text == russian


def test_html_file_in_latin1_decodes(tmp_path):
    html = page(f"<p>{FRENCH}</p>", lang="fr").replace('charset="utf-8"', 'charset="iso-8859-1"')
    (tmp_path / "p.html").write_bytes(html.encode("cp1252"))
    (a,) = items(tmp_path)
    assert FRENCH in a.html


# ----------------------------------------------------------------------------- skips


def test_binary_empty_oversized_unsupported(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2)
    (tmp_path / "ctrl.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text(" \n\t\n  ")
    (tmp_path / "blank16.txt").write_bytes(" \n ".encode("utf-16"))
    (tmp_path / "huge.html").write_text("<p>" + "words " * 400 + "</p>")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4 whatever")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text(PARA_EN)
    (tmp_path / "README").write_text(PARA_EN)
    (tmp_path / "ok.txt").write_text(PARA_EN)
    out = items(tmp_path, max_bytes=1000)
    reasons = {os.path.basename(s.origin): s.reason for s in skips(out)}
    assert reasons == {"bin.txt": "binary", "ctrl.txt": "binary", "empty.txt": "empty", "blank.md": "empty",
                       "blank16.txt": "empty", "huge.html": "oversized", "doc.pdf": "unsupported file type",
                       "pic.png": "unsupported file type", ".hidden.txt": "unsupported file type",
                       "README": "unsupported file type"}
    assert [a.id for a in arts(out)] == ["ok"]


def test_oversized_file_is_never_opened(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50_000_000)                     # sparse: costs no disk, would cost time to read
    opened = []
    real_open = builtins.open

    def spy(file, *a, **k):
        opened.append(str(file))
        return real_open(file, *a, **k)

    monkeypatch.setattr(ingest, "open", spy, raising=False)
    (s,) = items(big)
    assert s.reason == "oversized"
    assert not any(p.endswith("big.txt") for p in opened)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file_is_skipped(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(PARA_EN)
    f.chmod(0)
    try:
        (s,) = items(tmp_path)
        assert s.reason.startswith("unreadable")
    finally:
        f.chmod(0o644)


def test_hidden_folders_and_symlink_loops(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text(PARA_EN)
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.txt").write_text(PARA_EN)
    try:
        (sub / "loop").symlink_to(tmp_path, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    out = items(tmp_path)
    assert [a.id for a in arts(out)] == ["a"] and skips(out) == []


# ----------------------------------------------------------------------------- paths, order, streaming


def test_missing_path_raises_before_anything(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(PARA_EN)
    opened = []
    monkeypatch.setattr(ingest, "open", lambda *a, **k: opened.append(a) or builtins.open(*a, **k), raising=False)
    with pytest.raises(FileNotFoundError) as err:
        iter_inputs([str(tmp_path / "a.txt"), str(tmp_path / "nope")])      # at the call, not later
    assert err.value.filename == str(tmp_path / "nope")
    assert opened == []
    with pytest.raises(FileNotFoundError):
        iter_inputs([str(tmp_path / "*.jsonl")])                             # a pattern matching nothing


def test_glob_patterns_order_and_duplicates(tmp_path):
    for d in ("b", "a", "a/deep"):
        (tmp_path / d).mkdir(exist_ok=True)
    (tmp_path / "b" / "z.txt").write_text(PARA_EN)
    (tmp_path / "a" / "y.txt").write_text(PARA_EN)
    (tmp_path / "a" / "x.md").write_text(PARA_EN)
    (tmp_path / "a" / "deep" / "w.txt").write_text(PARA_EN)
    (tmp_path / "a" / "v.pdf").write_bytes(b"%PDF")
    out = items(tmp_path)
    assert [os.path.relpath(r.origin, tmp_path.resolve()) for r in out] == [
        os.path.join("a", "deep", "w.txt"), os.path.join("a", "v.pdf"), os.path.join("a", "x.md"),
        os.path.join("a", "y.txt"), os.path.join("b", "z.txt")]
    assert [a.id for a in arts(items(tmp_path / "a" / "*.txt"))] == ["y"]
    assert [a.id for a in arts(items(tmp_path / "**" / "*.txt"))] == ["w", "y", "z"]
    # the same file named twice, directly and through its folder, is read once
    assert [a.id for a in arts(items(tmp_path / "b" / "z.txt", tmp_path / "b"))] == ["z"]
    assert items(tmp_path) == items(tmp_path)                                # deterministic


def test_ten_thousand_files_are_streamed(tmp_path, monkeypatch):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"n{i:05d}.txt").write_text(f"Article number {i} about the harbour.\n")
    opened = []
    real_open = builtins.open
    monkeypatch.setattr(ingest, "open", lambda f, *a, **k: opened.append(f) or real_open(f, *a, **k),
                        raising=False)
    t = time.perf_counter()
    stream = iter_inputs([folder])
    assert isinstance(stream, types.GeneratorType)
    first = next(stream)
    assert first.id == "n00000" and len(opened) == 1        # lazily: one file read for one article
    count, last = 1, first
    for last in stream:
        assert isinstance(last, RawArticle)
        count += 1
    elapsed = time.perf_counter() - t
    assert count == 10_000 and last.id == "n09999" and last.text == "Article number 9999 about the harbour.\n"
    assert elapsed < 10, elapsed


# ----------------------------------------------------------------------------- extract_html


def test_extract_html_text_metadata_and_captions():
    html = page(
        "<h1>Theatre to reopen after repairs</h1>"
        f"<p>{FRENCH}</p>"
        "<figure><img src='t.jpg'><figcaption>La façade du théâtre, restaurée en partie.</figcaption></figure>"
        "<h2>Un chantier de deux ans</h2>"
        f"<p>{PARA_EN}</p>",
        head=('<title>Theatre to reopen after repairs | Riverside Gazette</title>'
              '<meta property="article:published_time" content="2024-06-21T18:05:00+02:00">'
              '<link rel="canonical" href="https://www.gazette.example/culture/theatre">'),
        lang="fr-FR")
    ex = extract_html(html)
    lines = ex["text"].split("\n")
    assert FRENCH in lines and PARA_EN in lines                 # one paragraph per line
    assert "La façade du théâtre, restaurée en partie." in lines   # caption kept
    assert "Un chantier de deux ans" in lines                   # sub-headline kept
    assert "rights reserved" not in ex["text"]
    assert ex["title"] == "Theatre to reopen after repairs"
    assert ex["published"] == "2024-06-21"
    assert ex["lang"] == "fr"
    assert ex["site"] == "Riverside Gazette"
    assert ex["url"] == "https://www.gazette.example/culture/theatre"


def test_extract_html_site_from_url_and_no_date():
    html = page(f"<p>{PARA_EN}</p><p>{PARA_EN2}</p>")
    ex = extract_html(html, "https://www.metro.example/city/budget")
    assert ex["published"] is None
    assert ex["site"] == "metro.example"


@pytest.mark.parametrize("bad", ["", "   ", "<<<>>>", "<html><body></body></html>", "<html><p>unclosed <b>tags",
                                 "\x00\x01<div>", "https://example.com/should-not-be-fetched",
                                 "<html>" + "<div>" * 5000 + "deep" + "</div>" * 10, "<?xml version='1.0'?><a/>"],
                         ids=["empty", "blank", "brackets", "no-body", "unclosed", "nul", "url", "deep", "xml"])
def test_extract_html_never_crashes(bad):
    ex = extract_html(bad)
    assert set(ex) >= {"text", "title", "published", "lang", "site"}
    assert isinstance(ex["text"], str)


def test_extract_html_empty_page_gives_empty_text():
    assert extract_html("<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>")["text"] == ""


def test_trafilatura_is_not_imported_at_module_import():
    import subprocess
    import sys

    code = ("import sys, newsloom.ingest; "
            "print(any(m.split('.')[0] in ('trafilatura', 'htmldate', 'warcio', 'charset_normalizer') "
            "for m in sys.modules))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=os.path.join(os.path.dirname(__file__), "..", "src")))
    assert res.stdout.strip() == "False", res.stderr


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize("value, expected", [
    ("2024-09-18", date(2024, 9, 18)),
    ("2024-09-18T07:45:00", date(2024, 9, 18)),
    ("2024-09-18T23:45:00Z", date(2024, 9, 18)),
    ("2024-09-18t23:45z", date(2024, 9, 18)),
    ("2024-09-18T00:30:00+02:00", date(2024, 9, 18)),          # the date where it was published
    ("2024-09-18T07:45:00.123456789-05:00", date(2024, 9, 18)),
    ("2024-09-18 07:45", date(2024, 9, 18)),
    ("20240918", date(2024, 9, 18)),
    (" 2024-09-18 ", date(2024, 9, 18)),
    ("Wed, 18 Sep 2024 07:45:00 +0000", date(2024, 9, 18)),
    ("2024-09-18 07:45:00 +0200", date(2024, 9, 18)), ("2024-09-18T07:45 GMT", date(2024, 9, 18)),
    ("2024-02-30", None), ("2024-13-01", None), ("yesterday", None), ("", None), ("2024", None),
    ("2024-09", None), ("18/09/2024", None), ("2024-09-18T25:00", None), (None, None), (12345, None),
    ("9" * 100, None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_symlinked_file_origin_is_the_target_id_and_sidecar_are_the_links(tmp_path):
    store = tmp_path / "store"
    corpus = tmp_path / "corpus"
    store.mkdir()
    corpus.mkdir()
    (store / "blob-77.txt").write_text(PARA_EN)
    try:
        (corpus / "budget.txt").symlink_to(store / "blob-77.txt")
    except OSError:
        pytest.skip("no symlinks here")
    (corpus / "budget.meta.json").write_text('{"title": "Via the link"}')
    (a,) = items(corpus)
    assert a.origin == str((store / "blob-77.txt").resolve())
    assert (a.id, a.title) == ("budget", "Via the link")
