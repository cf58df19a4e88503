// The hopfield-memory lesson's settings (its `experiment` section), read and checked: the bundled bitmaps,
// which of them (and how many random patterns) are stored, the storage rule, the cue and the dynamics' pace.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hopfield/hopfield_network.h"

namespace ebm::hopfield {

constexpr int kSide = 16;                ///< the network is a kSide×kSide picture
constexpr Index kUnits = kSide * kSide;  ///< N = 256
constexpr int kMaxRandomPatterns = 200;
constexpr int kMaxUpdatesPerFrame = 4096;

struct HopfieldSettings {  // NOLINT(bugprone-reserved-identifier): clang-tidy 14 names an implicit member
  std::vector<std::string> bitmapNames;  ///< every bundled bitmap, in the lesson's order
  Patterns bitmaps;                      ///< N×(bitmaps), ±1 ('#' is +1)
  std::vector<std::string> stored;       ///< the bitmaps stored, by name
  int randomPatterns = 0;                ///< random patterns stored after them, named "random 1", …
  StorageRule rule = StorageRule::kHebbian;
  std::string cue;          ///< the stored pattern the cue is made from
  std::string painted;      ///< a cue painted by hand (N characters of '#' and '.'), or empty
  double noise = 0.2;       ///< fraction of the cue's pixels flipped
  double temperature = 0;   ///< T of the recall (0: deterministic)
  int updatesPerFrame = 8;  ///< the pace: asynchronous updates per frame
  std::string axes[2];      ///< the patterns whose overlaps span the landscape
  std::uint64_t seed = 1;
};

/// Reads `settings` (JSON path `path`); throws LessonError naming the member that is wrong.
[[nodiscard]] HopfieldSettings readHopfieldSettings(const nlohmann::json& settings, const std::string& path);

/// The N×P patterns stored and their names: the chosen bitmaps, then the random ones (drawn from `seed`).
void storedPatterns(const HopfieldSettings& settings, Patterns& patterns, std::vector<std::string>& names);

/// A state as N characters of '#' (+1) and '.' (−1), row by row from the top — the format of `painted`.
[[nodiscard]] std::string stateText(const State& state);

}  // namespace ebm::hopfield
