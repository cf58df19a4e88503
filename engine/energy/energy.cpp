#include "energy/energy.h"

namespace ebm {

Vector Energy::energies(ConstPointsRef points) const {
  Vector out(points.cols());
  evaluate(points, out);
  return out;
}

}  // namespace ebm
