// Walls at the sampling box: what happens to a particle that steps out of it (nothing, a mirror, a torus).
#pragma once

#include <algorithm>
#include <cmath>

#include "core/box.h"

namespace ebm {

/// The boundary condition at the faces of the box.
///  - None: the box only says where particles start; they may wander out (the landscape continues).
///  - Reflecting: a particle that crosses a face is mirrored back in; the target becomes p_T restricted to
///  the
///    box.
///  - Periodic: opposite faces are glued (a torus); a particle leaving on the right comes back on the left.
///    An energy that is not periodic has a cliff at the seam. MALA and HMC see energies and sample p_T on
///    the torus, cliff included; ULA sees only gradients and never notices the cliff (a constant slope on a
///    torus gives uniformly spread ULA particles).
enum class Walls { None, Reflecting, Periodic };

/// "none", "reflecting" or "periodic".
[[nodiscard]] const char* wallsName(Walls walls);

/// Folds x into [lower, upper] by mirror reflection at the faces, as often as needed (a step longer than the
/// box folds several times). Returns true if the number of reflections is odd, i.e. a velocity along this
/// axis reverses. A non-finite x is left alone (the caller's divergence check deals with it).
inline bool reflectCoordinate(float& x, double lower, double upper) {
  if (!(x < lower || x > upper) || !std::isfinite(x)) return false;
  const double width = upper - lower;
  const double y = double(x) - lower;
  const double crossings = std::floor(y / width);  // faces crossed, counted with sign
  const double inCell = y - crossings * width;     // in [0, width)
  const bool odd = std::fmod(std::abs(crossings), 2.0) == 1.0;
  const double folded = odd ? upper - inCell : lower + inCell;
  x = float(std::clamp(folded, lower, upper));
  return odd;
}

/// Maps x into [lower, upper) on the circle of circumference upper − lower. Non-finite x is left alone.
inline void wrapCoordinate(float& x, double lower, double upper) {
  if (!(x < lower || x >= upper) || !std::isfinite(x)) return;
  const double width = upper - lower;
  const double y = double(x) - lower;
  double wrapped = lower + (y - std::floor(y / width) * width);
  if (!(wrapped < upper)) wrapped = lower;  // y a hair below a multiple of width rounds up to `upper`
  x = float(wrapped);
}

/// The shortest displacement on a circle of circumference `width` equivalent to d (the minimum image).
[[nodiscard]] inline double minimumImage(double d, double width) {
  return d - width * std::nearbyint(d / width);
}

/// Applies the walls to one point of the box's dimension, in place.
void applyWalls(Walls walls, const Box& box, float* point);

}  // namespace ebm
