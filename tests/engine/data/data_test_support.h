// Helpers for the data-set tests: sample means with their standard errors, so tolerances follow the sample
// size.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <numbers>
#include <optional>
#include <string>

#include "data/data_set.h"
#include "data/data_set_registry.h"

namespace ebm::testing {

inline constexpr double kPi = std::numbers::pi;
/// Points in a recipe's sample: enough that a mean's standard error is ~1 % of the spread.
inline constexpr Index kSampleSize = 20000;

/// A built-in recipe's sample of `n` points, drawn with `seed`.
inline DataSet sampleOf(const char* name, std::uint64_t seed, std::optional<double> noise = std::nullopt,
                        Index n = kSampleSize) {
  return generateDataSet(name, {n, noise, seed});
}

/// A sample mean and its standard error s/√n (s: the sample standard deviation).
struct SampleMean {
  double mean = 0;
  double standardError = 0;
  Index count = 0;
};

/// Mean of f(i) over the points i with `keep(i)` (all points without a filter).
inline SampleMean meanOf(const DataSet& data, const std::function<double(Index)>& f,
                         const std::function<bool(Index)>& keep = {}) {
  double sum = 0, sumSquares = 0;
  Index count = 0;
  for (Index i = 0; i < data.size(); ++i) {
    if (keep && !keep(i)) continue;
    const double v = f(i);
    sum += v;
    sumSquares += v * v;
    ++count;
  }
  SampleMean estimate;
  estimate.count = count;
  if (count == 0) return estimate;
  estimate.mean = sum / double(count);
  const double variance = std::max(0.0, sumSquares / double(count) - estimate.mean * estimate.mean);
  estimate.standardError = std::sqrt(variance / double(count));
  return estimate;
}

/// Expects the estimate within 5 standard errors of `expected` (a fixed seed makes the test deterministic; 5
/// SE leaves room for a different but correct random stream), plus `slack` for known O(1/n) effects.
inline void expectMean(const SampleMean& estimate, double expected, const std::string& what,
                       double slack = 0) {
  ASSERT_GT(estimate.count, 1) << what;
  EXPECT_NEAR(estimate.mean, expected, 5 * estimate.standardError + slack + 1e-12)
      << what << " (standard error " << estimate.standardError << ", n = " << estimate.count << ")";
}

/// Points with label k.
inline std::function<bool(Index)> withLabel(const DataSet& data, int k) {
  return [&data, k](Index i) { return data.labels[std::size_t(i)] == k; };
}

/// |x|² of point i.
inline std::function<double(Index)> squaredNorm(const DataSet& data) {
  return [&data](Index i) { return double(data.points.col(i).cast<double>().squaredNorm()); };
}

/// Coordinate `axis` of point i.
inline std::function<double(Index)> coordinate(const DataSet& data, int axis) {
  return [&data, axis](Index i) { return double(data.points(axis, i)); };
}

}  // namespace ebm::testing
