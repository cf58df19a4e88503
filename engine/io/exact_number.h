// Floats written to JSON so that they read back bit for bit, in their shortest decimal form.
#pragma once

namespace ebm {

/// The double that dumps shortest and still casts back to exactly `value`: the float's own shortest decimal
/// (to_chars), read as a double, if that reproduces the float; else the float's exact double value.
[[nodiscard]] double exactNumber(float value);

}  // namespace ebm
