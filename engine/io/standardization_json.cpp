#include "io/standardization_json.h"

#include "core/errors.h"
#include "core/json_read.h"

namespace ebm {

nlohmann::json standardizationJson(const Standardization& standardization, int dimension) {
  std::vector<double> shift = standardization.shift, scale = standardization.scale;
  if (shift.empty()) shift.assign(std::size_t(dimension), 0.0);
  if (scale.empty()) scale.assign(std::size_t(dimension), 1.0);
  return {{"shift", shift}, {"scale", scale}};
}

Standardization standardizationFromJson(const nlohmann::json& node, const std::string& path, int dimension) {
  using namespace json_read;
  object(node, path);
  const Eigen::VectorXd shift = vector(member(node, "shift", path), path + ".shift", dimension);
  Eigen::VectorXd scale = Eigen::VectorXd::Ones(dimension);
  if (node.contains("scale")) {
    if (node["scale"].is_number()) {
      scale.setConstant(number(node["scale"], path + ".scale"));
    } else {
      scale = vector(node["scale"], path + ".scale", dimension);
    }
  }
  if (!(scale.array() > 0).all())
    throw LessonError("`" + path + ".scale` must be positive (data units per engine unit).");
  Standardization s;
  s.shift.assign(shift.data(), shift.data() + shift.size());
  s.scale.assign(scale.data(), scale.data() + scale.size());
  return s;
}

}  // namespace ebm
