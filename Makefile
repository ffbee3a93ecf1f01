# Two commands for a new user:  make demo   and   make test
# Without an active virtual environment, a ./.venv is made and used.
SHELL := /bin/bash
ifdef VIRTUAL_ENV
  ENVBIN := $(VIRTUAL_ENV)/bin
else
  ENVBIN := $(CURDIR)/.venv/bin
endif
RUN := PATH="$(ENVBIN):$$PATH"

.PHONY: install demo test test-fast bench clean

$(ENVBIN)/python3:
	python3 -m venv $(CURDIR)/.venv

install: $(ENVBIN)/python3
	$(RUN) ./install.sh

demo: install
	$(RUN) newsloom demo

test: install
	$(RUN) python3 -m pytest tests

test-fast:
	$(RUN) python3 -m pytest tests -m "not slow"

bench:
	$(RUN) python3 benchmarks/run_all.py

clean:
	rm -rf .venv build *.egg-info src/*.egg-info .pytest_cache
