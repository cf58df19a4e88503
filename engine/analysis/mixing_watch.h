// Whether particles sample p_T yet: their energy histogram, pooled over snapshots after a burn-in, against
// the Boltzmann prediction for the same bins — the Sampler panel's "not mixed yet" and `ebmscape sample`
// alike.
#pragma once

#include <deque>
#include <optional>
#include <string>

#include "analysis/histogram.h"

namespace ebm {

/// Pools particle-energy histograms and measures their total-variation distance to the prediction.
///
/// The verdict: after a burn-in of kBurnInSteps sampler steps since the particles started (or T or the
/// landscape last changed), one histogram is kept every kSnapshotSpacing steps; once kPooledSnapshots are
/// kept, the distance is ½ Σ |particles − Boltzmann| over the bins of the pooled (newest) histograms,
/// outside mass included. Above kMixedDistance the particles have not mixed. Pooling over time beats the
/// sampling noise of a few hundred particles: the distance of an exact sampler's histogram to its prediction
/// is then a few hundredths.
class MixingWatch {
 public:
  static constexpr double kMixedDistance = 0.1;
  static constexpr Index kBurnInSteps = 100;
  static constexpr Index kSnapshotSpacing = 20;
  static constexpr int kPooledSnapshots = 16;

  /// Forgets the pool: the particles restarted, or T or the landscape changed, when the sampler's step
  /// counter read `step`; snapshots are pooled from kBurnInSteps later on.
  void restart(Index step);
  /// Offers the particles' energies at sampler step `step`; kept when due (burn-in over, spacing reached).
  /// Throws ArgumentError for invalid bins.
  void observe(Index step, ConstVectorRef energies, const HistogramBins& bins);
  /// True once the pool is full.
  [[nodiscard]] bool judged() const { return int(pool_.size()) >= kPooledSnapshots; }
  /// The pooled histogram (empty mass before the first snapshot).
  [[nodiscard]] Histogram pooled() const;
  /// The distance of the pool to `prediction` (same bins), once judged(); nullopt before or if the bins
  /// differ.
  [[nodiscard]] std::optional<double> distance(const Histogram& prediction) const;
  /// Steps the verdict needs from a restart.
  [[nodiscard]] static constexpr Index stepsToJudge() {
    return kBurnInSteps + (kPooledSnapshots - 1) * kSnapshotSpacing;
  }

 private:
  Index start_ = 0;
  Index lastKept_ = -1;
  std::deque<Histogram> pool_;
};

/// The mean of a histogram's binned mass (bin centres; outside mass is not counted). NaN if empty.
[[nodiscard]] double binnedMean(const Histogram& histogram);

/// What to tell a teacher whose particles have not mixed: where they sit against p_T and the likely fix.
/// `startFromData` and `annealed` say what the lesson already does.
[[nodiscard]] std::string notMixedAdvice(double distance, double particleMean, double predictedMean,
                                         bool startFromData, bool canStartFromData, bool annealed);

}  // namespace ebm
