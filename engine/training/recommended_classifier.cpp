#include "training/recommended_classifier.h"

namespace ebm {

ClassifierOptions recommendedClassifierOptions(const Points& train, int classes, std::uint64_t seed,
                                               Index iterations, bool energyFinetune) {
  ClassifierOptions o;
  o.architecture.dimension = int(train.rows());
  o.architecture.hiddenWidths = {64, 64};
  o.classes = classes;
  o.seed = seed;
  o.batchSize = 256;
  o.schedule.kind = ScheduleKind::kCosine;
  o.schedule.learningRate = energyFinetune ? 1e-3 : 3e-3;
  o.schedule.finalFraction = 0.05;
  o.scheduleIterations = iterations;
  o.averagingDecay = 0.99;
  // The box only has to hold the outliers' cube: the classifier itself is not integrated.
  Eigen::VectorXd centre;
  double reach = 0;
  dataReach(train, centre, reach);
  o.box.dimension = int(train.rows());
  for (int a = 0; a < o.box.dimension; ++a) {
    o.box.lower[std::size_t(a)] = centre[a] - o.region.farOuter * reach;
    o.box.upper[std::size_t(a)] = centre[a] + o.region.farOuter * reach;
  }
  if (energyFinetune) {
    o.margins.weight = 0.1;
    o.margins.marginIn = -7;
    o.margins.marginOut = -2;
  }
  return o;
}

}  // namespace ebm
