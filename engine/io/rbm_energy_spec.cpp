#include "io/rbm_energy_spec.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/errors.h"
#include "core/json_read.h"
#include "core/random.h"
#include "io/energy_spec.h"
#include "io/exact_number.h"
#include "io/model_errors.h"

namespace ebm {
namespace {

constexpr std::array<const char*, 4> kParameterKeys{"weights", "visibleBias", "hiddenBias", "logVariance"};
constexpr std::array<const char*, 9> kKeys{"type",        "dimension",  "hiddenUnits", "seed",   "weights",
                                           "visibleBias", "hiddenBias", "logVariance", "comment"};

nlohmann::json numbers(const Eigen::VectorXf& v) {
  nlohmann::json out = nlohmann::json::array();
  for (Index i = 0; i < v.size(); ++i)
    out.push_back(exactNumber(v[i]));
  return out;
}

// A float that does not fit (1e39) would become ±∞ silently; the path says which one.
Eigen::VectorXf floats(const Eigen::VectorXd& values, const std::string& path) {
  Eigen::VectorXf out = values.cast<float>();
  for (Index i = 0; i < out.size(); ++i) {
    if (!std::isfinite(out[i]))
      throw ModelError("`" + path + "[" + std::to_string(i) + "]` is too large for float32.");
  }
  return out;
}

RbmParameters untrainedRbm(int dimension, int hiddenUnits, std::uint64_t seed) {
  RbmParameters p;
  p.weights.resize(dimension, hiddenUnits);
  Random random(seed);
  for (Index i = 0; i < p.weights.size(); ++i)
    p.weights.data()[i] = float(0.1 * random.normal());
  p.visibleBias = Eigen::VectorXf::Zero(dimension);
  p.hiddenBias = Eigen::VectorXf::Zero(hiddenUnits);
  p.logVariance = Eigen::VectorXf::Zero(dimension);
  return p;
}

}  // namespace

nlohmann::json rbmToJson(const RbmEnergy& energy) {
  const RbmParameters& p = energy.parameters();
  if (!p.weights.allFinite() || !p.visibleBias.allFinite() || !p.hiddenBias.allFinite() ||
      !p.logVariance.allFinite())
    throw NumericError("The RBM's parameters are not finite: a diverged model cannot be saved.");
  nlohmann::json weights = nlohmann::json::array();
  for (Index d = 0; d < p.weights.rows(); ++d)
    weights.push_back(numbers(p.weights.row(d).transpose()));
  return {{"type", "rbm"},
          {"dimension", p.dimension()},
          {"hiddenUnits", p.hiddenUnits()},
          {"weights", std::move(weights)},
          {"visibleBias", numbers(p.visibleBias)},
          {"hiddenBias", numbers(p.hiddenBias)},
          {"logVariance", numbers(p.logVariance)}};
}

RbmEnergyPtr rbmFromJson(const nlohmann::json& spec, const std::string& path,
                         std::vector<std::string>* warnings) {
  using namespace json_read;
  return asModelError([&]() -> RbmEnergyPtr {
    object(spec, path);
    warnAboutUnknownSettings(spec, path, std::vector<std::string>(kKeys.begin(), kKeys.end()), warnings);
    const int d = integerOr(spec, "dimension", 2, path);
    if (d != 2 && d != 3) throw ModelError("`" + path + ".dimension` must be 2 or 3.");
    const int h = integerOr(spec, "hiddenUnits", 64, path);
    if (h < 1 || h > 4096) throw ModelError("`" + path + ".hiddenUnits` must be between 1 and 4096.");
    const int given = int(std::count_if(kParameterKeys.begin(), kParameterKeys.end(),
                                        [&](const char* key) { return spec.contains(key); }));
    if (given == 0) {
      const int seed = integerOr(spec, "seed", 0, path);
      return std::make_shared<const RbmEnergy>(untrainedRbm(d, h, std::uint64_t(seed)));
    }
    RbmParameters p;
    const Eigen::MatrixXd weights = matrix(member(spec, "weights", path), path + ".weights", d, h);
    p.weights = weights.cast<float>();
    for (int r = 0; r < d; ++r) {
      for (int c = 0; c < h; ++c) {
        if (!std::isfinite(p.weights(r, c))) {
          throw ModelError("`" + path + ".weights[" + std::to_string(r) + "][" + std::to_string(c) +
                           "]` is too large for float32.");
        }
      }
    }
    p.visibleBias =
        floats(vector(member(spec, "visibleBias", path), path + ".visibleBias", d), path + ".visibleBias");
    p.hiddenBias =
        floats(vector(member(spec, "hiddenBias", path), path + ".hiddenBias", h), path + ".hiddenBias");
    p.logVariance =
        floats(vector(member(spec, "logVariance", path), path + ".logVariance", d), path + ".logVariance");
    try {
      return std::make_shared<const RbmEnergy>(std::move(p));
    } catch (const ArgumentError& e) {
      throw ModelError("`" + path + "`: " + e.what());
    }
  });
}

EnergyPtr buildRbmEnergy(const nlohmann::json& spec, const std::string& path,
                         std::vector<std::string>* warnings) {
  try {
    return rbmFromJson(spec, path, warnings);
  } catch (const ModelError& e) {
    throw LessonError(e.what());
  }
}

}  // namespace ebm
