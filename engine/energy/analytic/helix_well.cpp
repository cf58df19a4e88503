#include "energy/analytic/helix_well.h"

#include "core/errors.h"

namespace ebm {

HelixWellEnergy::HelixWellEnergy(HelixWellParameters parameters) : p_(parameters) {
  if (!(p_.radius > 0) || !std::isfinite(p_.radius) || !(p_.pitch != 0) || !std::isfinite(p_.pitch) ||
      !(p_.height >= 0) || !std::isfinite(p_.height) || !(p_.width > 0) || !std::isfinite(p_.width)) {
    throw ArgumentError(
        "A helix well needs a positive radius, a non-zero pitch, a height of zero or more and a positive "
        "width.");
  }
}

// At T the width is wT: the horizontal Gaussian integrates to πwT at every height, and the height integral
// is H plus the two half-Gaussian tails beyond the ends, √(πwT).
double HelixWellEnergy::closedFormLogPartition(double temperature) const {
  requirePositiveTemperature(temperature);
  const double w = p_.width * temperature;
  return std::log(std::numbers::pi * w) + std::log(p_.height + std::sqrt(std::numbers::pi * w));
}

}  // namespace ebm
