#include "analysis/roc.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"

namespace ebm {

// Sweep the threshold down through every distinct energy of both sets; each step flags everything at or above
// it. The area is the Mann–Whitney U / (n_normal · n_anomaly), with ties counted half, accumulated as
// trapezoids.
RocCurve rocCurve(std::vector<double> normal, std::vector<double> anomaly) {
  if (normal.empty() || anomaly.empty())
    throw ArgumentError("A ROC curve needs normal points and anomalies.");
  std::sort(normal.begin(), normal.end(), std::greater<>());
  std::sort(anomaly.begin(), anomaly.end(), std::greater<>());
  RocCurve curve;
  curve.falseAlarmRate.push_back(0);
  curve.detectionRate.push_back(0);
  const double n = double(normal.size()), a = double(anomaly.size());
  std::size_t i = 0, j = 0;
  while (i < normal.size() || j < anomaly.size()) {
    const double next =
        std::max(i < normal.size() ? normal[i] : -INFINITY, j < anomaly.size() ? anomaly[j] : -INFINITY);
    while (i < normal.size() && normal[i] == next)
      ++i;
    while (j < anomaly.size() && anomaly[j] == next)
      ++j;
    const double x = double(i) / n, y = double(j) / a;
    curve.area += (x - curve.falseAlarmRate.back()) * (y + curve.detectionRate.back()) / 2;
    curve.falseAlarmRate.push_back(x);
    curve.detectionRate.push_back(y);
  }
  return curve;
}

double shareAbove(const std::vector<double>& energies, double threshold) {
  if (energies.empty()) return 0;
  return double(std::count_if(energies.begin(), energies.end(), [&](double e) { return e > threshold; })) /
         double(energies.size());
}

double calibratedThreshold(std::vector<double> normal, double falseAlarmTarget) {
  if (normal.empty()) throw ArgumentError("Calibrating a threshold needs normal points.");
  if (!(falseAlarmTarget > 0 && falseAlarmTarget < 1))
    throw ArgumentError("The false-alarm target must lie in (0, 1).");
  std::sort(normal.begin(), normal.end());
  const auto k = std::size_t(std::ceil((1.0 - falseAlarmTarget) * double(normal.size()))) - 1;
  return normal[std::min(k, normal.size() - 1)];
}

double falsePositiveRateAt(const std::vector<double>& inDistribution, const std::vector<double>& outliers,
                           double truePositiveRate) {
  if (outliers.empty()) throw ArgumentError("FPR at a true-positive rate needs outliers.");
  if (!(truePositiveRate > 0 && truePositiveRate < 1))
    throw ArgumentError("The true-positive rate must lie in (0, 1).");
  const double threshold = calibratedThreshold(inDistribution, 1.0 - truePositiveRate);
  return 1.0 - shareAbove(outliers, threshold);
}

}  // namespace ebm
