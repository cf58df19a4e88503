#include "chain_statistics.h"

#include <algorithm>
#include <cmath>

#include <Eigen/Core>

namespace ebm::testing {

MeanEstimate estimateMean(const ChainSeries& series) {
  const Index m = series.chains, n = series.length;
  const double total = double(m) * double(n);
  MeanEstimate estimate;
  double sum = 0;
  for (double v : series.values)
    sum += v;
  estimate.mean = sum / total;
  std::vector<double> centred(series.values.size());
  for (std::size_t k = 0; k < centred.size(); ++k)
    centred[k] = series.values[k] - estimate.mean;
  auto autocovariance = [&](Index lag) {
    double s = 0;
    for (Index c = 0; c < m; ++c) {
      const double* x = centred.data() + c * n;
      s += Eigen::Map<const Eigen::VectorXd>(x, n - lag)
               .dot(Eigen::Map<const Eigen::VectorXd>(x + lag, n - lag));
    }
    return s / total;
  };
  const double gamma0 = autocovariance(0);
  estimate.variance = gamma0;
  double tau = -1.0, previous = 1e300;
  for (Index k = 0; 2 * k + 1 < n; ++k) {
    double pair = (autocovariance(2 * k) + autocovariance(2 * k + 1)) / gamma0;
    if (!(pair > 0)) break;
    pair = std::min(pair, previous);
    previous = pair;
    tau += 2.0 * pair;
  }
  estimate.autocorrelationTime = std::max(tau, 1e-3);
  estimate.effectiveSampleSize = total / estimate.autocorrelationTime;
  estimate.standardError = std::sqrt(gamma0 / estimate.effectiveSampleSize);
  return estimate;
}

std::vector<ChainSeries> recordChains(ParticleSystem& system, Index steps,
                                      const std::vector<std::function<double(const float* x)>>& functions) {
  const Index m = system.particleCount();
  std::vector<ChainSeries> series(functions.size());
  for (auto& s : series) {
    s.chains = m;
    s.length = steps;
    s.values.resize(std::size_t(m * steps));
  }
  for (Index t = 0; t < steps; ++t) {
    system.step(1);
    const Points& x = system.positions();
    for (std::size_t f = 0; f < functions.size(); ++f) {
      for (Index c = 0; c < m; ++c)
        series[f].values[std::size_t(c * steps + t)] = functions[f](&x(0, c));
    }
  }
  return series;
}

}  // namespace ebm::testing
