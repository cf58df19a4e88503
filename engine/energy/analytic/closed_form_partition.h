// The face of an energy whose partition function is known in closed form, so quadrature can be checked.
#pragma once

namespace ebm {

/// Implemented by energies whose partition function Z_T = ∫_{R^D} exp(−E(x)/T) dx has a closed form.
/// Quadrature on a box only approximates log Z_T; this is the exact value over all of R^D that the tests and
/// the GUI compare it with. See also exactLogPartition() in energy/composition/exact_partition.h, which also
/// knows Gaussians, mixtures and compositions of them.
class ClosedFormPartition {
 public:
  virtual ~ClosedFormPartition() = default;

  /// log Z_T = log ∫ exp(−E(x)/T) dx over all of R^D, for temperature T > 0.
  /// Throws ArgumentError if T is not positive and finite.
  [[nodiscard]] virtual double closedFormLogPartition(double temperature = 1.0) const = 0;
};

/// Throws ArgumentError unless T is positive and finite.
void requirePositiveTemperature(double temperature);

}  // namespace ebm
