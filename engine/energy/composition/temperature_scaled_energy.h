// An energy at another temperature: E/T, so that a composition can hold one part hotter or colder.
#pragma once

#include "energy/composition/composite_energy.h"

namespace ebm {

/// E(x) = E₀(x)/T for T > 0: the density p₀^{1/T}, flattened for T > 1 and sharpened for T < 1.
/// At T = 1 it is E₀ exactly. Its log Z at temperature T' is E₀'s at T·T'.
class TemperatureScaledEnergy final : public CompositeEnergy {
 public:
  /// Throws ArgumentError unless T is positive and finite, or for a null energy.
  TemperatureScaledEnergy(EnergyPtr base, double temperature);

  [[nodiscard]] double temperature() const { return temperature_; }
  [[nodiscard]] std::string describe() const override;
  void combine(std::span<const float* const> termValues, Index n, float* out) const override;
  [[nodiscard]] std::optional<std::vector<double>> linearCoefficients() const override;

 private:
  double temperature_;
};

}  // namespace ebm
