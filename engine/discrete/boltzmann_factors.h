// Boltzmann factors e^{−ΔE/T} at one temperature, by table look-up for the small integer ΔE of discrete
// moves.
#pragma once

#include <array>
#include <cmath>

#include "core/errors.h"

namespace ebm {

/// e^{−ΔE/T} for the energy changes a discrete move makes. Integer ΔE in [−kSpan, kSpan] come from a table
/// filled once per temperature (an exp costs as much as the rest of a Sudoku move); other ΔE are computed.
class BoltzmannFactors {
 public:
  static constexpr int kSpan = 16;

  /// Throws ArgumentError unless T is positive and finite.
  explicit BoltzmannFactors(double temperature = 1.0) { setTemperature(temperature); }

  void setTemperature(double temperature) {
    if (!(temperature > 0) || !std::isfinite(temperature))
      throw ArgumentError("A temperature must be positive and finite.");
    temperature_ = temperature;
    for (int k = -kSpan; k <= kSpan; ++k)
      table_[std::size_t(k + kSpan)] = std::exp(-double(k) / temperature);
  }
  [[nodiscard]] double temperature() const { return temperature_; }

  /// e^{−ΔE/T} for an integer ΔE.
  [[nodiscard]] double operator()(int delta) const {
    if (delta >= -kSpan && delta <= kSpan) return table_[std::size_t(delta + kSpan)];
    return std::exp(-double(delta) / temperature_);
  }
  /// e^{−ΔE/T} for any ΔE.
  [[nodiscard]] double operator()(double delta) const {
    const double rounded = std::nearbyint(delta);
    if (rounded == delta && std::abs(rounded) <= kSpan) return table_[std::size_t(int(rounded) + kSpan)];
    return std::exp(-delta / temperature_);
  }

 private:
  double temperature_ = 1.0;
  std::array<double, 2 * kSpan + 1> table_{};
};

}  // namespace ebm
