// The batched loop of every analytic energy, written once: one point at a time, in double precision.
#pragma once

#include <string>

#include "core/errors.h"
#include "energy/energy.h"

namespace ebm {

/// Implements evaluate() and evaluateWithGradient() of an analytic energy from one per-point function of the
/// derived class,
///   template <bool WithGradient> double energyAt(const double* x, double* gradient) const;
/// which returns E(x) for one point x (dimension() coordinates) and, when WithGradient, writes ∇ₓE(x) into
/// `gradient`. Each point is computed in double and rounded to float once at the end, so differences of
/// large terms (the funnel's log-normalizer and quadratic) cancel in double, and a point's value never
/// depends on its batch.
template <class Derived>
class PointwiseEnergy : public Energy {
 public:
  void evaluate(ConstPointsRef points, VectorRef energies) const final {
    run<false>(points, energies, nullptr);
  }
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const final {
    run<true>(points, energies, &gradients);
  }

 private:
  template <bool WithGradient>
  void run(ConstPointsRef points, VectorRef energies, PointsRef* gradients) const {
    const int d = this->dimension();
    const Index n = points.cols();
    if (points.rows() != d || energies.size() != n ||
        (gradients && (gradients->rows() != d || gradients->cols() != n))) {
      throw ArgumentError(describe() + " takes " + std::to_string(d) +
                          "D points, one per column, with one energy (and gradient) per point.");
    }
    const auto& self = static_cast<const Derived&>(*this);
    double x[3] = {0, 0, 0}, gradient[3] = {0, 0, 0};
    for (Index i = 0; i < n; ++i) {
      for (int r = 0; r < d; ++r)
        x[r] = points(r, i);
      energies[i] = float(self.template energyAt<WithGradient>(x, gradient));
      if constexpr (WithGradient) {
        for (int r = 0; r < d; ++r)
          (*gradients)(r, i) = float(gradient[r]);
      }
    }
  }
};

}  // namespace ebm
