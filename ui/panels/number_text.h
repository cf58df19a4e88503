// Numbers as the panels and the status bar show them.
#pragma once

#include <QString>

namespace ebmui {

/// The value with a fixed number of decimals; a value that rounds to zero shows as 0.000, never −0.000
/// (a normalized energy's log Z is a rounding error away from 0 on either side).
[[nodiscard]] QString fixedText(double value, int decimals);

}  // namespace ebmui
