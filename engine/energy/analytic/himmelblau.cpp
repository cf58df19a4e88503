#include "energy/analytic/himmelblau.h"

#include <cmath>

#include "core/errors.h"

namespace ebm {

HimmelblauEnergy::HimmelblauEnergy(HimmelblauParameters parameters) : p_(parameters) {
  if (!(p_.scale > 0) || !std::isfinite(p_.scale)) {
    throw ArgumentError("Himmelblau's energy needs a positive, finite scale.");
  }
}

}  // namespace ebm
