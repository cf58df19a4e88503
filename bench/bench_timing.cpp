#include "bench_timing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace ebm::bench {

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double medianOf(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

Timing measure(int repeats, const std::function<void()>& work) {
  work();
  std::vector<double> ms;
  for (int r = 0; r < repeats; ++r) {
    const auto start = std::chrono::steady_clock::now();
    work();
    ms.push_back(1e3 * secondsSince(start));
  }
  std::sort(ms.begin(), ms.end());
  Timing t;
  t.repeats = repeats;
  t.minMs = ms.front();
  t.maxMs = ms.back();
  t.medianMs = medianOf(ms);
  return t;
}

nlohmann::json workloadRecord(const std::string& workload, const std::string& variant, const Timing& timing,
                              double flops, double peakGflops) {
  nlohmann::json r;
  r["workload"] = workload;
  r["variant"] = variant;
  r["median_ms"] = std::round(timing.medianMs * 1e4) / 1e4;
  r["min_ms"] = std::round(timing.minMs * 1e4) / 1e4;
  r["max_ms"] = std::round(timing.maxMs * 1e4) / 1e4;
  r["repeats"] = timing.repeats;
  if (flops > 0) {
    const double gflops = flops / (timing.medianMs * 1e-3) / 1e9;
    r["gflops"] = std::round(gflops * 10) / 10;
    if (peakGflops > 0) {
      r["peak_fraction"] = std::round(gflops / peakGflops * 1000) / 1000;
      r["peak_gflops"] = std::round(peakGflops * 10) / 10;
    }
  }
  return r;
}

void printLine(const nlohmann::json& record) {
  std::printf("%s\n", record.dump().c_str());
  std::fflush(stdout);
}

}  // namespace ebm::bench
