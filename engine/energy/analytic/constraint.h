// Rules on the plane as energies: a half-plane, a disc (stay inside or outside), a band around a line, a box.
// Breaking the rule costs energy — a quadratic penalty, or a wall — so summed with any landscape (AND) the
// rule carves away the probability of every point that breaks it.
#pragma once

#include <array>
#include <cmath>

#include "energy/analytic/pointwise_energy.h"

namespace ebm {

/// Where a point keeps the rule. g(x) is the signed distance past the rule's boundary: g ≤ 0 keeps the rule,
/// g > 0 breaks it by that distance.
struct ConstraintShape {
  enum class Kind {
    HalfPlane,  ///< stay on the side of the line through `point` that `normal` points away from
    Disc,       ///< stay inside (or, with `inside` false, outside) the circle of `radius` around `center`
    Band,       ///< stay within `halfWidth` of the line through `point` along `direction`
    Box,        ///< stay inside [lower₁, upper₁] × [lower₂, upper₂]
  };
  Kind kind = Kind::HalfPlane;
  std::array<double, 2> point{0, 0};
  std::array<double, 2> normal{0, 1};  ///< half-plane: points into the forbidden side
  std::array<double, 2> center{0, 0};
  double radius = 1;
  bool inside = true;                     ///< disc: the rule is "stay inside"
  std::array<double, 2> direction{1, 0};  ///< band: along the line
  double halfWidth = 0.5;
  std::array<double, 2> lower{-1, -1}, upper{1, 1};
};

/// How breaking the rule costs energy (at strength λ = 1; a lesson multiplies every rule by its λ slider).
enum class ConstraintWall {
  Penalty,  ///< E = max(0, g(x))²: grows with how far the rule is broken, and pushes back (∇E ≠ 0)
  Hard,  ///< E = 1 where g(x) > 0: a flat wall, as high as λ; its probability falls as e^{−λ/T}. It has
         ///< no slope, so Langevin steps do not feel it; MALA and HMC do, through their accept step.
};

/// A rule as an energy: E(x) = max(0, g(x))² or 1[g(x) > 0], zero wherever the rule is kept. Summed with
/// another energy (AND), it leaves that energy's landscape untouched where the rule holds and lifts it where
/// it breaks, so p_T ∝ e^{−(E + λ·rule)/T} keeps the shape of p_T inside and loses its mass outside as λ
/// grows; quadrature still gives log Z and the density exactly. 2D.
class ConstraintEnergy final : public PointwiseEnergy<ConstraintEnergy> {
 public:
  /// Throws ArgumentError for a zero normal or direction, a negative radius or half-width, a box with
  /// lower > upper, or a non-finite number.
  ConstraintEnergy(ConstraintShape shape, ConstraintWall wall);

  [[nodiscard]] int dimension() const override { return 2; }
  [[nodiscard]] std::string describe() const override;
  [[nodiscard]] const ConstraintShape& shape() const { return shape_; }
  [[nodiscard]] ConstraintWall wall() const { return wall_; }

  /// g(x), the signed distance past the boundary, and (when `gradient`) ∇g where g > 0.
  [[nodiscard]] double excess(const double* x, double* gradient) const;
  /// Whether x breaks the rule (g(x) > 0).
  [[nodiscard]] bool breaks(const double* x) const { return excess(x, nullptr) > 0; }

  /// E at one point; with WithGradient also ∇E: 2·max(0, g)·∇g for the penalty, 0 for the wall.
  template <bool WithGradient>
  double energyAt(const double* x, double* gradient) const {
    double g[2] = {0, 0};
    const double beyond = excess(x, WithGradient ? g : nullptr);
    if constexpr (WithGradient) {
      const double pull = wall_ == ConstraintWall::Penalty && beyond > 0 ? 2 * beyond : 0.0;
      gradient[0] = pull * g[0];
      gradient[1] = pull * g[1];
    }
    if (!(beyond > 0)) return 0.0;
    return wall_ == ConstraintWall::Penalty ? beyond * beyond : 1.0;
  }

 private:
  ConstraintShape shape_;
  ConstraintWall wall_;
};

}  // namespace ebm
