#include "panels/energy_presets.h"

#include <QObject>
#include <map>

#include "i18n/language.h"

namespace ebmui {
namespace {

ebm::Box box2D(double x0, double x1, double y0, double y1) {
  ebm::Box box;
  box.lower = {x0, y0, 0};
  box.upper = {x1, y1, 0};
  return box;
}

}  // namespace

const std::vector<EnergyPreset>& energyPresets() {
  using nlohmann::json;
  // Made once per language: the names and tooltips are translated (View ▸ Language rebuilds the window).
  static std::map<QString, std::vector<EnergyPreset>> byLanguage;
  auto [entry, fresh] = byLanguage.try_emplace(currentLanguage());
  if (!fresh) return entry->second;
  std::vector<EnergyPreset>& presets = entry->second;
  presets = {
      {QObject::tr("Gaussian"), QObject::tr("One valley: E = ½(x−μ)ᵀΣ⁻¹(x−μ) + const"), 2,
       json{{"type", "gaussian"}, {"mean", {0.0, 0.0}}, {"covariance", {{1.0, 0.3}, {0.3, 0.6}}}}},
      {QObject::tr("Gaussian mixture"), QObject::tr("Several valleys: E = −log Σ wₖ N(x; μₖ, Σₖ)"), 2,
       json{{"type", "gaussian_mixture"},
            {"components",
             {{{"weight", 0.5}, {"mean", {-1.5, 0.0}}, {"covariance", {{0.4, 0.0}, {0.0, 0.4}}}},
              {{"weight", 0.5}, {"mean", {1.5, 0.5}}, {"covariance", {{0.3, 0.1}, {0.1, 0.5}}}}}}}},
      {QObject::tr("Double well"),
       QObject::tr("Two valleys and a barrier: the classic picture of a rare transition"), 2,
       json{{"type", "double_well"}}},
      {QObject::tr("Müller–Brown"),
       QObject::tr("The chemists' test landscape: three minima joined by curved paths"), 2,
       json{{"type", "muller_brown"}, {"scale", 0.05}}, box2D(-1.5, 1.2, -0.5, 2.0)},
      {QObject::tr("Rosenbrock banana"), QObject::tr("A long curved valley that slow samplers crawl along"),
       2, json{{"type", "rosenbrock"}, {"b", 5.0}}, box2D(-1.5, 3.5, -1.0, 10.0)},
      {QObject::tr("Himmelblau's four valleys"),
       QObject::tr("Four valleys of equal depth: does the sampler find them all, or stay in one?"), 2,
       json{{"type", "himmelblau"}}, box2D(-5.5, 5.5, -5.5, 5.5)},
      {QObject::tr("Ring"), QObject::tr("E = (r − r₀)²/w: likely on a circle, not at its centre"), 2,
       json{{"type", "ring"}}},
      {QObject::tr("Neal's funnel"),
       QObject::tr("A neck that narrows exponentially: hard for fixed-step samplers"), 2,
       json{{"type", "funnel"}}},
      {QObject::tr("Rule: half-plane"),
       QObject::tr(
           "Forbids one side of a line: E = λ·d², d the distance past it (add it to a landscape: AND)"),
       2, json{{"type", "half_plane"}, {"point", {0.0, 0.0}}, {"normal", {0.0, 1.0}}}},
      {QObject::tr("Rule: stay inside a disc"),
       QObject::tr("E = λ·(r − R)² outside the circle: the density keeps only what lies inside"), 2,
       json{{"type", "disc"}, {"center", {0.0, 0.0}}, {"radius", 1.5}, {"keep", "inside"}}},
      {QObject::tr("Rule: stay outside a disc"),
       QObject::tr("E = λ·(R − r)² inside the circle: a forbidden hole"), 2,
       json{{"type", "disc"}, {"center", {0.0, 0.0}}, {"radius", 1.0}, {"keep", "outside"}}},
      {QObject::tr("Rule: band around a line"),
       QObject::tr("Keeps points within a half-width of a line: E = λ·(distance − half-width)² beyond it"), 2,
       json{{"type", "band"}, {"point", {0.0, 0.0}}, {"direction", {1.0, 1.0}}, {"halfWidth", 0.75}}},
      {QObject::tr("Rule: box"), QObject::tr("Keeps points inside a rectangle: E = λ·(distance outside it)²"),
       2, json{{"type", "box"}, {"lower", {-1.5, -1.0}}, {"upper", {1.5, 1.0}}}},
      {QObject::tr("Rule: wall (half-plane)"),
       QObject::tr("A flat wall of height λ where the rule breaks: no slope, so only MALA and HMC feel it"),
       2, json{{"type", "half_plane"}, {"point", {0.0, 0.0}}, {"normal", {0.0, 1.0}}, {"wall", "hard"}}},
      {QObject::tr("Gaussian mixture (3D)"), QObject::tr("Two blobs in space"), 3,
       json{{"type", "gaussian_mixture"},
            {"components",
             {{{"weight", 0.5},
               {"mean", {-1.5, 0.0, 0.0}},
               {"covariance", {{0.5, 0.0, 0.0}, {0.0, 0.3, 0.0}, {0.0, 0.0, 0.3}}}},
              {{"weight", 0.5},
               {"mean", {1.5, 0.5, 0.5}},
               {"covariance", {{0.3, 0.1, 0.0}, {0.1, 0.5, 0.0}, {0.0, 0.0, 0.4}}}}}}}},
      {QObject::tr("Double well (3D)"), QObject::tr("Two valleys and a barrier, in space"), 3,
       json{{"type", "double_well"}, {"dimension", 3}}},
      {QObject::tr("Torus well"), QObject::tr("Likely near a ring-shaped tube"), 3,
       json{{"type", "torus_well"}}},
      {QObject::tr("Helix well"), QObject::tr("Likely near a helix: a curved one-dimensional data set"), 3,
       json{{"type", "helix_well"}}},
  };
  return presets;
}

nlohmann::json untrainedNetworkSpec(int dimension, const std::vector<int>& hiddenWidths,
                                    const std::string& activation) {
  return {{"type", "mlp"},
          {"inputDimension", dimension},
          {"hiddenWidths", hiddenWidths},
          {"activation", activation}};
}

}  // namespace ebmui
