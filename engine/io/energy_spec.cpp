#include "io/energy_spec.h"

#include "core/errors.h"
#include "energy/gaussian_mixture.h"
#include "io/json_read.h"

namespace ebm {
namespace {

using namespace json_read;

EnergyPtr buildGaussianMixture(const nlohmann::json& spec, const std::string& path) {
  const auto& list = array(member(spec, "components", path), path + ".components");
  if (list.empty()) throw LessonError("`" + path + ".components` must not be empty.");
  std::vector<GaussianComponent> components;
  int dimension = -1;
  for (std::size_t k = 0; k < list.size(); ++k) {
    const std::string at = path + ".components[" + std::to_string(k) + "]";
    GaussianComponent c;
    c.weight = numberOr(list[k], "weight", 1.0, at);
    c.mean = vector(member(list[k], "mean", at), at + ".mean", dimension);
    dimension = int(c.mean.size());
    if (dimension != 2 && dimension != 3) throw LessonError("`" + at + ".mean` must have 2 or 3 numbers.");
    c.covariance = matrix(member(list[k], "covariance", at), at + ".covariance", dimension, dimension);
    components.push_back(std::move(c));
  }
  try {
    return std::make_shared<GaussianMixtureEnergy>(std::move(components));
  } catch (const ArgumentError& e) {
    throw LessonError("`" + path + "`: " + e.what());
  }
}

}  // namespace

EnergyPtr buildEnergy(const nlohmann::json& spec, const std::string& path) {
  const std::string type = text(member(spec, "type", path), path + ".type");
  if (type == "gaussian_mixture" || type == "gaussian") return buildGaussianMixture(spec, path);
  throw LessonError("`" + path + ".type` names an unknown energy \"" + type + "\".");
}

}  // namespace ebm
