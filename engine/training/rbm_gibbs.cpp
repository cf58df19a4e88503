#include "training/rbm_gibbs.h"

#include "sampling/gaussian_noise.h"

namespace ebm {

void gibbsSweeps(const RbmEnergy& rbm, PointsRef visible, int sweeps, Random& random, GibbsScratch& scratch) {
  const auto& p = rbm.parameters();
  const Index n = visible.cols();
  scratch.hidden.resize(p.hiddenUnits(), n);
  scratch.noise.resize(p.dimension(), n);
  const Eigen::VectorXf deviation = rbm.variance().cwiseSqrt();
  for (int sweep = 0; sweep < sweeps; ++sweep) {
    rbm.hiddenProbabilities(visible, scratch.hidden);
    float* h = scratch.hidden.data();
    for (Index k = 0; k < scratch.hidden.size(); ++k)
      h[k] = random.uniform() < double(h[k]) ? 1.0f : 0.0f;
    fillStandardNormal(random, scratch.noise.data(), scratch.noise.size());
    visible.noalias() = p.weights * scratch.hidden;
    visible.colwise() += p.visibleBias;
    visible.noalias() += deviation.asDiagonal() * scratch.noise;
  }
}

}  // namespace ebm
