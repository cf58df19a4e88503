#include "analysis/quadrature.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/errors.h"
#include "core/parallel.h"
#include "energy/fast_exp.h"

namespace ebm {
namespace {

constexpr Index kChunk = 1 << 14;  // small enough that a 256² grid spreads over both cores

void requirePositiveTemperature(double temperature) {
  if (!(temperature > 0) || !std::isfinite(temperature)) {
    throw ArgumentError("The temperature must be a positive number, not " + std::to_string(temperature) +
                        ".");
  }
}

// The lowest of per-chunk minima, refusing NaN (counted per chunk) and −∞ (no density to integrate) and an
// energy that is +∞ everywhere (no probability at all).
float lowestOfChunks(const std::vector<float>& chunkMin, const std::vector<Index>& chunkNaN) {
  Index nans = 0;
  for (Index n : chunkNaN)
    nans += n;
  if (nans > 0) {
    throw NumericError("The energy is not a number (NaN) at " + std::to_string(nans) +
                       " grid points; the model has diverged.");
  }
  const float lowest = *std::min_element(chunkMin.begin(), chunkMin.end());
  if (lowest == -INFINITY)
    throw NumericError("The energy falls to −∞ on the grid: the density cannot be normalized.");
  if (lowest == INFINITY)
    throw NumericError("The energy is +∞ everywhere on the grid: there is no probability.");
  return lowest;
}

// Lowest energy, refusing NaN and −∞ (they have no density to integrate). Branch-free per node so it
// vectorizes.
double lowestEnergy(ConstVectorRef energies) {
  std::vector<float> chunkMin(std::size_t((energies.size() + kChunk - 1) / kChunk), INFINITY);
  std::vector<Index> chunkNaN(chunkMin.size(), 0);
  parallelFor(energies.size(), kChunk, [&](Index begin, Index end) {
    float lowest = INFINITY;
    Index nans = 0;
    const float* e = energies.data();
    for (Index i = begin; i < end; ++i) {
      nans += e[i] != e[i];
      lowest = e[i] < lowest ? e[i] : lowest;  // a NaN never compares less: counted apart
    }
    chunkMin[std::size_t(begin / kChunk)] = lowest;
    chunkNaN[std::size_t(begin / kChunk)] = nans;
  });
  return lowestOfChunks(chunkMin, chunkNaN);
}

}  // namespace

LogPartitionSum::LogPartitionSum(Index nodes, Index chunk, double cellVolume, double temperature)
    : chunk_(chunk), cellVolume_(cellVolume), temperature_(temperature) {
  requirePositiveTemperature(temperature);
  if (nodes <= 0) throw ArgumentError("Cannot integrate over an empty grid.");
  if (chunk <= 0) throw ArgumentError("The chunks of a log Z sum need at least one node.");
  const std::size_t chunks = std::size_t((nodes + chunk - 1) / chunk);
  sums_.assign(chunks, 0.0);
  lowest_.assign(chunks, INFINITY);
  nans_.assign(chunks, 0);
}

// log Z = log Σ exp(−Eᵢ/T) + log h^D. Each chunk finds its own lowest energy m_c (counting NaNs apart: a NaN
// never compares less) and sums S_c = Σ exp(−(E − m_c)/T) ≤ n_c while the chunk is in cache, in float with
// 16 interleaved partial sums (a vectorized fastExp; a few hundred terms per partial keep the relative error
// near 1e-6); the chunks meet in double at the global minimum m: Σ exp(−(E − m)/T) = Σ_c exp(−(m_c −
// m)/T)·S_c.
void LogPartitionSum::add(Index begin, const float* e, Index count) {
  constexpr int kLanes = 16;
  float lowestLane[kLanes];
  std::fill(lowestLane, lowestLane + kLanes, INFINITY);
  Index nans = 0, i = 0;
  for (; i + kLanes <= count; i += kLanes) {
    for (int k = 0; k < kLanes; ++k) {
      const float v = e[i + k];
      nans += v != v;
      lowestLane[k] = v < lowestLane[k] ? v : lowestLane[k];
    }
  }
  float lowest = *std::min_element(lowestLane, lowestLane + kLanes);
  for (; i < count; ++i) {
    nans += e[i] != e[i];
    lowest = e[i] < lowest ? e[i] : lowest;
  }
  const std::size_t c = std::size_t(begin / chunk_);
  lowest_[c] = lowest;
  nans_[c] = nans;
  if (nans > 0 || !std::isfinite(lowest)) return;  // reported (NaN, −∞) or without mass (+∞) at the end
  const double beta = 1.0 / temperature_;
  float partial[kLanes] = {};
  const float scale = float(-beta);
  for (i = 0; i + kLanes <= count; i += kLanes) {
    for (int k = 0; k < kLanes; ++k)
      partial[k] += fastExp((e[i + k] - lowest) * scale);
  }
  double sum = 0;
  for (; i < count; ++i)
    sum += std::exp(-(double(e[i]) - double(lowest)) * beta);
  for (float p : partial)
    sum += p;
  sums_[c] = sum;
}

double LogPartitionSum::logPartition() const {
  const double lowest = lowestOfChunks(lowest_, nans_);
  const double beta = 1.0 / temperature_;
  double total = 0;
  for (std::size_t c = 0; c < sums_.size(); ++c) {
    if (lowest_[c] != INFINITY) total += std::exp(-(double(lowest_[c]) - lowest) * beta) * sums_[c];
  }
  return -lowest * beta + std::log(total) + std::log(cellVolume_);
}

double logPartition(ConstVectorRef energies, double cellVolume, double temperature) {
  if (energies.size() == 0) throw ArgumentError("Cannot integrate over an empty grid.");
  LogPartitionSum sum(energies.size(), kChunk, cellVolume, temperature);
  parallelFor(energies.size(), kChunk,
              [&](Index begin, Index end) { sum.add(begin, energies.data() + begin, end - begin); });
  return sum.logPartition();
}

double logPartition(const EnergyGrid& grid, double temperature) {
  return logPartition(grid.values, grid.lattice.cellVolume(), temperature);
}

double freeEnergy(const EnergyGrid& grid, double temperature) {
  return -temperature * logPartition(grid, temperature);
}

void normalizedDensity(const EnergyGrid& grid, double temperature, VectorRef density) {
  normalizedDensity(grid, temperature, logPartition(grid, temperature), density);
}

void normalizedDensity(const EnergyGrid& grid, double temperature, double logZ, VectorRef density) {
  requirePositiveTemperature(temperature);
  if (density.size() != grid.values.size()) throw ArgumentError("The density buffer has the wrong size.");
  const double beta = 1.0 / temperature;
  parallelFor(grid.values.size(), kChunk, [&](Index begin, Index end) {
    for (Index i = begin; i < end; ++i)
      density[i] = float(std::exp(-double(grid.values[i]) * beta - logZ));
  });
}

// For each face of the box, the nodes on it (i = 0, say) and their inward neighbours (i = 1) give a decay
// ratio r = p(face)/p(inward); continuing the density outward as p·r, p·r², … adds p·h^D·r/(1−r) beyond the
// face.
double missingMass(const EnergyGrid& grid, double temperature) {
  return missingMass(grid, temperature, logPartition(grid, temperature));
}

double missingMass(const EnergyGrid& grid, double temperature, double logZ) {
  requirePositiveTemperature(temperature);
  const Lattice& lattice = grid.lattice;
  const double beta = 1.0 / temperature, cell = lattice.cellVolume();
  const int d = lattice.dimension();
  const auto& shape = lattice.shape;
  auto index = [&](std::array<Index, 3> ijk) {
    return ijk[0] + shape[0] * (ijk[1] + Index(shape[1]) * ijk[2]);
  };
  auto mass = [&](Index flat) { return std::exp(-double(grid.values[flat]) * beta - logZ) * cell; };
  double missing = 0;
  for (int axis = 0; axis < d; ++axis) {
    for (int side = 0; side < 2; ++side) {
      const Index face = side == 0 ? 0 : shape[axis] - 1, inward = side == 0 ? 1 : shape[axis] - 2;
      const int a1 = (axis + 1) % d, a2 = d == 3 ? (axis + 2) % 3 : -1;
      const Index n1 = shape[a1], n2 = a2 >= 0 ? shape[a2] : 1;
      for (Index u = 0; u < n1; ++u) {
        for (Index v = 0; v < n2; ++v) {
          std::array<Index, 3> at{0, 0, 0};
          at[axis] = face;
          at[a1] = u;
          if (a2 >= 0) at[a2] = v;
          const double onFace = mass(index(at));
          at[axis] = inward;
          const double inside = mass(index(at));
          if (onFace <= 0) continue;
          const double ratio = inside > 0 ? onFace / inside : 1.0;
          if (ratio >= 1.0) return 1.0;  // not decaying towards this face: the box cuts the density off
          missing += onFace * ratio / (1.0 - ratio);
        }
      }
    }
  }
  return std::min(1.0, missing);
}

PartitionSummary summarizePartition(const EnergyGrid& grid, double temperature) {
  PartitionSummary summary;
  summary.temperature = temperature;
  summary.logPartition = logPartition(grid, temperature);
  summary.freeEnergy = -temperature * summary.logPartition;
  summary.minimumEnergy = lowestEnergy(grid.values);
  summary.missingMass = missingMass(grid, temperature, summary.logPartition);
  return summary;
}

LikelihoodReport negativeLogLikelihood(const Energy& energy, ConstPointsRef points, const Lattice& lattice,
                                       double temperature) {
  requirePositiveTemperature(temperature);
  if (points.rows() != lattice.dimension())
    throw ArgumentError("The points and the grid differ in dimension.");
  const EnergyGrid grid = evaluateOnLattice(energy, lattice);
  LikelihoodReport report;
  report.logPartition = logPartition(grid, temperature);
  report.missingMass = missingMass(grid, temperature, report.logPartition);
  Vector energies(points.cols());
  parallelFor(points.cols(), 4096, [&](Index begin, Index end) {
    energy.evaluate(points.middleCols(begin, end - begin), energies.segment(begin, end - begin));
  });
  double sum = 0;
  Index inside = 0;
  for (Index i = 0; i < points.cols(); ++i) {
    if (!lattice.box.contains(points.col(i).data())) continue;
    if (!std::isfinite(energies[i])) throw NumericError("The energy of a data point is not finite.");
    sum += double(energies[i]) / temperature;
    ++inside;
  }
  report.pointsOutsideBox = points.cols() - inside;
  if (inside == 0) throw ArgumentError("No point lies inside the box, so there is no likelihood to report.");
  report.meanNegativeLogLikelihood = sum / double(inside) + report.logPartition;
  return report;
}

}  // namespace ebm
