#include "io/constraint_energy_spec.h"

#include "core/errors.h"
#include "core/json_read.h"
#include "energy/analytic/constraint.h"
#include "io/energy_spec.h"

namespace ebm {
namespace {

using namespace json_read;

std::array<double, 2> pointOr(const nlohmann::json& spec, const char* key, std::array<double, 2> fallback,
                              const std::string& path) {
  if (!spec.contains(key)) return fallback;
  const Eigen::VectorXd v = vector(spec[key], path + "." + key, 2);
  return {v[0], v[1]};
}

}  // namespace

const std::vector<std::string>& constraintTypes() {
  static const std::vector<std::string> types = {"band", "box", "disc", "half_plane"};
  return types;
}

EnergyPtr buildConstraintEnergy(const std::string& type, const nlohmann::json& spec, const std::string& path,
                                std::vector<std::string>* warnings) {
  object(spec, path);
  ConstraintShape s;
  std::vector<std::string> settings = {"type", "wall"};
  if (type == "half_plane") {
    s.kind = ConstraintShape::Kind::HalfPlane;
    s.point = pointOr(spec, "point", s.point, path);
    s.normal = pointOr(spec, "normal", s.normal, path);
    settings.insert(settings.end(), {"point", "normal"});
  } else if (type == "disc") {
    s.kind = ConstraintShape::Kind::Disc;
    s.center = pointOr(spec, "center", s.center, path);
    s.radius = numberOr(spec, "radius", s.radius, path);
    const std::string keep = textOr(spec, "keep", "inside", path);
    if (keep != "inside" && keep != "outside") fail(path + ".keep", "must be \"inside\" or \"outside\"");
    s.inside = keep == "inside";
    settings.insert(settings.end(), {"center", "radius", "keep"});
  } else if (type == "band") {
    s.kind = ConstraintShape::Kind::Band;
    s.point = pointOr(spec, "point", s.point, path);
    s.direction = pointOr(spec, "direction", s.direction, path);
    s.halfWidth = numberOr(spec, "halfWidth", s.halfWidth, path);
    settings.insert(settings.end(), {"point", "direction", "halfWidth"});
  } else if (type == "box") {
    s.kind = ConstraintShape::Kind::Box;
    s.lower = pointOr(spec, "lower", s.lower, path);
    s.upper = pointOr(spec, "upper", s.upper, path);
    settings.insert(settings.end(), {"lower", "upper"});
  } else {
    fail(path + ".type", "names no rule (\"" + type + "\")");
  }
  const std::string wall = textOr(spec, "wall", "penalty", path);
  if (wall != "penalty" && wall != "hard") fail(path + ".wall", "must be \"penalty\" or \"hard\"");
  warnAboutUnknownSettings(spec, path, settings, warnings);
  try {
    return std::make_shared<ConstraintEnergy>(
        s, wall == "hard" ? ConstraintWall::Hard : ConstraintWall::Penalty);
  } catch (const ArgumentError& e) {
    throw LessonError("`" + path + "`: " + e.what());
  }
}

}  // namespace ebm
