# The two commands of the README: `make handbook` and `make test`.
SWIFT ?= swift
ROOT ?= .
OUTPUT ?= output
# Where `make test` renders the example to check it with outside tools.
CHECK_OUT ?= .build/check-output

.PHONY: deps test-deps handbook test test-database build release test-data clean bench bench-hugo

deps:
	@scripts/install-deps.sh

# deps plus what only the tests need (Chromium for the browser test).
test-deps:
	@BOOMERANG_TEST_DEPS=1 scripts/install-deps.sh

build: deps
	$(SWIFT) build --product boomerang

release: deps
	$(SWIFT) build -c release --product boomerang

handbook: release
	.build/release/boomerang build --root $(ROOT) --output $(OUTPUT)
	@echo "Open $(OUTPUT)/index.html in a browser."

# Data a test needs from a registry (PyPI): fetched once; the test says so if it could not be.
test-data:
	@scripts/fetch-cdnow.sh || echo "test-data: CDNOW sample not available; the BG/NBD paper test will be skipped"

# SCRATCH: SwiftPM's build folder (another one per git worktree: make test SCRATCH=.build-x).
SCRATCH ?= .build
# Every test runs beside a throwaway PostgreSQL cluster (scripts/with-test-postgres.sh: initdb in
# a temporary folder, a free loopback port, stopped and deleted at the end) for the database tests.
test: test-deps test-data
	$(SWIFT) build --scratch-path $(SCRATCH) --product boomerang
	scripts/with-test-tmp.sh scripts/with-test-postgres.sh $(SWIFT) test --scratch-path $(SCRATCH)
	rm -rf $(CHECK_OUT)
	$(SCRATCH)/debug/boomerang build --quiet --root . --output $(CHECK_OUT)
	python3 scripts/check-svg.py $(CHECK_OUT)
	scripts/check-html.sh $(CHECK_OUT)
	scripts/with-test-tmp.sh python3 scripts/check-browser.py $(CHECK_OUT)
	scripts/with-test-tmp.sh python3 scripts/check-hostile.py $(SCRATCH)/debug/boomerang
	scripts/with-test-tmp.sh scripts/check-starters.sh $(SCRATCH)/debug/boomerang $(SCRATCH)/check-starters

# Only the database tests (docs/database.md), against the same kind of throwaway cluster.
test-database: test-deps
	scripts/with-test-tmp.sh scripts/with-test-postgres.sh $(SWIFT) test --scratch-path $(SCRATCH) --filter BoomerangDatabaseTests

# The benchmark (docs/performance.md): results in bench/out/results.md and results.json.
BENCH_SIZES ?= 10000 100000
BENCH_RUNS ?= 1
BENCH_HUGO ?= 0
bench:
	@BOOMERANG_BENCH_DEPS=1 BENCH_HUGO=$(BENCH_HUGO) scripts/install-deps.sh
	BENCH_SIZES="$(BENCH_SIZES)" BENCH_RUNS="$(BENCH_RUNS)" BENCH_HUGO=$(BENCH_HUGO) scripts/bench.sh

# The same with Debian's Hugo building a comparable site, for the ratio.
bench-hugo:
	$(MAKE) bench BENCH_HUGO=1

clean:
	rm -rf .build output
