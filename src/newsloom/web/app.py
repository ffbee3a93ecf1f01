"""``newsloom serve``: FastAPI with server-rendered Jinja2 pages over a read-only store.

Every HTML page ``/X`` has a JSON twin ``/api/X`` (same path after ``/api``, same query parameters) that returns
the very dict the page is rendered from; the API is described at ``/openapi.json``. FastAPI's /docs and /redoc
pages (which load their scripts from the internet) are switched off; ``/api`` lists the routes instead.

Safety: article text is hostile input. Templates autoescape everything; the pages carry no script at all and a
Content-Security-Policy that forbids scripts; ids in URLs are only ever looked up in the store; every list is
paginated with a capped page size; the database is opened read-only.
"""
from __future__ import annotations

import functools
import threading
from importlib import resources
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from .. import store as st
from . import data, style

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "no-store",
}
_ORDER = {"evidence": 0, "quote": 1, "mention": 2, "timex": 3}

_here = Path(__file__).resolve().parent


def url_id(value) -> str:
    """An id as one URL path segment (ids may hold any character; they are looked up, never used as paths)."""
    return quote(str(value), safe=":~@!$'()*+,;=")


def render_segment(seg: dict, spans: list[dict]) -> Markup:
    """One piece of article text with the highlights covering it, every byte of text escaped."""
    out = str(escape(seg["text"]))
    marks = sorted(seg["marks"], key=lambda i: (_ORDER.get(spans[i]["kind"], 9), spans[i]["start"]))
    linked = False
    wrappers = []
    for i in marks:
        s = spans[i]
        title = escape(s.get("title") or "")
        if s["kind"] == "evidence":
            cls = "ev target" if s.get("target") else "ev"
            wrappers.append((f'<mark class="{cls}" title="{title}">', "</mark>"))
        elif s["kind"] == "quote":
            wrappers.append((f'<span class="q" title="{title}">', "</span>"))
        elif s["kind"] == "mention":
            if s.get("entity") and not linked:
                linked = True
                wrappers.append((f'<a class="m {escape(s.get("label") or "")}" title="{title}" '
                                 f'href="/entities/{escape(url_id(s["entity"]))}">', "</a>"))
            else:
                wrappers.append((f'<span class="m" title="{title}">', "</span>"))
        elif s["kind"] == "timex":
            wrappers.append((f'<time class="tx" title="{title}">', "</time>"))
    for open_, close in reversed(wrappers):
        out = open_ + out + close
    return Markup(out)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(_here / "templates")), autoescape=select_autoescape(default=True),
                      trim_blocks=False, lstrip_blocks=False)
    env.filters["u"] = url_id
    env.filters["hue"] = style.hue
    env.filters["seg"] = render_segment
    return env


class _Connections:
    """One read-only connection per worker thread (SQLite connections are cheap but not free)."""

    def __init__(self, path: str):
        self.path = path
        self.local = threading.local()

    def get(self):
        con = getattr(self.local, "con", None)
        if con is None:
            con = st.connect(self.path, readonly=True)
            con.execute("PRAGMA query_only=ON")
            self.local.con = con
        return con


def create_app(db: str | Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web application over the store at ``db`` (opened read-only; must be of the current schema)."""
    db = str(db)
    probe = st.connect(db, readonly=True)
    try:
        st.require_current(probe)
    finally:
        probe.close()
    app = FastAPI(title="newsloom", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only JSON twins of the newsloom pages: put /api in front of a page's path.")
    conns = _Connections(db)
    templates = Jinja2Templates(env=_environment())
    css = (resources.files("newsloom.web") / "static" / "newsloom.css").read_text(encoding="utf-8") + style.type_css()
    network_cache: dict = {}
    db_name = Path(db).name
    hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    @app.middleware("http")
    async def headers(request: Request, call_next):
        if hosts is not None:
            host = (request.headers.get("host") or "").rsplit(":", 1)[0].strip("[]").lower()
            if host not in hosts:
                return Response("unknown host", status_code=400, media_type="text/plain", headers=HEADERS)
        response = await call_next(request)
        for k, v in HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"

    def error(request: Request, status: int, title: str, message: str):
        if is_api(request):
            return JSONResponse({"detail": message}, status_code=status)
        return templates.TemplateResponse(request, "error.html", {
            "status": status, "title": title, "message": message, "db_name": db_name, "json_url": "/api",
            "q": ""}, status_code=status)

    @app.exception_handler(data.NotFound)
    async def not_found(request: Request, exc: data.NotFound):
        return error(request, 404, "not found", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, "error", str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', [])[1:])}: {e.get('msg')}"
                             for e in exc.errors())
        return error(request, 422, "bad request", problems or "bad request")

    routes: list[dict] = []

    def api_path(path: str) -> str:
        return "/api/overview" if path == "/" else "/api" + path

    def twin(path: str, template: str, summary: str, tag: str):
        """Register the HTML page ``path`` and its JSON twin ``/api`` + ``path``, both from ``fn``."""
        def deco(fn):
            def read(*args, **kwargs):
                # one read transaction per page: all its queries see the store as one commit left it,
                # even while a build writes
                with st.snapshot(conns.get()):
                    return fn(*args, **kwargs)

            @functools.wraps(fn)
            def as_json(*args, **kwargs):
                return JSONResponse(read(*args, **kwargs))

            @functools.wraps(fn)
            def as_html(*args, **kwargs):
                request: Request = kwargs["request"]
                d = read(*args, **kwargs)
                params = dict(request.query_params)

                def url(**changes):
                    q = {**params, **{k: str(v) for k, v in changes.items()}}
                    return request.url.path + ("?" + urlencode(q) if q else "")

                return templates.TemplateResponse(request, template, {
                    "d": d, "url": url, "db_name": db_name, "q": params.get("q", ""),
                    "json_url": api_path(request.url.path) + ("?" + request.url.query if request.url.query else "")})

            app.add_api_route(api_path(path), as_json, methods=["GET"], summary=summary,
                              tags=[tag])
            app.add_api_route(path, as_html, methods=["GET", "HEAD"], include_in_schema=False, response_class=HTMLResponse)
            routes.append({"path": api_path(path), "page": path, "summary": summary,
                           "params": [p for p in fn.__code__.co_varnames[:fn.__code__.co_argcount]
                                      if p not in ("request",)]})
            return fn
        return deco

    Page = Query(1, ge=1, le=1_000_000, description="page number, from 1")
    Per = Query(data.PER_PAGE, ge=1, le=data.MAX_PER_PAGE, description=f"items per page (at most {data.MAX_PER_PAGE})")
    Type = Query(None, max_length=40)

    @twin("/", "home.html", "Overview: counts and the largest stories", "overview")
    def home(request: Request):
        con = conns.get()
        return {**data.overview(con), "stories": data.stories(con, 1, 10)["stories"]}

    @twin("/stories", "stories.html", "Stories, largest first", "stories")
    def stories_page(request: Request, page: int = Page, per_page: int = Per):
        return data.stories(conns.get(), page, per_page)

    @twin("/stories/{story_id:path}", "story.html", "A story: its timeline, events by date, articles", "stories")
    def story_page(request: Request, story_id: str, page: int = Page, per_page: int = Query(50, ge=1, le=100)):
        return data.story(conns.get(), story_id, page, per_page)

    @twin("/events", "events.html", "Events, the most reported first", "events")
    def events_page(request: Request, page: int = Page, per_page: int = Per, type: str | None = Type):
        return data.events(conns.get(), page, per_page, type)

    @twin("/events/{event_id:path}", "event.html", "An event: type, participants, place, date, status, evidence",
          "events")
    def event_page(request: Request, event_id: str):
        return data.event(conns.get(), event_id)

    @twin("/entities", "entities.html", "People, organisations and places, the most mentioned first", "entities")
    def entities_page(request: Request, page: int = Page, per_page: int = Per, type: str | None = Type):
        return data.entities(conns.get(), page, per_page, type)

    @twin("/entities/{entity_id:path}", "entity.html", "An entity: aliases, roles over time, events, articles",
          "entities")
    def entity_page(request: Request, entity_id: str, page: int = Page, per_page: int = Per,
                    articles_page: int = Query(1, ge=1, le=1_000_000, description="page of the articles list")):
        return data.entity(conns.get(), entity_id, page, per_page, articles_page)

    @twin("/articles", "articles.html", "Articles in the order they were stored", "articles")
    def articles_page(request: Request, page: int = Page, per_page: int = Per,
                      lang: str | None = Query(None, max_length=3)):
        return data.articles(conns.get(), page, per_page, lang)

    @twin("/articles/{article_id:path}", "article.html",
          "An article: text with mentions, dates, quotes and evidence highlighted; what cleaning removed", "articles")
    def article_page(request: Request, article_id: str, event: str | None = Query(None, max_length=200)):
        return data.article(conns.get(), article_id, event)

    @twin("/discrepancies", "discrepancies.html", "Where sources disagree, claims side by side", "discrepancies")
    def discrepancies_page(request: Request, page: int = Page, per_page: int = Per):
        return data.discrepancies(conns.get(), page, per_page)

    @twin("/search", "search.html", "Full-text search (accent- and case-insensitive) over articles, entities, "
                                    "events and stories", "search")
    def search_page(request: Request, q: str = Query("", max_length=data.MAX_QUERY),
                    kind: str | None = Query(None, pattern="^(|article|entity|event|story)$"),
                    lang: str | None = Query(None, max_length=3), page: int = Page, per_page: int = Per):
        return data.search(conns.get(), q, kind or None, lang or None, page, per_page)

    @twin("/network", "network.html", "Who met whom: actors of the same meetings, as an SVG-ready layout", "network")
    def network_page(request: Request, types: str = Query(",".join(data.MEETING_TYPES), max_length=200)):
        con = conns.get()
        wanted = tuple(t.strip().upper() for t in types.split(",") if t.strip())
        key = (st.get_meta(con, "web_index_stamp", 0), wanted)
        if key not in network_cache:
            network_cache.clear()
            ready = st.get_meta(con, "web_network") if wanted == data.MEETING_TYPES else None  # laid out by the index
            network_cache[key] = ready or data.network(con, wanted)
        return network_cache[key]

    @app.get("/api", include_in_schema=False)
    def api_index(request: Request, format: str | None = None):
        body = {"routes": routes, "openapi": "/openapi.json"}
        if "text/html" in request.headers.get("accept", "") and format != "json":
            return templates.TemplateResponse(request, "api.html", {"d": body, "db_name": db_name,
                                                                    "json_url": "/api?format=json", "q": ""})
        return JSONResponse(body)

    @app.get("/static/newsloom.css", include_in_schema=False)
    def stylesheet():
        return Response(css, media_type="text/css")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)

    @app.get("/docs", include_in_schema=False)
    def docs():
        return RedirectResponse("/api")

    return app
