#!/usr/bin/env bash
# Sanitizer builds of the tests (make sanitize): each in its own build folder, only the targets it runs.
#   scripts/sanitize.sh asan   AddressSanitizer + UndefinedBehaviorSanitizer: the engine tests and the command-line
#                              (app) tests, which run the instrumented ebmscape program under Xvfb
#   scripts/sanitize.sh tsan   ThreadSanitizer: the engine's threaded tests (JobThread, parallelFor, ParticleSystem,
#                              Simulation, the trainers, energy grids and quadrature: all that runs on the pool; the
#                              list of files is in tests/CMakeLists.txt, and only they are built)
# Any sanitizer report fails the run, also one from a child process whose exit code a test accepted: reports go
# to files (log_path) and are printed and counted at the end. Suppressions: tests/sanitizers/ (third-party only).
set -euo pipefail

# The whole script is one function, read before it runs: editing the file during a run cannot derail it.
main() {
  cd "$(dirname "$0")/.."
  SECONDS=0
  kind=${1:?usage: scripts/sanitize.sh asan|tsan}
  root=$PWD
  jobs=${JOBS:-$(nproc)}
  supp=$root/tests/sanitizers

  # Left to `make test`: the training-quality tests (PCD and DSM trained until they come within half a nat of
  # the true entropy). They check what training learns, not memory or threads, and take minutes instrumented
  # (DSM: 4 s in Release, 187 s under ASan on a loaded 2-core machine); the trainers' code runs in the other
  # trainer tests, which stay.
  # Also left to `make test`: every built-in lesson's sampling judged against its Boltzmann histogram (8 s in
  # Release, 203 s under ASan); the sample command's code runs in its other tests.
  heavy='ShortRunGetsWithinHalfANatOfTheEntropy|EveryBuiltInLessonsParticlesSampleItsDensity'

  case "$kind" in
    asan)
      build=build-asan
      sanitize=address,undefined
      targets=(engine_tests ebmscape app_tests app_unit_tests)
      ctest_filter=(-L '^(engine|app)$' -E "$heavy")  # not ui_tests: the window's tests are not built here
      ;;
    tsan)
      build=build-tsan
      sanitize=thread
      targets=(engine_tests)
      ctest_filter=(-L '^engine$' -E "$heavy")  # the build holds only the threaded tests (tests/CMakeLists.txt)
      ;;
    *)
      echo "usage: scripts/sanitize.sh asan|tsan" >&2
      exit 2
      ;;
  esac

  gui=OFF threaded_only=ON
  [ "$kind" = asan ] && gui=ON threaded_only=OFF
  # -O1 without NDEBUG (debug line tables come with EBMSCAPE_SANITIZE): Eigen's and our assertions stay on.
  # Warnings are shown but not errors here (WERROR is for the Release and fuzz builds): GCC's instrumentation at
  # -O1 has false positives of its own (-Wstringop-overflow under ASan, -Wtsan), and these builds check memory
  # and threads, not the code's warnings — the Release build with -Werror compiles the same code.
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1" \
    -DEBMSCAPE_SANITIZE="$sanitize" -DEBMSCAPE_TESTS=ON -DEBMSCAPE_GUI="$gui" \
    -DEBMSCAPE_THREADED_TESTS_ONLY="$threaded_only" >/dev/null
  cmake --build "$build" -j"$jobs" --target "${targets[@]}"
  local built=$SECONDS
  echo "ebmscape: $kind: built in ${built}s" >&2

  reports=$(mktemp -d "/tmp/ebmscape-$kind.XXXXXX")
  export ASAN_OPTIONS="log_path=$reports/asan:exitcode=86:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
  export UBSAN_OPTIONS="log_path=$reports/ubsan:exitcode=86:print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
  export TSAN_OPTIONS="log_path=$reports/tsan:exitcode=86:halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp"

  status=0
  ctest_command=(ctest --test-dir "$build" --output-on-failure --timeout 900 -j "$(nproc)" "${ctest_filter[@]}")
  if [ "$kind" = tsan ]; then
    # Without address-space randomization: ThreadSanitizer's fixed memory layout fails on kernels with more
    # random mmap bits than it expects ("unexpected memory mapping").
    setarch "$(uname -m)" -R "${ctest_command[@]}" || status=$?
  else
    XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/ebmscape-runtime.XXXXXX)}
    export XDG_RUNTIME_DIR
    chmod 700 "$XDG_RUNTIME_DIR"
    # The program under the command-line tests loads Mesa, fontconfig and Xlib, whose per-process allocations
    # LSan reports as indirect leaks with stacks it cannot unwind (so no suppression can name them): leaks are
    # checked in the engine's tests, memory errors and undefined behaviour everywhere.
    xvfb-run -a -s "-screen 0 1920x1080x24" "${ctest_command[@]}" -L '^engine$' || status=$?
    ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" xvfb-run -a -s "-screen 0 1920x1080x24" \
      "${ctest_command[@]}" -L '^app$' || status=$?
  fi

  if compgen -G "$reports/*" >/dev/null; then
    echo "ebmscape: $kind: sanitizer reports:" >&2
    for report in "$reports"/*; do
      echo "---- $report" >&2
      cat "$report" >&2
    done
    status=1
  fi
  rm -rf "$reports"
  echo "ebmscape: $kind: tests ran in $((SECONDS - built))s" >&2
  [ "$status" -eq 0 ] && echo "ebmscape: $kind: clean"
  exit "$status"
}

main "$@"
