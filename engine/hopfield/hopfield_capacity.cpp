#include "hopfield/hopfield_capacity.h"

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/errors.h"
#include "core/parallel.h"
#include "core/random.h"

namespace ebm::hopfield {
namespace {

using Matrix = Eigen::MatrixXf;  // float: the N×N couplings stay in cache and the GEMMs run at full speed

// T = 0 asynchronous dynamics from `state` with its fields `fields` = W·state: sweeps in a fresh random
// order, each unit aligned with its field, until a sweep changes nothing (a fixed point: every unit agrees
// with its field, a local minimum of E). Each flip updates every field with one column of W.
void settle(const Matrix& w, Eigen::VectorXf& state, Eigen::VectorXf& fields, Random& random, int maxSweeps) {
  const Index n = state.size();
  std::vector<Index> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), Index(0));
  for (int sweep = 0; sweep < maxSweeps; ++sweep) {
    for (Index k = n - 1; k > 0; --k)
      std::swap(order[std::size_t(k)], order[std::size_t(random.below(std::uint64_t(k + 1)))]);
    Index flips = 0;
    for (const Index i : order) {
      if (state[i] * fields[i] >= 0) continue;
      state[i] = -state[i];
      fields.noalias() += (2 * state[i]) * w.col(i);
      ++flips;
    }
    if (flips == 0) return;
  }
}

}  // namespace

std::vector<double> defaultCapacityLoads() {
  std::vector<double> loads;
  for (int k = 2; k <= 25; ++k)
    loads.push_back(k / 100.0);
  return loads;
}

CapacityCurve measureCapacity(const CapacityOptions& options, const std::function<bool(double)>& progress) {
  const Index n = options.neurons;
  if (n < 10 || n > 20000) throw ArgumentError("The capacity experiment takes 10 to 20,000 neurons.");
  const std::vector<double> loads = options.loads.empty() ? defaultCapacityLoads() : options.loads;
  for (double alpha : loads) {
    if (!(alpha > 0) || alpha > 1) throw ArgumentError("A load α = P/N must lie in (0, 1].");
  }
  CapacityCurve result;
  result.neurons = n;
  for (std::size_t a = 0; a < loads.size(); ++a) {
    const Index p = std::max(Index(1), Index(std::lround(loads[a] * double(n))));
    Random random(options.seed, 2 * a);
    Matrix patterns(n, p);
    for (Index mu = 0; mu < p; ++mu) {
      for (Index i = 0; i < n; ++i)
        patterns(i, mu) = random.bernoulli(0.5) ? 1.0f : -1.0f;
    }
    Matrix w(n, n);
    w.noalias() = patterns * patterns.transpose() / float(n);
    w.diagonal().setZero();
    Matrix startFields(n, p);
    startFields.noalias() = w * patterns;
    std::vector<double> finalOverlap(std::size_t(p), 0.0);
    parallelFor(p, 4, [&](Index begin, Index end) {
      for (Index mu = begin; mu < end; ++mu) {
        Random order(options.seed, 2 * a + 1 + 2 * loads.size() * std::uint64_t(mu + 1));
        Eigen::VectorXf state = patterns.col(mu);
        Eigen::VectorXf fields = startFields.col(mu);
        settle(w, state, fields, order, options.maxSweeps);
        finalOverlap[std::size_t(mu)] = double(patterns.col(mu).dot(state)) / double(n);
      }
    });
    const double mean = std::accumulate(finalOverlap.begin(), finalOverlap.end(), 0.0) / double(p);
    result.curve.emplace_back(loads[a], mean);
    if (result.criticalLoad == 0 && mean < options.threshold) result.criticalLoad = loads[a];
    if (progress && !progress(double(a + 1) / double(loads.size()))) break;
  }
  return result;
}

}  // namespace ebm::hopfield
