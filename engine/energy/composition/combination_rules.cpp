#include "energy/composition/combination_rules.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace ebm::combination {
namespace {

// Elements are processed in blocks of kRuleBlock floats as fixed-size Eigen arrays: the whole block is
// vectorized with no scalar remainder loop, and a short last block is zero-padded into the same code. An
// element's result therefore never depends on where a chunk or a buffer starts.
constexpr Index kRuleBlock = 64;
using Block = Eigen::Array<float, kRuleBlock, 1>;
using ConstBlockMap = Eigen::Map<const Block>;

// The block of n values at src, as a map: in place for a full block, else copied into the zero-padded
// `spare`.
ConstBlockMap load(const float* src, Index count, Block& spare) {
  if (count == kRuleBlock) return ConstBlockMap(src);
  spare.setZero();
  std::memcpy(spare.data(), src, std::size_t(count) * sizeof(float));
  return ConstBlockMap(spare.data());
}

void store(const Block& values, Index count, float* dst) {
  std::memcpy(dst, values.data(), std::size_t(count) * sizeof(float));
}

}  // namespace

// out = Σ cₖ·tₖ: the accumulator lives in a local block so that `out` may alias any input.
void linear(std::span<const float* const> terms, std::span<const double> coefficients, Index n, float* out) {
  Block accumulator, spare;
  for (Index begin = 0; begin < n; begin += kRuleBlock) {
    const Index count = std::min(kRuleBlock, n - begin);
    bool first = true;
    for (std::size_t k = 0; k < terms.size(); ++k) {
      if (!terms[k] || coefficients[k] == 0) continue;
      const float c = float(coefficients[k]);
      const ConstBlockMap term = load(terms[k] + begin, count, spare);
      if (first) {
        accumulator = c * term;
        first = false;
      } else {
        accumulator += c * term;
      }
    }
    if (first) accumulator.setZero();
    store(accumulator, count, out + begin);
  }
}

// out = m − log Σ wₖ exp(m − tₖ), m = min tₖ. The exponents are ≤ 0, and the term at the minimum contributes
// its full weight, so the sum lies in [min w, 1] and its log is finite.
void logSumExp(std::span<const float* const> terms, std::span<const double> weights, Index n, float* out) {
  constexpr float kInfinity = std::numeric_limits<float>::infinity();
  Block lowest, sum, spare;
  for (Index begin = 0; begin < n; begin += kRuleBlock) {
    const Index count = std::min(kRuleBlock, n - begin);
    lowest.setConstant(kInfinity);
    for (std::size_t k = 0; k < terms.size(); ++k) {
      if (terms[k] && weights[k] > 0) lowest = lowest.min(load(terms[k] + begin, count, spare));
    }
    sum.setZero();
    for (std::size_t k = 0; k < terms.size(); ++k) {
      if (!terms[k] || !(weights[k] > 0)) continue;
      sum += float(weights[k]) * (lowest - load(terms[k] + begin, count, spare)).exp();
    }
    Block combined = lowest - sum.log();
    // Where every term is +∞ the exponents are ∞ − ∞ = NaN; the answer is +∞. (A scalar fix-up: Eigen 3.4's
    // select() is not vectorized and would drag the log above into a scalar loop.)
    for (Index i = 0; i < kRuleBlock; ++i) {
      if (lowest[i] == kInfinity) combined[i] = kInfinity;
    }
    store(combined, count, out + begin);
  }
}

}  // namespace ebm::combination
