// The Energy interface: every landscape the program draws, samples or trains is one of these.
#pragma once

#include <memory>
#include <string>

#include "core/types.h"

namespace ebm {

/// An energy E: R^D → R over points stored one per column (D×N).
///
/// Sign convention, used everywhere in ebmscape: low energy = likely. At temperature T the Boltzmann density
/// is
///   p_T(x) = exp(−E(x)/T) / Z_T,   Z_T = ∫ exp(−E(x)/T) dx,
/// the free energy is F_T = −T·log Z_T, and the score is ∇ₓ log p_T(x) = −∇ₓE(x)/T.
///
/// Implementations are immutable after construction: evaluate() and evaluateWithGradient() are const and safe
/// to call from several threads at once on the same object.
class Energy {
 public:
  virtual ~Energy() = default;

  /// Dimension D of the points (2 or 3).
  [[nodiscard]] virtual int dimension() const = 0;

  /// energies(i) = E(points.col(i)). `points` is D×N, `energies` has length N.
  virtual void evaluate(ConstPointsRef points, VectorRef energies) const = 0;

  /// energies(i) = E(xᵢ) and gradients.col(i) = ∇ₓE(xᵢ), gradients D×N.
  virtual void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const = 0;

  /// A short name for people ("Gaussian mixture (3 components)").
  [[nodiscard]] virtual std::string describe() const = 0;

  /// Convenience: E of every column of `points`.
  [[nodiscard]] Vector energies(ConstPointsRef points) const;
};

using EnergyPtr = std::shared_ptr<const Energy>;

}  // namespace ebm
