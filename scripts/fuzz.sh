#!/usr/bin/env bash
# libFuzzer (make fuzz): builds the fuzz targets of tests/fuzz with clang in build-fuzz (engine and targets under
# AddressSanitizer + UndefinedBehaviorSanitizer) and runs each for a bounded time, FUZZ_SECONDS (60) apiece,
# all three at once, starting from the committed seeds in tests/fuzz/corpus/<target>/. A crash, timeout, leak or
# out-of-memory fails the run; the input is kept as build-fuzz/artifacts/<target>-crash-… (add it as a test in tests/engine).
set -euo pipefail

# The whole script is one function, read before it runs: editing the file during a run cannot derail it.
main() {
  cd "$(dirname "$0")/.."
  SECONDS=0
  seconds=${FUZZ_SECONDS:-60}
  jobs=${JOBS:-$(nproc)}
  build=build-fuzz

  cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1" -DEBMSCAPE_SANITIZE=address,undefined -DEBMSCAPE_FUZZ=ON \
    -DEBMSCAPE_TESTS=OFF -DEBMSCAPE_GUI=OFF -DEBMSCAPE_WERROR="${WERROR:-OFF}" >/dev/null
  cmake --build "$build" -j"$jobs" --target point_file_fuzz lesson_fuzz model_file_fuzz
  echo "ebmscape: fuzz: built in ${SECONDS}s" >&2

  # -max_len: a point file up to just beyond its 64 KiB line limit; lessons and model files as large as the
  # built-in lessons without trained networks.
  declare -A max_len=([point_file]=70000 [lesson]=16384 [model_file]=8192)
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ] && export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
  # The three targets fuzz at the same time, each for FUZZ_SECONDS of wall time (on 2 cores each gets about
  # two thirds of one): a minute for all three instead of three.
  declare -A pids=()
  for target in point_file lesson model_file; do
    corpus="$build/corpus/$target"  # new inputs land here; the committed seeds stay as they are
    mkdir -p "$corpus" "$build/artifacts"
    echo "ebmscape: fuzzing $target for ${seconds}s" >&2
    "$build/tests/fuzz/${target}_fuzz" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -max_len="${max_len[$target]}" -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
      "$corpus" "tests/fuzz/corpus/$target" 2>"$build/$target.log" &
    pids[$target]=$!
  done
  failed=0
  for target in point_file lesson model_file; do
    if wait "${pids[$target]}"; then
      grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::new_units_added)' "$build/$target.log" |
        sed "s/^/$target: /" >&2 || true
    else
      tail -n 60 "$build/$target.log" >&2
      echo "ebmscape: the $target fuzzer found a problem (input in $build/artifacts/)" >&2
      failed=1
    fi
  done
  [ "$failed" -eq 0 ] || exit 1
  echo "ebmscape: fuzz: no crash, timeout or leak"
}

main "$@"
