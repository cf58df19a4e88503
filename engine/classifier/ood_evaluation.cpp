#include "classifier/ood_evaluation.h"

#include "core/errors.h"

namespace ebm {

OodScore oodScore(std::vector<double> inScores, std::vector<double> outScores) {
  OodScore s;
  s.roc = rocCurve(inScores, outScores);
  s.auroc = s.roc.area;
  s.threshold = calibratedThreshold(inScores, 0.05);
  s.fpr95 = falsePositiveRateAt(inScores, outScores, 0.95);
  s.inScores = std::move(inScores);
  s.outScores = std::move(outScores);
  return s;
}

OodReport evaluateOod(const ClassifierEnergy& classifier, ConstPointsRef heldOut,
                      const std::vector<int>& labels, ConstPointsRef outliers) {
  if (heldOut.cols() == 0 || outliers.cols() == 0)
    throw ArgumentError("Out-of-distribution detection needs held-out data and outliers.");
  if (!labels.empty() && Index(labels.size()) != heldOut.cols())
    throw ArgumentError("The held-out points need one label each.");
  const auto in = classifier.predict(heldOut);
  const auto out = classifier.predict(outliers);
  OodReport report;
  if (!labels.empty()) {
    Index correct = 0;
    for (std::size_t i = 0; i < labels.size(); ++i)
      correct += in.labels[i] == labels[i];
    report.accuracy = double(correct) / double(labels.size());
  }
  const auto scores = [](const Vector& values, double sign) {
    std::vector<double> s(std::size_t(values.size()));
    for (Index i = 0; i < values.size(); ++i)
      s[std::size_t(i)] = sign * double(values[i]);
    return s;
  };
  report.energy = oodScore(scores(in.energies, 1), scores(out.energies, 1));
  report.softmax = oodScore(scores(in.confidence, -1), scores(out.confidence, -1));
  return report;
}

}  // namespace ebm
