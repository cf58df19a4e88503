#include "energy/analytic/muller_brown.h"

#include <algorithm>
#include <sstream>

#include "core/errors.h"

namespace ebm {

MullerBrownEnergy::MullerBrownEnergy(double scale) : scale_(scale) {
  if (!(scale > 0) || !std::isfinite(scale)) {
    throw ArgumentError("The Müller–Brown scale must be a positive number.");
  }
}

// The same sums as energyAt(), over blocks of kBlock points at once in double: Eigen's SIMD exp replaces four
// scalar exp calls per point. A short last block is zero-padded, so every point goes through the same code
// and its value does not depend on its batch.
template <bool WithGradient>
void MullerBrownEnergy::run(ConstPointsRef points, VectorRef energies, PointsRef* gradients) const {
  constexpr Index kBlock = 64;
  using Block = Eigen::Array<double, kBlock, 1>;
  const Index n = points.cols();
  if (points.rows() != 2 || energies.size() != n ||
      (gradients && (gradients->rows() != 2 || gradients->cols() != n))) {
    throw ArgumentError(
        "The Müller–Brown potential takes 2D points, one per column, with one energy (and "
        "gradient) per point.");
  }
  Block x, y, energy, gx, gy;
  for (Index begin = 0; begin < n; begin += kBlock) {
    const Index count = std::min(kBlock, n - begin);
    x.setZero();
    y.setZero();
    for (Index i = 0; i < count; ++i) {
      x[i] = points(0, begin + i);
      y[i] = points(1, begin + i);
    }
    energy.setZero();
    gx.setZero();
    gy.setZero();
    for (int k = 0; k < 4; ++k) {
      const Block dx = x - kX0[k], dy = y - kY0[k];
      const Block term = kA[k] * (kLowerA[k] * dx.square() + kB[k] * dx * dy + kC[k] * dy.square()).exp();
      energy += term;
      if constexpr (WithGradient) {
        gx += term * (2 * kLowerA[k] * dx + kB[k] * dy);
        gy += term * (kB[k] * dx + 2 * kC[k] * dy);
      }
    }
    for (Index i = 0; i < count; ++i) {
      energies[begin + i] = float(scale_ * energy[i]);
      if constexpr (WithGradient) {
        (*gradients)(0, begin + i) = float(scale_ * gx[i]);
        (*gradients)(1, begin + i) = float(scale_ * gy[i]);
      }
    }
  }
}

void MullerBrownEnergy::evaluate(ConstPointsRef points, VectorRef energies) const {
  run<false>(points, energies, nullptr);
}

void MullerBrownEnergy::evaluateWithGradient(ConstPointsRef points, VectorRef energies,
                                             PointsRef gradients) const {
  run<true>(points, energies, &gradients);
}

std::string MullerBrownEnergy::describe() const {
  if (scale_ == 1.0) return "Müller–Brown potential";
  std::ostringstream text;
  text << "Müller–Brown potential × " << scale_;
  return text.str();
}

}  // namespace ebm
