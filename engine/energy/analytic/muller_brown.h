// The Müller–Brown potential: the classic 2D test landscape of chemistry, three minima and two saddles.
#pragma once

#include <array>
#include <cmath>

#include "energy/energy.h"

namespace ebm {

/// The Müller–Brown potential (K. Müller and L. D. Brown, Theor. Chim. Acta 53, 75, 1979), times a scale s:
///   E(x, y) = s · Σ_{k=1..4} A_k exp(a_k(x − x0_k)² + b_k(x − x0_k)(y − y0_k) + c_k(y − y0_k)²)
/// with A = (−200, −100, −170, 15), a = (−1, −1, −6.5, 0.7), b = (0, 0, 11, 0.6), c = (−10, −10, −6.5, 0.7),
/// x0 = (1, 0, −0.5, −1), y0 = (0, 0.5, 1.5, 1).
/// At s = 1 (the literature's units) the minima are ≈ (−0.558, 1.442) E ≈ −146.70, (0.623, 0.028) E ≈ −108.17
/// and (−0.050, 0.467) E ≈ −80.77, far too deep to see anything at T = 1: a lesson draws it with s ≈ 0.05
/// (the deepest valley at ≈ −7.3, the saddle out of it ≈ 5.3 higher) over the box [−1.5, 1.2] × [−0.5, 2].
/// The fourth term grows as exp(0.7·r²) far from the box: E reaches float's range (≈ 1e38) near r ≈ 11.
/// Not normalizable over R², so there is no closed-form Z; quadrature on a box is the only way.
/// Its four exponentials make it the costliest analytic energy, so unlike the others its batches are
/// vectorized (blocks of points in double with SIMD exp) rather than looped point by point; energyAt() stays
/// as the scalar reference the tests compare against.
class MullerBrownEnergy final : public Energy {
 public:
  /// The literature's energy times `scale`. Throws ArgumentError unless scale is positive and finite.
  explicit MullerBrownEnergy(double scale = 1.0);

  [[nodiscard]] int dimension() const override { return 2; }
  void evaluate(ConstPointsRef points, VectorRef energies) const override;
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const override;
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] double scale() const { return scale_; }

  /// E at one point, in double, with scalar exp; with WithGradient also ∇E into `gradient`.
  // With dx = x − x0_k, dy = y − y0_k, e_k = A_k exp(a_k dx² + b_k dx dy + c_k dy²):
  //   ∂E/∂x = s Σ e_k (2a_k dx + b_k dy),   ∂E/∂y = s Σ e_k (b_k dx + 2c_k dy).
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    double energy = 0, gx = 0, gy = 0;
    for (int k = 0; k < 4; ++k) {
      const double dx = x[0] - kX0[k], dy = x[1] - kY0[k];
      const double e = kA[k] * std::exp(kLowerA[k] * dx * dx + kB[k] * dx * dy + kC[k] * dy * dy);
      energy += e;
      if constexpr (WithGradient) {
        gx += e * (2 * kLowerA[k] * dx + kB[k] * dy);
        gy += e * (kB[k] * dx + 2 * kC[k] * dy);
      }
    }
    if constexpr (WithGradient) {
      gradient[0] = scale_ * gx;
      gradient[1] = scale_ * gy;
    }
    return scale_ * energy;
  }

  static constexpr std::array<double, 4> kA{-200, -100, -170, 15};
  static constexpr std::array<double, 4> kLowerA{-1, -1, -6.5, 0.7};
  static constexpr std::array<double, 4> kB{0, 0, 11, 0.6};
  static constexpr std::array<double, 4> kC{-10, -10, -6.5, 0.7};
  static constexpr std::array<double, 4> kX0{1, 0, -0.5, -1};
  static constexpr std::array<double, 4> kY0{0, 0.5, 1.5, 1};

 private:
  template <bool WithGradient>
  void run(ConstPointsRef points, VectorRef energies, PointsRef* gradients) const;

  double scale_;
};

}  // namespace ebm
