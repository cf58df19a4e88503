// How far apart two colours look, to a viewer with normal colour vision or with one of the three
// dichromacies: sRGB → simulated dichromat's sRGB → CIELAB → CIEDE2000.
#pragma once

#include <array>

#include "style/palette.h"

namespace ebmtest {

enum class Vision { Normal, Protanopia, Deuteranopia, Tritanopia };
inline constexpr std::array<Vision, 4> kVisions{Vision::Normal, Vision::Protanopia, Vision::Deuteranopia,
                                                Vision::Tritanopia};
[[nodiscard]] const char* nameOf(Vision vision);

/// CIELAB (D65 white) of an sRGB colour as `vision` sees it.
[[nodiscard]] std::array<double, 3> labSeenWith(ebmui::palette::Rgb colour, Vision vision);
/// CIEDE2000 colour difference (Sharma, Wu & Dalal 2005) of two CIELAB colours.
[[nodiscard]] double deltaE2000(const std::array<double, 3>& lab1, const std::array<double, 3>& lab2);
/// ΔE2000 between two sRGB colours as `vision` sees them.
[[nodiscard]] double deltaE2000(ebmui::palette::Rgb a, ebmui::palette::Rgb b, Vision vision);

}  // namespace ebmtest
