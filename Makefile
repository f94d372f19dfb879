# Two entry points for a fresh machine with Python 3.11+, git and make:
#   make run   set up .venv with what pa needs (quietly: the first screen is pa's answer),
#              validate the shipped data and show what was late on 1 January 2023
#   make test  set up .venv with the test tools too and run the whole test suite
# and for the manual: make docs builds docs/ into site/ (MkDocs, --strict: a broken link fails);
# make mutate runs the mutation tests of the core (slow: not in make test or CI).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
TEST_STAMP = $(VENV)/.test-installed
DOCS_STAMP = $(VENV)/.docs-installed
PIP     = PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: run test lint setup bench schema docs mutate clean

# pa and what it needs, nothing more (make run); one line says what happens, pip stays quiet.
$(STAMP): pyproject.toml
	@echo "pa wordt geïnstalleerd in $(VENV) (eenmalig, ongeveer een minuut) ..."
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) --upgrade pip
	@$(PIP) -e .
	@$(BIN)/python -m compileall -q src templates  # as a wheel install would (templates/_compiled too)
	@touch $(STAMP)

# The test extra (pytest, hypothesis, ruff, mypy, ...) for make test, make lint and make setup.
$(TEST_STAMP): $(STAMP) pyproject.toml
	@echo "testgereedschap wordt geïnstalleerd in $(VENV) ..."
	@$(PIP) -e '.[test]'
	@touch $(TEST_STAMP)

setup: $(TEST_STAMP)

run: $(STAMP)
	@echo '$$ pa validate'
	@$(BIN)/pa validate
	@echo '$$ pa status --peildatum 2023-01-01 --te-laat'
	@$(BIN)/pa status --peildatum 2023-01-01 --te-laat

test: $(TEST_STAMP)
	$(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

bench: $(STAMP)
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/commands.py
	$(BIN)/python benchmarks/many_problems.py
	$(BIN)/python benchmarks/many_agendas.py
	$(BIN)/python benchmarks/import_workbook.py
	$(BIN)/python benchmarks/national.py
	$(BIN)/python benchmarks/report_in_repo.py
	$(BIN)/python benchmarks/report_parts.py

schema: $(STAMP)
	$(BIN)/pa schema

# The docs extra (mkdocs, mkdocs-material) only for this target, not for make run.
$(DOCS_STAMP): $(STAMP) pyproject.toml
	$(PIP) -e '.[docs]'
	touch $(DOCS_STAMP)

docs: $(DOCS_STAMP)
	$(BIN)/python docs/gen_reference.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# Mutation testing of the core modules, each on its own with one worker; [tool.mutmut] in
# pyproject.toml chooses the tests. Every run starts from a fresh copy (mutmut does not refresh
# mutants/ when the source changes) and tests every mutant of the modules named; it prints how
# long each module took. One module: make mutate MUTATE=pa_cli.query.stand. The scores:
# docs/ontwikkeling.md.
MUTATE ?= pa_cli.base.termijn pa_cli.query.stand pa_cli.query.agendas pa_cli.edit.record \
          pa_cli.edit.writer
MUTATE_STAMP = $(VENV)/.mutate-installed

$(MUTATE_STAMP): $(TEST_STAMP) pyproject.toml
	$(PIP) -e '.[test,mutate]'
	touch $(MUTATE_STAMP)

mutate: $(MUTATE_STAMP)
	rm -rf mutants
	set -e; for m in $(MUTATE); do start=$$(date +%s); \
	    $(BIN)/mutmut run --max-children 1 "$$m.*"; \
	    echo "$$m: $$(( $$(date +%s) - start )) s"; done

clean:
	rm -rf $(VENV) build site src/*.egg-info .pytest_cache mutants
