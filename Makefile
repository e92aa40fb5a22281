# Kompas: the two commands a new machine needs. `make run` and `make test`; see README.md.
PORT ?= 8080
DATA_DIR ?= ./kompas-data
PRESET ?= ci

.PHONY: run test build deps web bench clean format

run:
	@PORT=$(PORT) DATA_DIR=$(DATA_DIR) PRESET=$(PRESET) bash scripts/run.sh

test:
	@PRESET=$(PRESET) bash scripts/test.sh

build: deps
	@PRESET=$(PRESET) bash scripts/build.sh

deps:
	@bash scripts/install-deps.sh

bench:
	@bash bench/run

format:
	@find src tests bench -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

clean:
	rm -rf build web/dist
