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

}  // namespace ebm
