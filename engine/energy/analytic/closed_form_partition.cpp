#include "energy/analytic/closed_form_partition.h"

#include <cmath>
#include <string>

#include "core/errors.h"

namespace ebm {

void requirePositiveTemperature(double temperature) {
  if (!(temperature > 0) || !std::isfinite(temperature)) {
    throw ArgumentError("The temperature must be a positive number, not " + std::to_string(temperature) +
                        ".");
  }
}

}  // namespace ebm
