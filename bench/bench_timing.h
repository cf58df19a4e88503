// Timing for the bench program: median/min/max of repeated runs after a warm-up, printed as JSON lines.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace ebm::bench {

/// Milliseconds of each timed repeat, summarized.
struct Timing {
  double medianMs = 0, minMs = 0, maxMs = 0;
  int repeats = 0;
};

/// The median of `values` (0 for none).
double medianOf(std::vector<double> values);

/// Runs `work` once to warm up, then `repeats` times, timing each run with a steady clock.
Timing measure(int repeats, const std::function<void()>& work);

/// Seconds since `start` on the steady clock.
double secondsSince(std::chrono::steady_clock::time_point start);

/// One workload's JSON line: {"workload", "variant", "median_ms", "min_ms", "max_ms", "repeats", "gflops",
/// "peak_fraction", "peak_gflops"}. `flops` is per run (0 = not a FLOP-bound workload: gflops omitted);
/// `peakGflops` is the GEMM peak measured next to the workload.
nlohmann::json workloadRecord(const std::string& workload, const std::string& variant, const Timing& timing,
                              double flops, double peakGflops);

/// Prints one JSON object on its own line and flushes.
void printLine(const nlohmann::json& record);

}  // namespace ebm::bench
