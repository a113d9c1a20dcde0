# The two commands of the README: `make handbook` and `make test`.
SWIFT ?= swift
ROOT ?= .
OUTPUT ?= output

.PHONY: deps handbook test build release clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build --product boomerang

release: deps
	$(SWIFT) build -c release --product boomerang

handbook: release
	.build/release/boomerang build --root $(ROOT) --output $(OUTPUT)
	@echo "Open $(OUTPUT)/index.html in a browser."

test: deps
	$(SWIFT) build --product boomerang
	$(SWIFT) test

clean:
	rm -rf .build output/*
