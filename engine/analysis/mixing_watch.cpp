#include "analysis/mixing_watch.h"

#include <cmath>
#include <sstream>

namespace ebm {

void MixingWatch::restart(Index step) {
  start_ = step;
  lastKept_ = -1;
  pool_.clear();
}

void MixingWatch::observe(Index step, ConstVectorRef energies, const HistogramBins& bins) {
  if (step < start_) restart(step);  // the counter went back: the particles were reset
  if (step - start_ < kBurnInSteps) return;
  if (lastKept_ >= 0 && step - lastKept_ < kSnapshotSpacing) return;
  if (!pool_.empty() && (pool_.back().bins.lower != bins.lower || pool_.back().bins.upper != bins.upper ||
                         pool_.back().bins.count != bins.count)) {
    pool_.clear();
  }
  pool_.push_back(histogramOf(energies, bins));
  lastKept_ = step;
  while (int(pool_.size()) > kPooledSnapshots)
    pool_.pop_front();
}

Histogram MixingWatch::pooled() const {
  Histogram sum;
  if (pool_.empty()) return sum;
  sum = pool_.front();
  for (std::size_t k = 1; k < pool_.size(); ++k) {
    const Histogram& h = pool_[k];
    for (std::size_t i = 0; i < sum.mass.size(); ++i)
      sum.mass[i] += h.mass[i];
    sum.below += h.below;
    sum.above += h.above;
    sum.invalid += h.invalid;
  }
  return sum;
}

std::optional<double> MixingWatch::distance(const Histogram& prediction) const {
  if (!judged()) return std::nullopt;
  const HistogramBins& b = pool_.front().bins;
  if (b.lower != prediction.bins.lower || b.upper != prediction.bins.upper ||
      b.count != prediction.bins.count)
    return std::nullopt;
  return totalVariation(pooled(), prediction);
}

double binnedMean(const Histogram& histogram) {
  double mass = 0, sum = 0;
  for (int i = 0; i < int(histogram.mass.size()); ++i) {
    mass += histogram.mass[std::size_t(i)];
    sum += histogram.mass[std::size_t(i)] * histogram.bins.center(i);
  }
  return mass > 0 ? sum / mass : NAN;
}

std::string notMixedAdvice(double distance, double particleMean, double predictedMean, bool startFromData,
                           bool canStartFromData, bool annealed) {
  std::ostringstream text;
  text.precision(2);
  text << "The particles have not mixed yet: their energies differ from the Boltzmann prediction by a total "
          "variation of "
       << distance << " (over " << MixingWatch::kMixedDistance << " means not mixed). ";
  if (std::isfinite(particleMean) && std::isfinite(predictedMean) && particleMean > predictedMean) {
    text << "They sit higher than p_T predicts (mean E " << particleMean << " against " << predictedMean
         << "): they have not found the valleys yet. ";
    if (canStartFromData && !startFromData) {
      text << "Start them at the data, ";
    } else {
      text << "Let them run longer, ";
    }
    text << (annealed ? "raise the step size" : "anneal them (Annealed Langevin)")
         << " or raise the step size ε a little.";
  } else {
    text << "They sit lower than p_T predicts: they are stuck in the valleys they started in. Let them run "
            "longer, raise T for a while, or use HMC, whose long moves cross barriers.";
  }
  return text.str();
}

}  // namespace ebm
