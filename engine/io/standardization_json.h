// A standardization in lesson and model files: {"shift": [...], "scale": [...]}, one number per axis.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "data/standardization.h"

namespace ebm {

/// {"shift": [...], "scale": [...]} with `dimension` numbers each (the identity as zeros and ones).
[[nodiscard]] nlohmann::json standardizationJson(const Standardization& standardization, int dimension);

/// Reads what standardizationJson() writes; a single number for "scale" (model files before per-axis scales)
/// means that scale on every axis, and a missing "scale" means 1. Throws LessonError naming `path` for a
/// wrong type, count, a non-finite shift or a scale that is not positive.
[[nodiscard]] Standardization standardizationFromJson(const nlohmann::json& node, const std::string& path,
                                                      int dimension);

}  // namespace ebm
