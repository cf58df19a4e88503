// What a classifier says over the whole plane, for the views: its max-softmax confidence on the view's
// lattice and the boundaries between its decision regions.
#pragma once

#include <memory>

#include "classifier/classifier_energy.h"
#include "energy/energy_grid.h"

namespace ebm {

struct DecisionMap {
  /// max_y p(y|x) at every node (1/K … 1): the max-softmax score a map can show beside the energy.
  std::shared_ptr<const EnergyGrid> confidence;
  /// The decision boundaries as segments (see contourSegments): where the predicted class changes, i.e. the
  /// zero line of f_k − max_{j≠k} f_j for each class k.
  Points boundaries;
};

/// Evaluates the classifier's logits at every node of a 2D lattice (over both cores). Throws ArgumentError
/// for a 3D lattice or one of another dimension than the classifier's.
[[nodiscard]] DecisionMap decisionMap(const ClassifierEnergy& classifier, const Lattice& lattice);

}  // namespace ebm
