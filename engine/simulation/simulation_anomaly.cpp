// A simulation's anomaly detection: uniform anomalies against held-out data, scored by the energy, with the
// rates at the threshold and the ROC curve.
#include <algorithm>

#include "analysis/roc.h"
#include "core/random.h"
#include "simulation/simulation_state.h"

namespace ebm {

void Simulation::State::buildAnomalies() {
  const AnomalySpec& spec = lesson.anomaly;
  anomalies.resize(lesson.box.dimension, spec.count);
  Random random(spec.seed);
  for (Index i = 0; i < anomalies.cols(); ++i) {
    for (int a = 0; a < lesson.box.dimension; ++a) {
      anomalies(a, i) =
          float(random.uniform(lesson.box.lower[std::size_t(a)], lesson.box.upper[std::size_t(a)]));
    }
  }
}

// Scores are energies (a high energy is a surprise); the normal points are the held-out data the energy did
// not see. A calibrating lesson gets its threshold the first time scores exist.
void Simulation::State::refreshAnomalies() {
  if (lesson.anomaly.count <= 0 || heldOut.cols() == 0 || !energy) {
    anomalyLayer = nullptr;
    return;
  }
  if (anomalies.cols() != lesson.anomaly.count) buildAnomalies();
  auto frame = std::make_shared<AnomalyFrame>();
  Vector normal(heldOut.cols()), odd(anomalies.cols());
  energy->evaluate(heldOut, normal);
  energy->evaluate(anomalies, odd);
  frame->normalEnergies.assign(normal.data(), normal.data() + normal.size());
  frame->anomalyEnergies.assign(odd.data(), odd.data() + odd.size());
  frame->calibratedThreshold = calibratedThreshold(frame->normalEnergies, lesson.anomaly.falseAlarmTarget);
  if (lesson.anomaly.calibrate) {
    lesson.threshold = frame->calibratedThreshold;
    lesson.anomaly.calibrate = false;
  }
  frame->threshold = lesson.threshold;
  frame->falseAlarmRate = shareAbove(frame->normalEnergies, lesson.threshold);
  frame->missRate = 1.0 - shareAbove(frame->anomalyEnergies, lesson.threshold);
  const RocCurve roc = rocCurve(frame->normalEnergies, frame->anomalyEnergies);
  frame->rocFalseAlarm = roc.falseAlarmRate;
  frame->rocDetection = roc.detectionRate;
  frame->area = roc.area;
  if (components.size() > 1) addWatchdogs(*frame);

  Points points(lesson.box.dimension, heldOut.cols() + anomalies.cols());
  points << heldOut, anomalies;
  std::vector<int> labels;
  for (double e : frame->normalEnergies)
    labels.push_back(e > lesson.threshold ? 1 : 0);
  for (double e : frame->anomalyEnergies)
    labels.push_back(e > lesson.threshold ? 3 : 2);
  frame->testPoints = pointLayer(points, labels);
  anomalyLayer = frame;
  changed = true;
}

// Every energy of the lesson judges the same held-out points and anomalies: the ROC chart overlays them, so a
// class compares the true density with the watchdogs trained on normal data.
void Simulation::State::addWatchdogs(AnomalyFrame& frame) const {
  const bool single = lesson.composition.operation == Composition::Operation::Single;
  Vector normal(heldOut.cols()), odd(anomalies.cols());
  for (std::size_t k = 0; k < components.size(); ++k) {
    components[k]->evaluate(heldOut, normal);
    components[k]->evaluate(anomalies, odd);
    if (!normal.allFinite() || !odd.allFinite()) continue;  // an energy that cannot judge is left out
    const RocCurve roc = rocCurve(std::vector<double>(normal.data(), normal.data() + normal.size()),
                                  std::vector<double>(odd.data(), odd.data() + odd.size()));
    AnomalyFrame::Watchdog w;
    w.name = lesson.energies[k].name.shown();
    w.rocFalseAlarm = roc.falseAlarmRate;
    w.rocDetection = roc.detectionRate;
    w.area = roc.area;
    w.watching = single && lesson.composition.terms.front() == int(k);
    frame.watchdogs.push_back(std::move(w));
  }
}

void Simulation::State::refreshDetectors() {
  refreshAnomalies();
  refreshOod();
}

}  // namespace ebm
