// The energies a teacher can add with one click: analytic landscapes of 2D and 3D, and a fresh network.
#pragma once

#include <QString>
#include <vector>

#include <nlohmann/json.hpp>

namespace ebmui {

struct EnergyPreset {
  QString name;     ///< "Double well"
  QString tooltip;  ///< what it teaches, in one line
  int dimension;    ///< 2 or 3
  nlohmann::json spec;
};

/// Every preset, 2D first.
[[nodiscard]] const std::vector<EnergyPreset>& energyPresets();

/// The spec of a fresh (untrained) network for a lesson of `dimension` with the given architecture.
[[nodiscard]] nlohmann::json untrainedNetworkSpec(int dimension, const std::vector<int>& hiddenWidths,
                                                  const std::string& activation);

}  // namespace ebmui
