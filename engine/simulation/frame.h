// One published state of a running lesson: what the views and panels draw, immutable once made.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/energy_grid.h"
#include "analysis/quadrature.h"
#include "core/types.h"

namespace ebm {

/// A set of points with the field value at each (for its height on a landscape) and optional class labels.
struct PointLayer {
  Points positions;                ///< D×N
  std::vector<float> fieldValues;  ///< the shown field (E or p_T) at each point, N (2D only)
  std::vector<float> energies;     ///< E at each point, N
  std::vector<int> labels;         ///< N, or empty
};

/// The particles, with what the sampler panel shows about them.
struct ParticleLayer : PointLayer {
  Points trails;                   ///< D×(N·K), particle-major, oldest → newest; empty without trails
  std::vector<float> trailValues;  ///< field value at every trail vertex (2D)
  int trailLength = 0;
  std::int64_t steps = 0;           ///< sampler steps taken since the last reset
  std::int64_t divergedResets = 0;  ///< particles that became NaN/∞ and were put back in the box
  std::int64_t basinCrossings = 0;  ///< jumps between basins of attraction since the last reset
  double acceptanceRate = -1;       ///< MALA/HMC; −1 for samplers without an accept step
  double meanEnergy = 0;
};

/// A histogram of particle energies next to what the Boltzmann distribution at T predicts for the same bins.
struct EnergyHistogram {
  std::vector<double> binEdges;   ///< B + 1 edges
  std::vector<double> particles;  ///< B, fractions of the particles
  std::vector<double> boltzmann;  ///< B, predicted fractions (empty if unavailable)
};

/// Where the training run stands.
struct TrainingFrame {
  enum class State { Idle, Running, Paused, Finished, Stopped, Diverged };
  State state = State::Idle;
  std::int64_t iteration = 0, totalIterations = 0;
  double elapsedSeconds = 0, etaSeconds = -1;
  /// Metric history since the run started, one entry per recorded iteration (the charts' series).
  std::vector<double> iterations, loss, dataEnergy, negativeEnergy, heldOutNll, acceptanceRate;
  std::string message;  ///< what happened (divergence and its likely fix, or "finished in …")
};

/// Everything one frame shows. Big members are shared, so unchanged parts cost nothing to publish and the
/// GUI can skip re-uploading a layer whose pointer did not change.
struct Frame {
  std::uint64_t serial = 0;  ///< increases with every frame
  int dimension = 2;
  double temperature = 1;

  std::shared_ptr<const EnergyGrid> energyGrid;  ///< E on the view lattice (2D or 3D)
  std::shared_ptr<const EnergyGrid> shownGrid;   ///< what a 2D view draws: E, or p_T = e^{−E/T}/Z_T
  bool showsDensity = false;
  std::vector<double> isoLevels;          ///< 3D: the isosurfaces' energies, lowest first
  std::shared_ptr<const Vector> density;  ///< 3D: normalized p_T on the lattice, for volume rendering
  PartitionSummary partition;             ///< log Z_T, F_T, missing mass (valid if partitionError is empty)
  std::string partitionError;  ///< why log Z could not be computed (NaN energies, unnormalizable NOT, …)

  std::shared_ptr<const PointLayer> data;
  std::shared_ptr<const ParticleLayer> particles;
  std::shared_ptr<const PointLayer> negatives;  ///< the training negatives of the latest iteration
  std::shared_ptr<const PointLayer> scoreAnchors;
  std::shared_ptr<const Points> scores;  ///< −∇E/T at the anchors, 2×M
  double scoreSpacing = 0;
  std::shared_ptr<const EnergyHistogram> histogram;
  std::shared_ptr<const TrainingFrame> training;

  std::vector<std::string> messages;  ///< things the teacher should read (a run stopped, particles reset, …)
};

using FramePtr = std::shared_ptr<const Frame>;

}  // namespace ebm
