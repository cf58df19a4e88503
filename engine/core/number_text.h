// Numbers in messages a person reads: one short form everywhere (a lesson error, a training warning, a
// watch).
#pragma once

#include <string>

namespace ebm {

/// The number as a stream writes it by default: six significant digits, no trailing zeros ("0.01", "1e+06").
[[nodiscard]] std::string shortNumber(double value);

}  // namespace ebm
