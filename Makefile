# ebmscape: the two commands of the README, and their parts.
#   make run   installs what is missing (apt), builds, and opens the window on the default lesson
#   make test  installs what is missing (apt), builds, and runs the whole test suite (under Xvfb if no display)
BUILD ?= build
JOBS ?= $(shell nproc)
LESSON ?= energy-and-probability

.PHONY: all deps configure build run test bench clean format

all: build

deps:
	./scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DEBMSCAPE_TESTS=ON -DEBMSCAPE_GUI=ON

build: configure
	cmake --build $(BUILD) -j$(JOBS)

run: build
	./scripts/with-display.sh $(BUILD)/app/ebmscape $(LESSON)

test: build
	./scripts/run-tests.sh $(BUILD)

format:
	find engine ui app tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD)
