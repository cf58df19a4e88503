// How well a classifier tells its own data from outliers: the energy score against the max-softmax score on
// held-out data and out-of-distribution points — accuracy, ROC curves, AUROC and FPR at 95% TPR.
#pragma once

#include <vector>

#include "analysis/roc.h"
#include "classifier/classifier_energy.h"

namespace ebm {

/// One detector: a score that is high for outliers, its ROC curve (outliers as the flagged class), and the
/// threshold that accepts 95% of the in-distribution points with the share of outliers it accepts too.
struct OodScore {
  std::vector<double> inScores, outScores;
  RocCurve roc;
  double auroc = 0;
  double fpr95 = 0;      ///< share of outliers accepted when 95% of the data are (lower is better)
  double threshold = 0;  ///< the score at 95% TPR: points with a score above it are flagged
};

/// Both detectors of Liu et al. (2020) on one test set.
struct OodReport {
  double accuracy = 0;  ///< share of held-out points classified correctly
  OodScore energy;      ///< score E(x) = −T·logsumexp(f/T): low on data, high off it
  OodScore softmax;     ///< score −max_y p(y|x) (the max-softmax baseline, Hendrycks & Gimpel 2017)
};

/// Scores the held-out labelled points (labels in [0, K), or empty to skip the accuracy) and the outliers.
/// Throws ArgumentError for an empty set or labels that do not match the points.
[[nodiscard]] OodReport evaluateOod(const ClassifierEnergy& classifier, ConstPointsRef heldOut,
                                    const std::vector<int>& labels, ConstPointsRef outliers);

/// The detector of `scores` (high = outlier): its ROC, AUROC, the threshold at 95% TPR and FPR95.
[[nodiscard]] OodScore oodScore(std::vector<double> inScores, std::vector<double> outScores);

}  // namespace ebm
