#include "energy/analytic/muller_brown.h"

#include <sstream>

#include "core/errors.h"

namespace ebm {

MullerBrownEnergy::MullerBrownEnergy(double scale) : scale_(scale) {
  if (!(scale > 0) || !std::isfinite(scale)) {
    throw ArgumentError("The Müller–Brown scale must be a positive number.");
  }
}

std::string MullerBrownEnergy::describe() const {
  if (scale_ == 1.0) return "Müller–Brown potential";
  std::ostringstream text;
  text << "Müller–Brown potential × " << scale_;
  return text.str();
}

}  // namespace ebm
