# ebmscape: the two commands of the README, and their parts.
#   make run   installs what is missing (apt), builds, and opens the window on the default lesson
#   make test  installs what is missing (apt), builds, and runs the whole test suite (under Xvfb if no display)
# Reliability checks (CI runs them before `make test`):
#   make sanitize  the engine and command-line tests under ASan+UBSan (build-asan), the threaded engine tests
#                  under TSan (build-tsan)
#   make fuzz      the libFuzzer targets of tests/fuzz, FUZZ_SECONDS (60) each (build-fuzz, clang)
#   make tidy      clang-tidy (.clang-tidy's checks) over engine/, ui/ and app/ in the Release build's unity batches
BUILD ?= build
JOBS ?= $(shell nproc)
LESSON ?= energy-and-probability
# WERROR=ON turns compiler warnings into errors (CI sets it).
WERROR ?= OFF

.PHONY: all deps configure build run test tidy sanitize sanitize-asan sanitize-tsan fuzz bench clean format

all: build

deps:
	./scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DEBMSCAPE_TESTS=ON -DEBMSCAPE_GUI=ON -DEBMSCAPE_WERROR=$(WERROR)

build: configure
	cmake --build $(BUILD) -j$(JOBS)

run: build
	./scripts/with-display.sh $(BUILD)/app/ebmscape $(LESSON)

test: build
	./scripts/run-tests.sh $(BUILD)

tidy: build
	JOBS=$(JOBS) ./scripts/tidy.sh $(BUILD)

sanitize: sanitize-asan sanitize-tsan

sanitize-asan: deps
	JOBS=$(JOBS) ./scripts/sanitize.sh asan

sanitize-tsan: deps
	JOBS=$(JOBS) ./scripts/sanitize.sh tsan

fuzz: deps
	JOBS=$(JOBS) ./scripts/fuzz.sh

format:
	find engine ui app tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) build-asan build-tsan build-fuzz
