#include "classifier/decision_map.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "analysis/contour_segments.h"
#include "core/errors.h"
#include "core/parallel.h"

namespace ebm {

DecisionMap decisionMap(const ClassifierEnergy& classifier, const Lattice& lattice) {
  if (lattice.dimension() != 2 || classifier.dimension() != 2)
    throw ArgumentError("Decision regions are drawn for a 2D classifier on a 2D grid.");
  const int k = classifier.classes();
  const Index n = lattice.size();
  Eigen::MatrixXf logits(k, n);
  parallelFor(n, 2048, [&](Index begin, Index end) {
    thread_local Points nodes;
    nodes.resize(2, end - begin);
    lattice.nodes(begin, nodes);
    classifier.network().logits(nodes, logits.middleCols(begin, end - begin));
  });
  auto confidence = std::make_shared<EnergyGrid>(EnergyGrid{lattice, Vector(n)});
  for (Index i = 0; i < n; ++i) {
    const float* f = logits.col(i).data();
    confidence->values[i] = float(std::exp(double(*std::max_element(f, f + k)) - logSumExp(f, k)));
  }
  DecisionMap map;
  map.confidence = confidence;
  // The boundary between classes a and b is the zero line of both margins g_a and g_b; every boundary has a
  // class below K − 1 on one side, so the last class's margin adds no line.
  std::vector<Points> pieces;
  Index total = 0;
  EnergyGrid margin{lattice, Vector(n)};
  for (int c = 0; c + 1 < k; ++c) {
    for (Index i = 0; i < n; ++i) {
      float rival = -INFINITY;
      for (int j = 0; j < k; ++j) {
        if (j != c) rival = std::max(rival, logits(j, i));
      }
      margin.values[i] = logits(c, i) - rival;
    }
    pieces.push_back(contourSegments(margin, 0.0));
    total += pieces.back().cols();
  }
  map.boundaries.resize(2, total);
  Index at = 0;
  for (const Points& p : pieces) {
    map.boundaries.middleCols(at, p.cols()) = p;
    at += p.cols();
  }
  return map;
}

}  // namespace ebm
