// Gaussian and Gaussian-mixture energies: E(x) = −log Σₖ wₖ N(x; μₖ, Σₖ), normalized so that log Z₁ = 0.
#pragma once

#include <vector>

#include <Eigen/Dense>

#include "energy/energy.h"

namespace ebm {

/// One component of a mixture: weight, mean and full covariance (symmetric positive definite).
struct GaussianComponent {
  double weight = 1.0;
  Eigen::VectorXd mean;
  Eigen::MatrixXd covariance;
};

/// E(x) = −log Σₖ wₖ N(x; μₖ, Σₖ) with weights normalized to sum to one; exactly normalized (log Z at T=1 is
/// 0).
class GaussianMixtureEnergy final : public Energy {
 public:
  /// Throws ArgumentError for no components, mismatched dimensions, non-positive weights or a covariance that
  /// is not symmetric positive definite.
  explicit GaussianMixtureEnergy(std::vector<GaussianComponent> components);

  [[nodiscard]] int dimension() const override { return dimension_; }
  void evaluate(ConstPointsRef points, VectorRef energies) const override;
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const override;
  [[nodiscard]] std::string describe() const override;

  [[nodiscard]] const std::vector<GaussianComponent>& components() const { return components_; }

 private:
  struct Prepared {
    Eigen::VectorXd mean;
    Eigen::MatrixXd precision;  // Σ⁻¹
    double logNormalizer;       // log wₖ − ½ log det(2πΣₖ)
  };
  template <bool WithGradient>
  void run(ConstPointsRef points, VectorRef energies, PointsRef* gradients) const;

  int dimension_ = 2;
  std::vector<GaussianComponent> components_;
  std::vector<Prepared> prepared_;
};

}  // namespace ebm
