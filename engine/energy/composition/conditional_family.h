// Conditional energies E(x | y): one energy per label y, and interpolation between two labels.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "energy/composition/composite_energy.h"
#include "energy/gaussian_mixture.h"

namespace ebm {

class ConditionalEnergy;

/// A family of energies indexed by a discrete label y (a class of a data set, a digit, "cat"/"dog"):
/// E(x | y) for each y. Between two labels a and b the family interpolates as a blend,
///   E(x | α·a + (1 − α)·b) = α·E(x | a) + (1 − α)·E(x | b),
/// the energy of the geometric interpolation p(x|a)^α·p(x|b)^{1−α}; for Gaussian classes this blends their
/// precision matrices (blendedGaussian()).
class ConditionalFamily {
 public:
  /// One member per label.
  struct Member {
    std::string label;
    EnergyPtr energy;
  };

  /// Throws ArgumentError for no members, an empty or repeated label, a null energy or mixed dimensions.
  explicit ConditionalFamily(std::vector<Member> members);

  [[nodiscard]] int dimension() const { return members_.front().energy->dimension(); }
  [[nodiscard]] const std::vector<Member>& members() const { return members_; }
  [[nodiscard]] std::vector<std::string> labels() const;
  [[nodiscard]] bool contains(const std::string& label) const;

  /// E(x | label). Throws ArgumentError naming the known labels if `label` is not one of them.
  [[nodiscard]] std::shared_ptr<const ConditionalEnergy> given(const std::string& label) const;
  /// E(x | α·a + (1 − α)·b) for α ∈ [0, 1]: label a at α = 1, label b at α = 0.
  /// Throws ArgumentError for an unknown label or α outside [0, 1].
  [[nodiscard]] std::shared_ptr<const ConditionalEnergy> between(const std::string& a, const std::string& b,
                                                                 double alpha) const;
  /// When the members for a and b are single Gaussians: the Gaussian whose energy is the interpolated
  /// energy up to a constant (precision αΛ_a + (1 − α)Λ_b). nullopt when either member is not a Gaussian.
  [[nodiscard]] std::optional<GaussianComponent> blendedGaussian(const std::string& a, const std::string& b,
                                                                 double alpha) const;

 private:
  [[nodiscard]] const Member& member(const std::string& label) const;
  std::vector<Member> members_;
};

/// E(x | α·a + (1 − α)·b) of a ConditionalFamily: α·E(x | a) + (1 − α)·E(x | b), computed exactly as a blend.
/// Made by ConditionalFamily::given() and between(); a label on its own is α = 1 with a = b.
class ConditionalEnergy final : public CompositeEnergy {
 public:
  /// Throws ArgumentError for α outside [0, 1], a null energy or mixed dimensions.
  ConditionalEnergy(std::string labelA, EnergyPtr a, std::string labelB, EnergyPtr b, double alpha);

  [[nodiscard]] const std::string& labelA() const { return labelA_; }
  [[nodiscard]] const std::string& labelB() const { return labelB_; }
  [[nodiscard]] double alpha() const { return alpha_; }
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] bool usesTerm(std::size_t k) const override;
  void combine(std::span<const float* const> termValues, Index n, float* out) const override;
  [[nodiscard]] std::optional<std::vector<double>> linearCoefficients() const override;

 private:
  std::string labelA_, labelB_;
  double alpha_;
};

}  // namespace ebm
