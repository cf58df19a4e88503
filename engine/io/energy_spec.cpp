#include "io/energy_spec.h"

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>

#include "core/errors.h"
#include "core/json_read.h"
#include "energy/analytic/double_well.h"
#include "energy/analytic/funnel.h"
#include "energy/analytic/helix_well.h"
#include "energy/analytic/himmelblau.h"
#include "energy/analytic/modern_hopfield.h"
#include "energy/analytic/muller_brown.h"
#include "energy/analytic/ring.h"
#include "energy/analytic/rosenbrock.h"
#include "energy/analytic/torus_well.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/conditional_family.h"
#include "energy/composition/mixture_energy.h"
#include "energy/composition/negation_energy.h"
#include "energy/composition/sum_energy.h"
#include "energy/composition/temperature_scaled_energy.h"
#include "energy/gaussian_mixture.h"
#include "io/classifier_energy_spec.h"
#include "io/constraint_energy_spec.h"
#include "io/neural_energy_spec.h"
#include "io/rbm_energy_spec.h"

namespace ebm {
namespace {

using namespace json_read;
using Warnings = std::vector<std::string>*;
using Builder =
    std::function<EnergyPtr(const nlohmann::json& spec, const std::string& path, Warnings warnings)>;

// A misspelt key ("alhpa") would otherwise be ignored silently and the lesson would show the default; it is
// kept (the spec stays as written) and reported. Every spec may also carry a "name" and a "comment" for
// people.
void settingsAre(const nlohmann::json& spec, const std::string& path, std::initializer_list<const char*> keys,
                 std::vector<std::string>* warnings) {
  object(spec, path);
  warnAboutUnknownSettings(spec, path, std::vector<std::string>(keys.begin(), keys.end()), warnings);
}

// Constructors check the physics and throw ArgumentError; in a lesson that becomes a LessonError with a path.
template <class Make>
EnergyPtr constructing(const std::string& path, Make make) {
  try {
    return make();
  } catch (const ArgumentError& e) {
    throw LessonError("`" + path + "`: " + e.what());
  }
}

double nonNegativeOr(const nlohmann::json& spec, const char* key, double fallback, const std::string& path) {
  const double value = numberOr(spec, key, fallback, path);
  if (!(value >= 0)) fail(path + "." + key, "must be zero or positive");
  return value;
}

double unitInterval(const nlohmann::json& spec, const char* key, const std::string& path) {
  const double value = number(member(spec, key, path), path + "." + key);
  if (!(value >= 0 && value <= 1)) fail(path + "." + key, "must lie between 0 and 1");
  return value;
}

int dimensionOr(const nlohmann::json& spec, int fallback, const std::string& path) {
  const int d = integerOr(spec, "dimension", fallback, path);
  if (d != 2 && d != 3) fail(path + ".dimension", "must be 2 or 3");
  return d;
}

// ---- analytic energies ----

GaussianComponent gaussianComponent(const nlohmann::json& spec, const std::string& path, int& dimension,
                                    bool withWeight) {
  GaussianComponent c;
  if (withWeight) c.weight = positiveOr(spec, "weight", 1.0, path);
  c.mean = vector(member(spec, "mean", path), path + ".mean", dimension);
  dimension = int(c.mean.size());
  if (dimension != 2 && dimension != 3) fail(path + ".mean", "must have 2 or 3 numbers");
  c.covariance = matrix(member(spec, "covariance", path), path + ".covariance", dimension, dimension);
  return c;
}

EnergyPtr buildGaussianMixture(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "components"}, warnings);
  const auto& list = array(member(spec, "components", path), path + ".components");
  if (list.empty()) fail(path + ".components", "must not be empty");
  std::vector<GaussianComponent> components;
  int dimension = -1;
  for (std::size_t k = 0; k < list.size(); ++k) {
    const std::string at = path + ".components[" + std::to_string(k) + "]";
    settingsAre(list[k], at, {"weight", "mean", "covariance"}, warnings);
    components.push_back(gaussianComponent(list[k], at, dimension, true));
  }
  return constructing(path, [&] { return std::make_shared<GaussianMixtureEnergy>(std::move(components)); });
}

// {"type": "gaussian", "mean": [..], "covariance": [[..]]}; the older {"type": "gaussian", "components": ..}
// is read as a mixture.
EnergyPtr buildGaussian(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  if (spec.is_object() && spec.contains("components")) return buildGaussianMixture(spec, path, warnings);
  settingsAre(spec, path, {"type", "mean", "covariance"}, warnings);
  int dimension = -1;
  std::vector<GaussianComponent> one{gaussianComponent(spec, path, dimension, false)};
  return constructing(path, [&] { return std::make_shared<GaussianMixtureEnergy>(std::move(one)); });
}

EnergyPtr buildDoubleWell(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "dimension", "barrier", "separation", "stiffness"}, warnings);
  DoubleWellParameters p;
  p.dimension = dimensionOr(spec, p.dimension, path);
  p.barrier = positiveOr(spec, "barrier", p.barrier, path);
  p.separation = positiveOr(spec, "separation", p.separation, path);
  p.stiffness = positiveOr(spec, "stiffness", p.stiffness, path);
  return constructing(path, [&] { return std::make_shared<DoubleWellEnergy>(p); });
}

EnergyPtr buildMullerBrown(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "scale"}, warnings);
  const double scale = positiveOr(spec, "scale", 1.0, path);
  return constructing(path, [&] { return std::make_shared<MullerBrownEnergy>(scale); });
}

EnergyPtr buildRosenbrock(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "a", "b"}, warnings);
  RosenbrockParameters p;
  p.a = numberOr(spec, "a", p.a, path);
  p.b = positiveOr(spec, "b", p.b, path);
  return constructing(path, [&] { return std::make_shared<RosenbrockEnergy>(p); });
}

EnergyPtr buildHimmelblau(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "scale"}, warnings);
  HimmelblauParameters p;
  p.scale = positiveOr(spec, "scale", p.scale, path);
  return constructing(path, [&] { return std::make_shared<HimmelblauEnergy>(p); });
}

EnergyPtr buildRing(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "dimension", "radius", "width"}, warnings);
  RingParameters p;
  p.dimension = dimensionOr(spec, p.dimension, path);
  p.radius = nonNegativeOr(spec, "radius", p.radius, path);
  p.width = positiveOr(spec, "width", p.width, path);
  return constructing(path, [&] { return std::make_shared<RingEnergy>(p); });
}

EnergyPtr buildFunnel(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "dimension", "sigma"}, warnings);
  FunnelParameters p;
  p.dimension = dimensionOr(spec, p.dimension, path);
  p.sigma = positiveOr(spec, "sigma", p.sigma, path);
  return constructing(path, [&] { return std::make_shared<FunnelEnergy>(p); });
}

EnergyPtr buildTorusWell(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "majorRadius", "tubeRadius", "width"}, warnings);
  TorusWellParameters p;
  p.majorRadius = positiveOr(spec, "majorRadius", p.majorRadius, path);
  p.tubeRadius = nonNegativeOr(spec, "tubeRadius", p.tubeRadius, path);
  p.width = positiveOr(spec, "width", p.width, path);
  return constructing(path, [&] { return std::make_shared<TorusWellEnergy>(p); });
}

EnergyPtr buildHelixWell(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "radius", "pitch", "height", "width"}, warnings);
  HelixWellParameters p;
  p.radius = positiveOr(spec, "radius", p.radius, path);
  p.pitch = numberOr(spec, "pitch", p.pitch, path);
  if (p.pitch == 0) fail(path + ".pitch", "must not be 0");
  p.height = nonNegativeOr(spec, "height", p.height, path);
  p.width = positiveOr(spec, "width", p.width, path);
  return constructing(path, [&] { return std::make_shared<HelixWellEnergy>(p); });
}

// Patterns as a list of points ([[x, y], ...]), all of one dimension.
EnergyPtr buildModernHopfield(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "patterns", "beta", "variant", "normalize"}, warnings);
  ModernHopfieldParameters p;
  const std::string at = path + ".patterns";
  const auto& list = array(member(spec, "patterns", path), at);
  if (list.empty()) fail(at, "must hold at least one pattern");
  int dimension = -1;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string where = at + "[" + std::to_string(i) + "]";
    const Eigen::VectorXd x = vector(list[i], where, dimension);
    dimension = int(x.size());
    if (dimension != 2 && dimension != 3) fail(where, "must have 2 or 3 numbers");
    if (i == 0) p.patterns.resize(dimension, Eigen::Index(list.size()));
    p.patterns.col(Eigen::Index(i)) = x;
  }
  p.beta = positiveOr(spec, "beta", p.beta, path);
  const std::string variant = textOr(spec, "variant", "dot", path);
  if (variant != "dot" && variant != "euclidean") fail(path + ".variant", "must be \"dot\" or \"euclidean\"");
  p.euclidean = variant == "euclidean";
  p.normalize = flagOr(spec, "normalize", p.normalize, path);
  return constructing(path, [&] { return std::make_shared<ModernHopfieldEnergy>(p); });
}

// ---- compositions ----

// The nested specs under `key`, each built with its own path; `count` < 0 accepts any number ≥ 1.
std::vector<EnergyPtr> buildTerms(const nlohmann::json& spec, const std::string& path, int count,
                                  Warnings warnings, const char* key = "terms") {
  const std::string at = path + "." + key;
  const auto& list = array(member(spec, key, path), at);
  if (count >= 0 && int(list.size()) != count)
    fail(at, "must hold exactly " + std::to_string(count) + " energies");
  if (list.empty()) fail(at, "must hold at least one energy");
  std::vector<EnergyPtr> terms;
  for (std::size_t k = 0; k < list.size(); ++k)
    terms.push_back(buildEnergy(list[k], at + "[" + std::to_string(k) + "]", warnings));
  return terms;
}

EnergyPtr buildSum(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "terms"}, warnings);
  auto terms = buildTerms(spec, path, -1, warnings);
  return constructing(path, [&] { return std::make_shared<SumEnergy>(std::move(terms)); });
}

EnergyPtr buildBlend(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "alpha", "terms"}, warnings);
  const double alpha = unitInterval(spec, "alpha", path);
  auto terms = buildTerms(spec, path, 2, warnings);
  return constructing(path, [&] { return std::make_shared<BlendEnergy>(terms[0], terms[1], alpha); });
}

// {"weight": w} for two terms (w on the first), {"weights": [..]} for any number, neither for equal weights.
EnergyPtr buildMixture(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "weight", "weights", "terms"}, warnings);
  if (spec.contains("weight") && spec.contains("weights"))
    fail(path, "takes either \"weight\" or \"weights\"");
  auto terms = buildTerms(spec, path, spec.contains("weight") ? 2 : -1, warnings);
  std::vector<double> weights(terms.size(), 1.0);
  if (spec.contains("weight")) {
    const double w = unitInterval(spec, "weight", path);
    weights = {w, 1 - w};
  } else if (spec.contains("weights")) {
    const Eigen::VectorXd w = vector(spec["weights"], path + ".weights", int(terms.size()));
    for (Index k = 0; k < w.size(); ++k) {
      if (!(w[k] >= 0)) fail(path + ".weights[" + std::to_string(k) + "]", "must be zero or positive");
      weights[k] = w[k];
    }
  }
  return constructing(path, [&] { return std::make_shared<MixtureEnergy>(std::move(terms), weights); });
}

EnergyPtr buildNegation(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "gamma", "terms"}, warnings);
  const double gamma = nonNegativeOr(spec, "gamma", 1.0, path);
  auto terms = buildTerms(spec, path, 2, warnings);
  return constructing(path, [&] { return std::make_shared<NegationEnergy>(terms[0], terms[1], gamma); });
}

EnergyPtr buildTemperatureScaled(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "temperature", "energy"}, warnings);
  const double temperature = positiveOr(spec, "temperature", 1.0, path);
  auto base = buildEnergy(member(spec, "energy", path), path + ".energy", warnings);
  return constructing(path, [&] { return std::make_shared<TemperatureScaledEnergy>(base, temperature); });
}

// {"classes": [{"label": "a", "energy": {..}}, ..], "label": "a"}, or "between": ["a", "b"] with "alpha".
EnergyPtr buildConditional(const nlohmann::json& spec, const std::string& path, Warnings warnings) {
  settingsAre(spec, path, {"type", "classes", "label", "between", "alpha"}, warnings);
  const auto& list = array(member(spec, "classes", path), path + ".classes");
  if (list.empty()) fail(path + ".classes", "must hold at least one class");
  std::vector<ConditionalFamily::Member> members;
  for (std::size_t k = 0; k < list.size(); ++k) {
    const std::string at = path + ".classes[" + std::to_string(k) + "]";
    settingsAre(list[k], at, {"label", "energy"}, warnings);
    members.push_back({text(member(list[k], "label", at), at + ".label"),
                       buildEnergy(member(list[k], "energy", at), at + ".energy", warnings)});
  }
  std::optional<ConditionalFamily> family;
  try {
    family.emplace(std::move(members));
  } catch (const ArgumentError& e) {
    throw LessonError("`" + path + ".classes`: " + e.what());
  }
  const auto known = [&](const std::string& label, const std::string& at) {
    if (!family->contains(label)) fail(at, "names no class of this family (\"" + label + "\")");
    return label;
  };
  if (spec.contains("label") == spec.contains("between")) {
    fail(path, "needs either a \"label\" or a \"between\" pair of labels with an \"alpha\"");
  }
  if (spec.contains("label")) {
    if (spec.contains("alpha")) fail(path + ".alpha", "only goes with \"between\"");
    const std::string label = known(text(spec["label"], path + ".label"), path + ".label");
    return family->given(label);
  }
  const auto& pair = array(spec["between"], path + ".between");
  if (pair.size() != 2) fail(path + ".between", "must hold exactly two labels");
  const std::string a = known(text(pair[0], path + ".between[0]"), path + ".between[0]");
  const std::string b = known(text(pair[1], path + ".between[1]"), path + ".between[1]");
  return family->between(a, b, unitInterval(spec, "alpha", path));
}

// Every energy type a spec can name. To add one (the neural "mlp" energy, say), write its builder in the
// energy's own io file and add one row here.
const std::map<std::string, Builder>& builders() {
  static const std::map<std::string, Builder> table = {
      {"gaussian", buildGaussian},
      {"gaussian_mixture", buildGaussianMixture},
      {"double_well", buildDoubleWell},
      {"muller_brown", buildMullerBrown},
      {"rosenbrock", buildRosenbrock},
      {"himmelblau", buildHimmelblau},
      {"ring", buildRing},
      {"funnel", buildFunnel},
      {"torus_well", buildTorusWell},
      {"helix_well", buildHelixWell},
      {"sum", buildSum},
      {"blend", buildBlend},
      {"mixture", buildMixture},
      {"negation", buildNegation},
      {"temperature", buildTemperatureScaled},
      {"conditional", buildConditional},
      {"mlp", buildNeuralEnergy},
      {"rbm", buildRbmEnergy},
      {"classifier", buildClassifierEnergy},
      {"modern_hopfield", buildModernHopfield},
  };
  static const std::map<std::string, Builder> withRules = [] {
    std::map<std::string, Builder> all = table;
    for (const std::string& type : constraintTypes()) {
      all[type] = [type](const nlohmann::json& spec, const std::string& path, Warnings warnings) {
        return buildConstraintEnergy(type, spec, path, warnings);
      };
    }
    return all;
  }();
  return withRules;
  return table;
}

}  // namespace

std::vector<std::string> energyTypes() {
  std::vector<std::string> names;
  for (const auto& [name, builder] : builders())
    names.push_back(name);
  return names;
}

void warnAboutUnknownSettings(const nlohmann::json& spec, const std::string& path,
                              const std::vector<std::string>& settings, std::vector<std::string>* warnings) {
  if (!warnings || !spec.is_object()) return;
  for (const auto& [key, value] : spec.items()) {
    if (key == "name" || key == "comment") continue;
    if (std::find(settings.begin(), settings.end(), key) != settings.end()) continue;
    std::string known;
    for (const auto& k : settings)
      known += (known.empty() ? "" : ", ") + k;
    warnings->push_back("Unknown setting `" + path + "." + key +
                        "` was kept but is not used (this energy's settings are " + known + ").");
  }
}

EnergyPtr buildEnergy(const nlohmann::json& spec, const std::string& path,
                      std::vector<std::string>* warnings) {
  object(spec, path);
  const std::string type = text(member(spec, "type", path), path + ".type");
  const auto& table = builders();
  const auto it = table.find(type);
  if (it == table.end()) {
    std::string known;
    for (const auto& [name, builder] : table)
      known += (known.empty() ? "" : ", ") + name;
    fail(path + ".type", "names an unknown energy \"" + type + "\" (known: " + known + ")");
  }
  return it->second(spec, path, warnings);
}

}  // namespace ebm
