#include "analysis/data_units_likelihood.h"

namespace ebm {

LikelihoodReport negativeLogLikelihoodInDataUnits(const Energy& energy, ConstPointsRef standardizedPoints,
                                                  const Lattice& lattice,
                                                  const Standardization& standardization,
                                                  double temperature) {
  LikelihoodReport report = negativeLogLikelihood(energy, standardizedPoints, lattice, temperature);
  const double logJacobian = standardization.logJacobian();
  report.meanNegativeLogLikelihood += logJacobian;
  report.logPartition += logJacobian;
  return report;
}

}  // namespace ebm
