# RRR Desktop. Set-up on a fresh machine is two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test pytest lint bench translations package sysdeps clean demo

# Qt's runtime libraries (X11/EGL/fontconfig) and poppler for looking at PDFs.
# Installed only when missing and when we may (root or sudo); fonts ship in resources/.
SYS_PKGS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
            libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
            libxcb-randr0 libxcb-render-util0 libxcb-image0 poppler-utils
sysdeps:
	@missing=""; for p in $(SYS_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
	  echo "installing system packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory sysdeps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Compiled interface translations (.qm) are built from the .ts sources, never committed.
QM := $(patsubst %.ts,%.qm,$(wildcard translations/rrr_*.ts))
translations/%.qm: translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(BIN)/rrr-desktop

# The whole suite: architecture contracts, lint, types, then the tests (offscreen Qt).
# Every gate fails the build: layers, lint, format, types, the tests in random order with
# branch coverage, then the coverage floor of domain/, vault/ and handoff/.
test: $(STAMP) $(QM)
	$(BIN)/lint-imports
	$(BIN)/ruff check rrr_desktop tests bench tools
	$(BIN)/ruff format --check rrr_desktop tests bench tools
	$(BIN)/mypy
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest -q -p no:cacheprovider -n auto --durations=12 --cov --cov-report=
	$(BIN)/python tools/coverage_floor.py

pytest: $(STAMP)
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest -q -x $(ARGS)

lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check rrr_desktop tests bench tools
	$(BIN)/ruff format --check rrr_desktop tests bench tools
	$(BIN)/mypy

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(ARGS)

LANGS := km th lo my vi id zh fr es ar
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find rrr_desktop -name '*.py' | sort) -ts $(foreach l,$(LANGS),translations/rrr_$(l).ts)
	for f in translations/*.ts; do $(BIN)/pyside6-lrelease $$f -qm $${f%.ts}.qm; done

package: $(STAMP) $(QM)
	$(BIN)/python -m pip install -q 'pyinstaller>=6'
	$(BIN)/pyinstaller --noconfirm packaging/rrr-desktop.spec
	QT_QPA_PLATFORM=offscreen dist/rrr-desktop/rrr-desktop --self-test

demo: $(STAMP)
	$(BIN)/rrr --vault /tmp/rrr-demo-vault init --org "Demo" --country TH --user demo
	$(BIN)/rrr --vault /tmp/rrr-demo-vault demo --cases 1000

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
