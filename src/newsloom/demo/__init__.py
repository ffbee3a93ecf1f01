"""The bundled demo corpus: original, fictional articles (``articles/``) and their ground truth (``gold.json``).

``newsloom demo`` builds these articles into a temporary store; ``GOLD.md`` explains what it should find.
"""
