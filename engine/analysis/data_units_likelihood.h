// The held-out likelihood of imported data in the data's own units, although the engine learned it
// standardized: what `ebmscape train` prints and the Training panel charts.
#pragma once

#include "analysis/quadrature.h"
#include "data/standardization.h"

namespace ebm {

/// negativeLogLikelihood() of standardized points z = (x − shift)/scale, returned in the units of x: a
/// density in x is the density in z divided by |dx/dz| = ∏ scale, so the mean NLL and log Z_T gain Σ log
/// scale (0 for the identity). Comparable with any other model of the same data in its own units. Throws as
/// negativeLogLikelihood().
[[nodiscard]] LikelihoodReport negativeLogLikelihoodInDataUnits(const Energy& energy,
                                                                ConstPointsRef standardizedPoints,
                                                                const Lattice& lattice,
                                                                const Standardization& standardization,
                                                                double temperature = 1.0);

}  // namespace ebm
