#include "energy/analytic/ring.h"

#include <numbers>
#include <sstream>

#include "core/errors.h"

namespace ebm {

RingEnergy::RingEnergy(RingParameters parameters) : p_(parameters) {
  if (p_.dimension != 2 && p_.dimension != 3) {
    throw ArgumentError("A ring must be 2D or 3D, not " + std::to_string(p_.dimension) + "D.");
  }
  if (!(p_.radius >= 0) || !std::isfinite(p_.radius)) {
    throw ArgumentError("A ring's radius must be zero or positive.");
  }
  if (!(p_.width > 0) || !std::isfinite(p_.width)) throw ArgumentError("A ring's width must be positive.");
}

std::string RingEnergy::describe() const {
  std::ostringstream text;
  text << (p_.dimension == 2 ? "Ring" : "Spherical shell") << " of radius " << p_.radius;
  return text.str();
}

// In polar (spherical) coordinates with u = r − r₀ and E/T = u²/(wT):
//   ∫₀^∞ r e^{−u²/w'} dr = (w'/2)e^{−r₀²/w'} + r₀G,   ∫₀^∞ r² e^{−u²/w'} dr = (w'/2)r₀e^{−r₀²/w'} + (w'/2 +
//   r₀²)G,
// with w' = wT and G = ∫_{−r₀}^∞ e^{−u²/w'} du = √(πw')/2·(1 + erf(r₀/√w')); times the sphere's area 2π or
// 4π.
double RingEnergy::closedFormLogPartition(double temperature) const {
  requirePositiveTemperature(temperature);
  const double w = p_.width * temperature, r0 = p_.radius;
  const double tail = std::exp(-r0 * r0 / w);
  const double g = 0.5 * std::sqrt(std::numbers::pi * w) * (1 + std::erf(r0 / std::sqrt(w)));
  if (p_.dimension == 2) return std::log(2 * std::numbers::pi * (0.5 * w * tail + r0 * g));
  return std::log(4 * std::numbers::pi * (0.5 * w * r0 * tail + (0.5 * w + r0 * r0) * g));
}

}  // namespace ebm
