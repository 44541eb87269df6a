# impuls — the two commands a new machine needs: `make run` and `make test`.
SWIFT      ?= swift
BIN        := .build/debug/impuls
DEMO_DIR   ?= .demo-data
# The demo folder shows the scheme while it ran; the date the program takes as today.
DEMO_TODAY ?= 2023-10-16
DEMO_CONFIG ?= demo/config.json
# Random-key and crash tests: how many rounds (raise for a soak run, e.g. make test SOAK=20).
SOAK       ?= 1

.PHONY: deps build run demo test clean bench

# Missing system packages (libncursesw5-dev, tmux, strace) are installed with apt-get when run as root.
deps:
	@tools/install-deps.sh

build: deps
	$(SWIFT) build

# Opens the terminal interface on a demo data folder (made once, then kept).
run: build
	@test -d "$(DEMO_DIR)" || IMPULS_TODAY=$(DEMO_TODAY) $(BIN) demo --config $(DEMO_CONFIG) --output "$(DEMO_DIR)"
	IMPULS_TODAY=$(DEMO_TODAY) $(BIN) --config $(DEMO_CONFIG) --data-dir "$(DEMO_DIR)"

# A fresh demo folder.
demo: build
	rm -rf "$(DEMO_DIR)"
	IMPULS_TODAY=$(DEMO_TODAY) $(BIN) demo --config $(DEMO_CONFIG) --output "$(DEMO_DIR)"

# One debug build serves the unit and the end-to-end tests.
test: deps
	$(SWIFT) build --build-tests
	IMPULS_SOAK=$(SOAK) $(SWIFT) test --skip-build

clean:
	rm -rf .build "$(DEMO_DIR)"

# The benchmark: release build, demo folders at every scale, a table (and bench.json). Not a test.
bench: deps
	$(SWIFT) build -c release --product impuls
	$(SWIFT) build -c release --product impuls-bench
	.build/release/impuls-bench --impuls .build/release/impuls --json bench.json
