// A simulation whose landscape is a classifier's energy: the max-softmax map and the decision boundaries the
// views draw, and out-of-distribution detection — the energy score against the max-softmax score on held-out
// data and test outliers, with the threshold drawn as a line.
#include "analysis/contour_segments.h"
#include "classifier/decision_map.h"
#include "classifier/ood_evaluation.h"
#include "simulation/simulation_state.h"

namespace ebm {

const ClassifierEnergy* Simulation::State::classifier() const {
  return dynamic_cast<const ClassifierEnergy*>(energy.get());
}

// The decision map follows the network (energyChanged); the map shows its confidence when asked.
void Simulation::State::refreshDecisionMap(bool energyChanged) {
  const ClassifierEnergy* c = classifier();
  if (!c || lattice.dimension() != 2) {
    confidenceGrid = nullptr;
    boundaries = nullptr;
    return;
  }
  if (energyChanged || !confidenceGrid) {
    DecisionMap map = decisionMap(*c, lattice);
    confidenceGrid = map.confidence;
    boundaries = pointLayer(map.boundaries, {});
  } else if (boundaries) {
    boundaries = pointLayer(boundaries->positions, {});  // heights follow the shown field (E or p_T)
  }
  if (lesson.view.mapShowsConfidence) mapGrid = confidenceGrid;
}

void Simulation::State::refreshOod() {
  const ClassifierEnergy* c = classifier();
  if (!c || !lesson.ood.any() || heldOut.cols() == 0 || train.cols() < 2) {
    oodLayer = nullptr;
    return;
  }
  const OodPoints placed = makeOodPoints(train, lesson.ood);
  oodPoints = placed.all();
  const std::vector<int>& labels =
      heldOutLabels.size() == std::size_t(heldOut.cols()) ? heldOutLabels : std::vector<int>{};
  const OodReport report = evaluateOod(*c, heldOut, labels, oodPoints);
  auto frame = std::make_shared<OodFrame>();
  frame->accuracy = report.accuracy;
  const auto copy = [](const OodScore& from, OodFrame::Score& to) {
    to.rocFalseAlarm = from.roc.falseAlarmRate;
    to.rocDetection = from.roc.detectionRate;
    to.auroc = from.auroc;
    to.fpr95 = from.fpr95;
    to.threshold = from.threshold;
  };
  copy(report.energy, frame->energy);
  copy(report.softmax, frame->softmax);
  frame->ringCount = lesson.ood.ringCount;
  frame->farCount = lesson.ood.farCount;
  // The points and the line follow the score the map shows: the confidence, or the energy (also under p_T,
  // whose level lines are the energy's).
  frame->showsSoftmax = lesson.view.mapShowsConfidence && confidenceGrid;
  const OodScore& shown = frame->showsSoftmax ? report.softmax : report.energy;
  std::vector<int> flags;
  for (double score : shown.outScores)
    flags.push_back(score > shown.threshold ? 3 : 2);
  frame->outliers = pointLayer(oodPoints, flags);
  if (lattice.dimension() == 2 && energyGrid) {
    frame->threshold = pointLayer(frame->showsSoftmax ? contourSegments(*confidenceGrid, -shown.threshold)
                                                      : contourSegments(*energyGrid, shown.threshold),
                                  {});
  }
  oodLayer = frame;
  changed = true;
}

}  // namespace ebm
