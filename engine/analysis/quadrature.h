// Exact-by-quadrature quantities of a 2D/3D Boltzmann density: log Z_T, the free energy, the normalized
// density, the negative log-likelihood of points, and the mass a too-small box misses.
#pragma once

#include <vector>

#include "energy/energy_grid.h"

namespace ebm {

/// log Z_T = log Σᵢ exp(−Eᵢ/T) + log(cell volume): a Riemann sum over the lattice nodes, computed as a
/// log-sum-exp (never overflows, whatever the energies' scale). +∞ energies contribute nothing.
/// Throws ArgumentError for T ≤ 0; NumericError if an energy is NaN or −∞, or every energy is +∞.
[[nodiscard]] double logPartition(ConstVectorRef energies, double cellVolume, double temperature);
[[nodiscard]] double logPartition(const EnergyGrid& grid, double temperature = 1.0);

/// log Z_T summed chunk by chunk, for a pass that produces a grid's energies in chunks and integrates each
/// while it is still in cache (ComponentGrids::evaluate's per-chunk hook: one pass per slider step). Chunks
/// are [k·chunk, min((k+1)·chunk, nodes)); each is added once, from any thread (different chunks may be
/// added at the same time). logPartition() equals ebm::logPartition of the whole grid.
class LogPartitionSum {
 public:
  /// Throws ArgumentError for T ≤ 0, no nodes or no chunk size.
  LogPartitionSum(Index nodes, Index chunk, double cellVolume, double temperature);
  /// The energies of the chunk that starts at node `begin` (a multiple of the chunk size).
  void add(Index begin, const float* energies, Index count);
  /// Throws NumericError as ebm::logPartition does (NaN, −∞, or +∞ everywhere).
  [[nodiscard]] double logPartition() const;

 private:
  Index chunk_;
  double cellVolume_, temperature_;
  std::vector<double> sums_;
  std::vector<float> lowest_;
  std::vector<Index> nans_;
};

/// The free energy F_T = −T·log Z_T.
[[nodiscard]] double freeEnergy(const EnergyGrid& grid, double temperature = 1.0);

/// p_T at every node: exp(−Eᵢ/T − log Z_T), so that Σ pᵢ · cellVolume = 1. `density` has the grid's size.
void normalizedDensity(const EnergyGrid& grid, double temperature, VectorRef density);
/// The same with log Z_T already known (from summarizePartition, say): no second pass to integrate it.
void normalizedDensity(const EnergyGrid& grid, double temperature, double logPartition, VectorRef density);

/// Estimated probability mass outside the box, from the density's decay at the box's faces: each face node's
/// mass is continued outward as a geometric series with the ratio p(face)/p(one node inward). A density that
/// does not decay towards a face (ratio ≥ 1) is reported as missing everything there (returns 1).
/// Returns a number in [0, 1].
[[nodiscard]] double missingMass(const EnergyGrid& grid, double temperature = 1.0);
/// The same with log Z_T already known.
[[nodiscard]] double missingMass(const EnergyGrid& grid, double temperature, double logPartition);

/// The numbers the program shows next to a landscape at temperature T.
struct PartitionSummary {
  double temperature = 1;
  double logPartition = 0;   ///< log Z_T
  double freeEnergy = 0;     ///< F_T = −T log Z_T
  double minimumEnergy = 0;  ///< lowest finite energy on the grid
  double missingMass = 0;    ///< estimated mass outside the box (see missingMass())
  /// True when the box misses more than 10⁻³ of the mass: log Z and likelihoods are then biased low/high.
  [[nodiscard]] bool boxTooSmall() const { return missingMass > 1e-3; }
};

/// log Z_T, F_T, the minimum energy and the missing mass of a grid in one pass. Throws as logPartition().
[[nodiscard]] PartitionSummary summarizePartition(const EnergyGrid& grid, double temperature = 1.0);

/// Negative log-likelihood of points under p_T = exp(−E/T)/Z_T, with Z_T by quadrature on `lattice`.
struct LikelihoodReport {
  double meanNegativeLogLikelihood =
      0;  ///< nats per point: mean of E(x)/T + log Z_T over the points in the box
  double logPartition = 0;
  double missingMass = 0;
  Index pointsOutsideBox = 0;  ///< excluded from the mean: the density is only normalized on the box
};

/// Evaluates `energy` on the lattice (both cores) and at the points, and returns the mean NLL in nats.
/// Throws ArgumentError if dimensions differ or no point lies in the box; NumericError as logPartition().
[[nodiscard]] LikelihoodReport negativeLogLikelihood(const Energy& energy, ConstPointsRef points,
                                                     const Lattice& lattice, double temperature = 1.0);

}  // namespace ebm
