# Two commands on a fresh machine: `make practice` and `make test`.
SWIFT ?= swift
ARGS ?=

.PHONY: setup build release practice test bench clean

setup:
	@scripts/setup

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product interview

## Sets up, builds and starts a practice round (today's day of your plan).
practice: release
	.build/release/interview practice $(ARGS)

## Sets up and runs the whole test suite.
test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --parallel

bench: setup
	$(SWIFT) build -c release
	.build/release/interview-bench $(ARGS)

clean:
	rm -rf .build
