# impuls — the two commands a new machine needs: `make run` and `make test`.
SWIFT      ?= swift
BIN        := .build/debug/impuls
DEMO_DIR   ?= .demo-data
# The demo folder shows the scheme while it ran; the date the program takes as today.
DEMO_TODAY ?= 2023-10-16
DEMO_CONFIG ?= demo/config.json
# Random-key and crash tests: how many rounds (raise for a soak run, e.g. make test SOAK=20).
SOAK       ?= 1
# make fuzz: how many inputs libFuzzer runs, the largest input, seconds before an input is a hang,
# and any further libFuzzer options (e.g. FUZZ_ARGS=-max_total_time=600).
FUZZ_RUNS    ?= 10000000
FUZZ_MAX_LEN ?= 65536
FUZZ_TIMEOUT ?= 10
FUZZ_ARGS    ?=
FUZZ_BIN     := .build-fuzz/release/impuls-fuzz

.PHONY: deps build run demo test clean bench fuzz

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
	rm -rf .build .build-fuzz "$(DEMO_DIR)"

# The benchmark: release build, demo folders at every scale, a table (and bench.json). Not a test.
bench: deps
	$(SWIFT) build -c release --product impuls
	$(SWIFT) build -c release --product impuls-bench
	.build/release/impuls-bench --impuls .build/release/impuls --json bench.json

# Fuzzes the dossier, JSON and config parsers (Sources/ImpulsFuzz) with libFuzzer: a release build
# with the fuzzer and AddressSanitizer in its own folder, new inputs kept in .fuzz-corpus (seeded
# from Tests/Fuzz/seeds), a crash, hang or violated property saved in .fuzz-artifacts and the
# command failing. Copy a finding to Tests/Fuzz/crashes (named for what it exercises) so that
# make test replays it. Not a test. (The Swift runtime's backtracer is turned off: it runs under
# AddressSanitizer, trips it and hangs instead of letting libFuzzer report the crash.)
fuzz:
	$(SWIFT) build -c release --scratch-path .build-fuzz --product impuls-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -D -Xswiftc IMPULS_FUZZ \
		-Xswiftc -enable-experimental-feature -Xswiftc Extern
	mkdir -p .fuzz-corpus .fuzz-artifacts
	SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) .fuzz-corpus Tests/Fuzz/seeds -dict=Tests/Fuzz/dossier.dict \
		-runs=$(FUZZ_RUNS) -max_len=$(FUZZ_MAX_LEN) -timeout=$(FUZZ_TIMEOUT) \
		-artifact_prefix=.fuzz-artifacts/ -print_final_stats=1 $(FUZZ_ARGS)
