#include "energy/analytic/constraint.h"

#include <algorithm>
#include <sstream>

#include "core/errors.h"

namespace ebm {
namespace {

bool finite(const std::array<double, 2>& v) {
  return std::isfinite(v[0]) && std::isfinite(v[1]);
}

// A unit vector along v; throws for a zero or non-finite vector.
std::array<double, 2> unit(const std::array<double, 2>& v, const char* what) {
  const double length = std::hypot(v[0], v[1]);
  if (!(length > 0) || !std::isfinite(length)) throw ArgumentError(std::string(what) + " must not be zero.");
  return {v[0] / length, v[1] / length};
}

}  // namespace

ConstraintEnergy::ConstraintEnergy(ConstraintShape shape, ConstraintWall wall) : shape_(shape), wall_(wall) {
  const auto& s = shape_;
  if (!finite(s.point) || !finite(s.center) || !finite(s.lower) || !finite(s.upper) ||
      !std::isfinite(s.radius) || !std::isfinite(s.halfWidth))
    throw ArgumentError("A rule's numbers must be finite.");
  switch (s.kind) {
    case ConstraintShape::Kind::HalfPlane:
      shape_.normal = unit(s.normal, "A half-plane's normal");
      break;
    case ConstraintShape::Kind::Disc:
      if (!(s.radius >= 0)) throw ArgumentError("A disc's radius must be zero or positive.");
      break;
    case ConstraintShape::Kind::Band:
      shape_.direction = unit(s.direction, "A band's direction");
      if (!(s.halfWidth >= 0)) throw ArgumentError("A band's half-width must be zero or positive.");
      break;
    case ConstraintShape::Kind::Box:
      if (!(s.lower[0] <= s.upper[0] && s.lower[1] <= s.upper[1]))
        throw ArgumentError("A box's lower corner must not lie above or right of its upper corner.");
      break;
  }
}

// Signed distances: a half-plane's is along its normal; a disc's is radial; a band's is the distance to its
// centre line less the half-width; a box's is the distance to the nearest point of the box (0 inside, where
// the rule holds whatever the depth).
double ConstraintEnergy::excess(const double* x, double* gradient) const {
  const auto& s = shape_;
  switch (s.kind) {
    case ConstraintShape::Kind::HalfPlane: {
      if (gradient) gradient[0] = s.normal[0], gradient[1] = s.normal[1];
      return (x[0] - s.point[0]) * s.normal[0] + (x[1] - s.point[1]) * s.normal[1];
    }
    case ConstraintShape::Kind::Disc: {
      const double dx = x[0] - s.center[0], dy = x[1] - s.center[1];
      const double r = std::hypot(dx, dy), sign = s.inside ? 1.0 : -1.0;
      if (gradient) {
        gradient[0] = r > 0 ? sign * dx / r : 0.0;
        gradient[1] = r > 0 ? sign * dy / r : 0.0;
      }
      return sign * (r - s.radius);
    }
    case ConstraintShape::Kind::Band: {
      const double nx = -s.direction[1], ny = s.direction[0];  // the unit normal of the centre line
      const double across = (x[0] - s.point[0]) * nx + (x[1] - s.point[1]) * ny;
      const double sign = across >= 0 ? 1.0 : -1.0;
      if (gradient) gradient[0] = sign * nx, gradient[1] = sign * ny;
      return std::abs(across) - s.halfWidth;
    }
    case ConstraintShape::Kind::Box: {
      const double ex = x[0] - std::clamp(x[0], s.lower[0], s.upper[0]);
      const double ey = x[1] - std::clamp(x[1], s.lower[1], s.upper[1]);
      const double d = std::hypot(ex, ey);
      if (gradient) {
        gradient[0] = d > 0 ? ex / d : 0.0;
        gradient[1] = d > 0 ? ey / d : 0.0;
      }
      return d;
    }
  }
  return 0;
}

std::string ConstraintEnergy::describe() const {
  std::ostringstream text;
  switch (shape_.kind) {
    case ConstraintShape::Kind::HalfPlane:
      text << "Rule: stay on one side of a line";
      break;
    case ConstraintShape::Kind::Disc:
      text << "Rule: stay " << (shape_.inside ? "inside" : "outside") << " a disc of radius "
           << shape_.radius;
      break;
    case ConstraintShape::Kind::Band:
      text << "Rule: stay within " << shape_.halfWidth << " of a line";
      break;
    case ConstraintShape::Kind::Box:
      text << "Rule: stay inside a box";
      break;
  }
  text << (wall_ == ConstraintWall::Penalty ? " (penalty)" : " (wall)");
  return text.str();
}

}  // namespace ebm
