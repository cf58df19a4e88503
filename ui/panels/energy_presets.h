// The energies a teacher can add with one click: analytic landscapes of 2D and 3D, and a fresh network.
#pragma once

#include <QString>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/box.h"

namespace ebmui {

struct EnergyPreset {
  QString name;     ///< "Double well"
  QString tooltip;  ///< what it teaches, in one line
  int dimension;    ///< 2 or 3
  nlohmann::json spec;
  /// The domain the energy is drawn on in the literature, which it brings when added (Müller–Brown's
  /// [−1.5, 1.2] × [−0.5, 2]; outside it the energy climbs to 10¹⁰); none: it fits any box.
  std::optional<ebm::Box> box = std::nullopt;
};

/// Every preset, 2D first.
[[nodiscard]] const std::vector<EnergyPreset>& energyPresets();

/// The spec of a fresh (untrained) network for a lesson of `dimension` with the given architecture.
[[nodiscard]] nlohmann::json untrainedNetworkSpec(int dimension, const std::vector<int>& hiddenWidths,
                                                  const std::string& activation);

}  // namespace ebmui
