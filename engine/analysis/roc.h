// Energy as surprise: how well a threshold on the energy separates normal points from anomalies — rates at a
// threshold, the ROC curve and its area.
#pragma once

#include <vector>

namespace ebm {

/// The receiver operating characteristic of the rule "flag x as anomalous when E(x) > threshold".
struct RocCurve {
  std::vector<double> falseAlarmRate;  ///< x of each point: share of normal points flagged
  std::vector<double> detectionRate;   ///< y of each point: share of anomalies flagged (1 − miss rate)
  double area = 0;                     ///< AUC: the chance an anomaly has a higher energy than a normal point
};

/// The ROC over every threshold, from flagging nothing (0, 0) to flagging everything (1, 1). Ties count half
/// in the area (Mann–Whitney). Throws ArgumentError if either set is empty.
[[nodiscard]] RocCurve rocCurve(std::vector<double> normalEnergies, std::vector<double> anomalyEnergies);

/// Share of `energies` strictly above `threshold`.
[[nodiscard]] double shareAbove(const std::vector<double>& energies, double threshold);

/// The threshold that flags a share `falseAlarmTarget` of the normal points (the (1 − target) quantile of
/// their energies): "calibrated on normal data". Throws ArgumentError for no energies or a target outside (0,
/// 1).
[[nodiscard]] double calibratedThreshold(std::vector<double> normalEnergies, double falseAlarmTarget);

/// FPR at 95% TPR, the out-of-distribution literature's "FPR95" (Liu et al. 2020), for scores that are high
/// for outliers: with the in-distribution points as positives, the threshold is the calibrated one that keeps
/// (accepts) a share `truePositiveRate` of them (score ≤ threshold, calibratedThreshold() with target 1 −
/// TPR), and the result is the share of outliers it accepts too — the outliers that pass as normal. Throws
/// ArgumentError for an empty set or a rate outside (0, 1).
[[nodiscard]] double falsePositiveRateAt(const std::vector<double>& inDistribution,
                                         const std::vector<double>& outliers, double truePositiveRate = 0.95);

}  // namespace ebm
