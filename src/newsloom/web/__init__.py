"""The two faces of newsloom over the store: ``newsloom report`` (one self-contained HTML file) and
``newsloom serve`` (FastAPI + Jinja2 pages, each with a JSON twin under ``/api``). Both only read the store;
``index.build_index`` is the corpus stage that ``build`` runs to prepare what they read (full-text search,
event and entity lookups)."""
