"""The ``newsloom`` command (see ../shared/CONTRACT.md and docs/usage.md).

Bad usage exits 2 with one line on stderr; unreadable input exits 1 with one line; a bad *article* is
skipped, warned about and counted, and never fails the build.
"""
from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from . import __version__

DEFAULT_DB = "newsloom.db"
log = logging.getLogger("newsloom")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line on stderr, exit 2
        raise UsageError(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsloom", description="Turn news articles into stories, events, entities and dates.")
    p.add_argument("--version", action="version", version=f"newsloom {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    b = sub.add_parser("build", help="read articles into the store (incremental)")
    b.add_argument("paths", nargs="+", help="files, folders or glob patterns")
    b.add_argument("--db", default=DEFAULT_DB)
    b.add_argument("--engine", choices=["local", "dask"], default="local")
    b.add_argument("--scheduler", default=None, help="address of a running Dask scheduler (with --engine dask)")
    b.add_argument("--workers", type=int, default=None, help="processes for the per-article stages")
    b.add_argument("--max-bytes", type=int, default=None, help="largest article file read (default 10 MB)")
    b.add_argument("--kb", action="append", default=[], metavar="FILE",
                   help="extra knowledge-base entries (JSONL, see docs/entities.md); repeatable")
    b.add_argument("--article-seconds", type=float, default=None, metavar="S",
                   help="time bound of each per-article stage (default 60; 0: none); a slower article is skipped")
    b.add_argument("--no-progress", action="store_true", help="plain log lines instead of a progress bar")

    e = sub.add_parser("export", help="write what the store knows")
    e.add_argument("--db", default=DEFAULT_DB)
    e.add_argument("--format", choices=["json", "jsonl", "csv", "parquet", "graphml"], default="json")
    e.add_argument("--what", default=None,
                   choices=["articles", "entities", "timexes", "events", "quotes", "stories", "discrepancies"],
                   help="csv: entities (default) or articles; parquet: one table into the file -o names")
    e.add_argument("-o", "--output", default=None,
                   help="file to write (default: standard output); for parquet, a folder (one file per table)")

    r = sub.add_parser("report", help="a self-contained HTML report")
    r.add_argument("--db", default=DEFAULT_DB)
    r.add_argument("-o", "--output", default="report.html")
    r.add_argument("--uncompressed", action="store_true",
                   help="plain JSON data (about 3 times larger) for browsers without DecompressionStream")

    s = sub.add_parser("serve", help="the web interface over the store")
    s.add_argument("--db", default=DEFAULT_DB)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)

    d = sub.add_parser("demo", help="build the bundled demo corpus into a temporary store")
    d.add_argument("--dir", default=None, help="where to write the demo store (default: a new temporary folder)")

    c = sub.add_parser("check", help="verify a store")
    c.add_argument("--db", default=DEFAULT_DB)
    return p


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    log.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("trafilatura", "htmldate", "charset_normalizer", "urllib3", "distributed", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def _existing_store(db: str) -> str:
    if not Path(db).exists():
        raise UsageError(f"no store at {db} (run 'newsloom build PATH --db {db}' first)")
    return db


def cmd_build(args) -> int:
    from .config import Settings
    from .pipeline import build
    from .progress import Progress

    settings = Settings()
    if args.workers:
        settings.workers = args.workers
    if args.max_bytes:
        settings.max_bytes = args.max_bytes
    if args.article_seconds is not None:
        if args.article_seconds < 0:
            raise UsageError("--article-seconds must be 0 (no bound) or more")
        settings.article_seconds = args.article_seconds
    for path in args.kb:
        if not Path(path).is_file():
            raise UsageError(f"no such knowledge-base file: {path}")
        from .kb import load_user_entries

        try:
            load_user_entries(path)
        except ValueError as exc:
            raise UsageError(f"knowledge-base file: {exc}") from None
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    from .distributed import SchedulerError

    try:
        with Progress(enabled=not args.no_progress) as progress:
            summary = build(args.paths, args.db, settings, progress=progress.update, engine=args.engine,
                            scheduler=args.scheduler)
    except SchedulerError as exc:
        print(f"newsloom: error: {exc}", file=sys.stderr)
        return 1
    print(summary.line(args.db), file=sys.stderr)
    return 0


def cmd_export(args) -> int:
    from . import store
    from .export import export

    _existing_store(args.db)
    if args.format == "csv" and args.what not in (None, "entities", "articles"):
        raise UsageError("--format csv writes entities or articles (--what entities|articles)")
    if args.format not in ("csv", "parquet") and args.what:
        raise UsageError("--what goes with --format csv or parquet")
    if args.format == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o: a folder (one file per table), or a file with --what TABLE")
    con = store.connect(args.db, readonly=True)
    store.require_current(con)
    con.execute("BEGIN")  # one snapshot for the whole export, even while a build writes (ends with the process)
    if args.format == "parquet":
        from .export_parquet import write_parquet

        counts = write_parquet(con, args.output, only=args.what)
        print("newsloom export: " + ", ".join(f"{n} {k}" for k, n in counts.items()) + f" in {args.output}",
              file=sys.stderr)
        return 0
    if args.output:
        tmp = f"{args.output}.part"
        with open(tmp, "w", encoding="utf-8", newline="") as out:
            export(con, args.format, out, args.what or "entities")
        os.replace(tmp, args.output)
    else:
        export(con, args.format, sys.stdout, args.what or "entities")
    return 0


def cmd_check(args) -> int:
    from . import store

    _existing_store(args.db)
    try:
        con = store.connect(args.db, readonly=True)
        with store.snapshot(con):
            problems = store.check(con)
        n = store.article_count(con) if not problems else None
    except Exception as exc:  # a file that is not a store at all
        problems = [f"{type(exc).__name__}: {exc}"]
        n = None
    if problems:
        for p in problems:
            print(f"newsloom check: {p}", file=sys.stderr)
        return 1
    print(f"newsloom check: {args.db} is sound ({n} articles)")
    return 0


def cmd_report(args) -> int:
    from .web.report import write_report

    _existing_store(args.db)
    if not Path(args.output).resolve().parent.is_dir():
        raise UsageError(f"cannot write {args.output}: no folder {Path(args.output).resolve().parent}")
    size = write_report(args.db, args.output, compress=not args.uncompressed)
    print(f"newsloom report: {args.output} ({size / 1e6:.1f} MB); open it in a browser, it needs no network",
          file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    from . import store

    _existing_store(args.db)
    if not 0 < args.port < 65536:
        raise UsageError(f"--port {args.port} is not a TCP port")
    import uvicorn

    from .web.app import create_app

    loopback = args.host in ("127.0.0.1", "localhost", "::1")
    try:
        app = create_app(args.db, allowed_hosts=["127.0.0.1", "localhost", "::1"] if loopback else None)
    except store.StoreError:
        raise
    except Exception as exc:  # sqlite3.DatabaseError and the like: not a store
        raise store.StoreError(f"{args.db}: not a newsloom store ({exc})") from exc
    if not loopback:
        print(f"newsloom serve: warning: listening on {args.host}, reachable from other machines; the interface "
              "has no login", file=sys.stderr)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"newsloom serve: http://{shown}:{args.port}/  (read-only over {args.db}; Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_demo(args) -> int:
    from importlib import resources

    from .config import Settings
    from .pipeline import build
    from .progress import Progress

    folder = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="newsloom-demo-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "demo.db"
    articles = resources.files("newsloom") / "demo" / "articles"
    with resources.as_file(articles) as src:
        corpus = folder / "articles"
        if corpus.exists():
            shutil.rmtree(corpus)
        shutil.copytree(src, corpus)
    with Progress(enabled=True) as progress:
        summary = build([str(corpus)], str(db), Settings(), progress=progress.update)
    print(summary.line(str(db)), file=sys.stderr)
    export_path = folder / "demo.json"
    from . import store
    from .export import export

    con = store.connect(db, readonly=True)
    with open(export_path, "w", encoding="utf-8") as out:
        export(con, "json", out)
    con.close()
    from .web.report import write_report

    report_path = folder / "report.html"
    write_report(db, report_path)
    print(f"demo articles: {corpus}")
    print(f"demo store:    {db}")
    print(f"JSON export:   {export_path}")
    print(f"report:        {report_path}  (open it in a browser)")
    print(f"web interface: {_command()} serve --db {db}   (then open http://127.0.0.1:8000/)")
    return 0


def _command() -> str:
    """How to type newsloom here: its name when that is what PATH finds, else the full path of the script
    installed beside this Python (say in ./.venv/bin after 'make demo'), else 'python -m newsloom.cli'."""
    here = Path(sys.executable).parent / "newsloom"
    found = shutil.which("newsloom")
    if found and (not here.exists() or Path(found).resolve() == here.resolve()):
        return "newsloom"
    return str(here) if here.exists() else f"{sys.executable} -m newsloom.cli"


COMMANDS = {"build": cmd_build, "export": cmd_export, "report": cmd_report, "serve": cmd_serve,
            "demo": cmd_demo, "check": cmd_check}


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            raise UsageError("a command is needed: build, export, report, serve, demo or check (see --help)")
        _setup_logging(args.verbose)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(f"newsloom: error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"newsloom: error: {exc.filename or exc}: no such file or folder", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsloom: interrupted; what was committed is kept", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from .store import StoreError

        if isinstance(exc, StoreError):
            print(f"newsloom: error: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
