// The losses a classifier trains with: cross-entropy, and Liu et al.'s (2020) energy fine-tuning terms that
// push the energy of the data below a margin and the energy of outliers above another.
#pragma once

#include <vector>

#include <Eigen/Core>

#include "classifier/classifier_network.h"

namespace ebm {

/// Energy-bounded fine-tuning (Liu et al. 2020, eq. 7): λ·[ReLU(E(x_in) − m_in)² + ReLU(m_out − E(x_out))²]
/// added to the cross-entropy, with E = −T·logsumexp(f/T). λ = 0 is plain cross-entropy training.
struct EnergyMargins {
  double weight = 0;       ///< λ
  double marginIn = -8;    ///< m_in: data energies above it are penalized
  double marginOut = -2;   ///< m_out: outlier energies below it are penalized
  double temperature = 1;  ///< T of the energy

  [[nodiscard]] bool active() const { return weight > 0; }
};

/// Sums over the points one call saw (divide by their counts for means).
struct ClassifierLossSums {
  double crossEntropy = 0;  ///< Σ −log p(yᵢ|xᵢ)
  double penaltyIn = 0;     ///< Σ ReLU(E(xᵢ) − m_in)²
  double penaltyOut = 0;    ///< Σ ReLU(m_out − E(oⱼ))²
  double energyIn = 0;      ///< Σ E(xᵢ)
  double energyOut = 0;     ///< Σ E(oⱼ)
  Index correct = 0;        ///< points whose argmax class is their label
  void add(const ClassifierLossSums& other);
};

/// The in-distribution terms of one chunk: cross-entropy and the data's energy margin. With `gradient`, adds
/// `scale`·∂/∂θ of Σᵢ [CEᵢ + λ·ReLU(E(xᵢ) − m_in)²] (scale = 1/B makes it the mean's gradient), using
/// ∂CE/∂f = softmax(f) − onehot(y) and ∂E/∂f = −softmax(f/T). Labels must lie in [0, K).
void addLabelledTerms(const ClassifierNetwork& network, ConstPointsRef points, const int* labels,
                      const EnergyMargins& margins, double scale, MlpWorkspace& workspace,
                      Eigen::VectorXf* gradient, ClassifierLossSums& sums);

/// The outliers' term of one chunk: with `gradient`, adds scale·λ·∂/∂θ Σⱼ ReLU(m_out − E(oⱼ))².
void addOutlierTerms(const ClassifierNetwork& network, ConstPointsRef outliers, const EnergyMargins& margins,
                     double scale, MlpWorkspace& workspace, Eigen::VectorXf* gradient,
                     ClassifierLossSums& sums);

/// The whole loss, single-threaded: mean CE over the labelled points + λ·(mean data penalty + mean outlier
/// penalty), and its parameter gradient if `gradient` is given (resized and overwritten). For tests and
/// evaluations; the trainer runs the two functions above over chunks on both cores.
double classifierLoss(const ClassifierNetwork& network, ConstPointsRef points, const std::vector<int>& labels,
                      ConstPointsRef outliers, const EnergyMargins& margins, Eigen::VectorXf* gradient,
                      ClassifierLossSums* sums = nullptr);

}  // namespace ebm
