#include "energy/analytic/torus_well.h"

#include "core/errors.h"

namespace ebm {

TorusWellEnergy::TorusWellEnergy(TorusWellParameters parameters) : p_(parameters) {
  if (!(p_.majorRadius > 0) || !std::isfinite(p_.majorRadius) || !(p_.tubeRadius >= 0) ||
      !std::isfinite(p_.tubeRadius) || !(p_.width > 0) || !std::isfinite(p_.width)) {
    throw ArgumentError(
        "A torus well needs a positive major radius, a tube radius of zero or more, and a positive width.");
  }
}

}  // namespace ebm
