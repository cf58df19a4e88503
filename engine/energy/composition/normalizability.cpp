#include "energy/composition/normalizability.h"

#include <cmath>
#include <limits>
#include <sstream>

#include "core/errors.h"
#include "energy/analytic/closed_form_partition.h"
#include "energy/energy_grid.h"

namespace ebm {
namespace {

// The share of the box's probability on face nodes that do not rise outward above which it "piles up".
constexpr double kPiledMassShare = 1e-4;

std::string coordinatesOf(const Lattice& lattice, Index node) {
  Points x(lattice.dimension(), 1);
  lattice.nodes(node, x);
  std::ostringstream text;
  text.precision(3);
  text << "(";
  for (int a = 0; a < lattice.dimension(); ++a)
    text << (a ? ", " : "") << x(a, 0);
  text << ")";
  return text.str();
}

}  // namespace

NormalizabilityReport checkNormalizability(ConstVectorRef values, const Lattice& lattice, double temperature,
                                           double negligibleDensity) {
  requirePositiveTemperature(temperature);
  if (values.size() != lattice.size()) throw ArgumentError("The grid and its lattice differ in size.");
  if (!(negligibleDensity > 0 && negligibleDensity < 1)) {
    throw ArgumentError("A negligible density must lie strictly between 0 and 1 (of the peak).");
  }
  NormalizabilityReport report;
  double lowest = std::numeric_limits<double>::infinity();
  for (Index node = 0; node < values.size(); ++node) {
    const double e = values[node];
    if (std::isnan(e) || e == -std::numeric_limits<double>::infinity()) {
      report.status = Normalizability::NotFinite;
      report.offendingNode = node;
      report.offendingEnergy = e;
      report.explanation = "The energy is not a number at x = " + coordinatesOf(lattice, node) +
                           ", so exp(−E/T) is not a probability density.";
      return report;
    }
    lowest = std::min(lowest, e);
  }
  if (std::isinf(lowest)) {
    report.status = Normalizability::NotFinite;
    report.explanation = "The energy is infinite everywhere on the box: no probability is left anywhere.";
    return report;
  }
  report.minimumEnergy = lowest;

  // A face node matters when its density exp(−(E − E_min)/T) ≥ negligibleDensity, i.e. E ≤ ceiling.
  const double ceiling = lowest - temperature * std::log(negligibleDensity);
  // Probability piles up against the box when the face nodes where E does not rise hold a share of the mass
  // that is no rounding matter: a trained network that flattens at one corner 7 units above its minimum
  // (a density of 5·10⁻⁴ of the peak on a few nodes) is still a density; a flat or falling face is not.
  double totalMass = 0, piledMass = 0;
  for (Index node = 0; node < values.size(); ++node)
    totalMass += std::exp(-(double(values[node]) - lowest) / temperature);
  const int d = lattice.dimension();
  const Index stride[3] = {1, lattice.shape[0], Index(lattice.shape[0]) * lattice.shape[1]};
  // Visit the two faces across each axis a: index[a] fixed at 0 or n_a − 1, the other two axes free (the
  // third has one node in 2D). Edge nodes are seen once per face they lie on, which does no harm.
  for (int a = 0; a < d; ++a) {
    const int b = (a + 1) % 3, c = (a + 2) % 3;
    for (const Index side : {Index(0), Index(lattice.shape[a] - 1)}) {
      const Index inwardStep = side == 0 ? stride[a] : -stride[a];
      for (Index v = 0; v < lattice.shape[c]; ++v) {
        for (Index u = 0; u < lattice.shape[b]; ++u) {
          const Index node = side * stride[a] + u * stride[b] + v * stride[c];
          const double e = values[node];
          if (!(e <= ceiling) || e > values[node + inwardStep]) continue;
          piledMass += std::exp(-(e - lowest) / temperature);
          if (report.offendingNode < 0 || e < report.offendingEnergy) {
            report.offendingNode = node;
            report.offendingEnergy = e;
          }
        }
      }
    }
  }
  if (report.offendingNode >= 0 && piledMass < kPiledMassShare * totalMass) {
    report.offendingNode = -1;  // a few nodes of negligible mass: no pile
    report.offendingEnergy = 0;
  }
  if (report.offendingNode >= 0) {
    report.status = Normalizability::NotRisingAtFaces;
    const std::string where = coordinatesOf(lattice, report.offendingNode);
    std::ostringstream text;
    text.precision(2);
    if (report.offendingEnergy <= lowest) {
      text << "The energy is lowest on the box's edge, at x = " << where;
    } else {
      text << "The energy does not rise toward the box's edge at x = " << where
           << ", where exp(−E/T) at T = " << temperature << " is still "
           << std::exp(-(report.offendingEnergy - lowest) / temperature) << " times its peak";
    }
    text << ": probability piles up against the box, so this energy is probably not bounded below beyond it. "
            "For a negation E₁ − γE₂, γ is too large.";
    report.explanation = text.str();
  }
  return report;
}

NormalizabilityReport checkNormalizability(const Energy& energy, const Lattice& lattice, double temperature,
                                           double negligibleDensity) {
  const EnergyGrid grid = evaluateOnLattice(energy, lattice);
  return checkNormalizability(grid.values, lattice, temperature, negligibleDensity);
}

void requireNormalizable(const NormalizabilityReport& report) {
  if (!report.normalizable()) throw NumericError(report.explanation);
}

}  // namespace ebm
