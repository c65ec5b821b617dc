# sitrep — two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test check lint format typecheck bench clean

install: $(STAMP)

# torch goes in first from its CPU wheel: anything that depends on torch would otherwise
# pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev,web,dask]'
	@# the browser tests of `sitrep serve` drive Debian's chromium (Playwright's own browser
	@# download is not reachable offline); they skip with a reason where it cannot be installed
	@if [ ! -x /usr/bin/chromium ]; then \
		apt-get install -y chromium >/dev/null 2>&1 || (apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1) \
		|| echo "warning: could not install chromium (apt-get install -y chromium); the browser tests will skip"; \
	fi
	touch $(STAMP)

# the demo store is coded afresh: ingest skips stored articles, so an old store shows old codings
demo: install
	@rm -f demo.duckdb
	$(BIN)/sitrep demo --db demo.duckdb

test: install
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

lint:
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts

format:
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

typecheck:
	$(BIN)/mypy src

check: install lint typecheck test

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
