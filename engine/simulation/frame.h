// One published state of a running lesson: what the views and panels draw, immutable once made.
#pragma once

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/quadrature.h"
#include "core/types.h"
#include "data/standardization.h"
#include "energy/energy_grid.h"
#include "experiment/experiment.h"

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
  /// Basin crossings per particle per step since the temperature (or the landscape) last changed, and the
  /// particle-steps that rate is measured over: the points of a rate-versus-temperature chart.
  double crossingRate = 0;
  std::int64_t particleStepsAtTemperature = 0;
  /// The lowest barrier between two basins (ΔE of the Arrhenius law rate ∝ e^{−ΔE/T}); NaN with one basin.
  double barrier = 0;
  double meanEnergy = 0;
  /// Total-variation distance of the particles' energy histogram (pooled after a burn-in, see
  /// analysis/mixing_watch.h) to the Boltzmann prediction; NaN until judged. Above 0.1: not mixed yet,
  /// and `mixingAdvice` says what to do.
  double mixingDistance = NAN;
  double predictedMeanEnergy = NAN;  ///< the mean energy p_T predicts (binned)
  std::string mixingAdvice;          ///< empty unless judged and not mixed
};

/// A histogram of particle energies next to what the Boltzmann distribution at T predicts for the same bins.
struct EnergyHistogram {
  std::vector<double> binEdges;                   ///< B + 1 edges
  std::vector<double> particles;                  ///< B, fractions of the particles
  std::vector<double> boltzmann;                  ///< B, predicted fractions (empty if unavailable)
  double particlesBelow = 0, particlesAbove = 0;  ///< fractions outside the bins
  double boltzmannBelow = 0, boltzmannAbove = 0;
  /// The mixing verdict's histogram, pooled over recent snapshots (empty until judged), and its outside mass.
  std::vector<double> pooledParticles;
  double pooledBelow = 0, pooledAbove = 0;
};

/// Where the training run stands.
struct TrainingFrame {
  enum class State { Idle, Running, Paused, Finished, Stopped, Diverged };
  State state = State::Idle;
  std::int64_t iteration = 0, totalIterations = 0;
  double elapsedSeconds = 0, etaSeconds = -1;
  /// Metric history since the run started, one entry per recorded iteration (the charts' series).
  std::vector<double> iterations, loss, dataEnergy, negativeEnergy, heldOutNll, acceptanceRate;
  /// A classifier's share of its batch classified correctly, and of the held-out points (NaN where not
  /// measured; empty or all NaN for the other methods).
  std::vector<double> accuracy, heldOutAccuracy;
  std::string message;  ///< what happened (divergence and its likely fix, or "finished in …")
};

/// Anomaly detection at the current threshold: test points (held-out data, then anomalies) with labels
/// 0 = normal and passed, 1 = normal but flagged (false alarm), 2 = anomaly missed, 3 = anomaly caught.
struct AnomalyFrame {
  std::shared_ptr<const PointLayer> testPoints;
  std::vector<double> normalEnergies, anomalyEnergies;
  std::vector<double> rocFalseAlarm, rocDetection;
  double area = 0;  ///< AUC
  double threshold = 0;
  double calibratedThreshold = 0;
  double falseAlarmRate = 0;  ///< share of normal points flagged
  double missRate = 0;        ///< share of anomalies not flagged
  /// With several energies in the lesson, each one as a watchdog on the same points (the true density, an
  /// RBM, a network…): its ROC curve and area, for the chart's overlay; `watching` marks the one drawn.
  struct Watchdog {
    std::string name;
    std::vector<double> rocFalseAlarm, rocDetection;
    double area = 0;
    bool watching = false;
  };
  std::vector<Watchdog> watchdogs;
};

/// A classifier lesson's out-of-distribution detection (Liu et al. 2020): the energy score against the
/// max-softmax score on the held-out data and the test outliers (classifier/ood_evaluation.h).
struct OodFrame {
  /// One detector: its ROC curve (outliers flagged when the score is above the threshold), AUROC, FPR at 95%
  /// TPR and that threshold (energy: E; softmax: −max_y p(y|x), so the confidence threshold is −threshold).
  struct Score {
    std::vector<double> rocFalseAlarm, rocDetection;
    double auroc = 0, fpr95 = 0, threshold = 0;
  };
  double accuracy = 0;  ///< held-out accuracy of the classifier
  Score energy, softmax;
  bool showsSoftmax = false;  ///< the map shows the max-softmax score: the points and line below use it
  /// The test outliers (ring, then far points) labelled by the shown score at its 95%-TPR threshold:
  /// 2 = accepted as data (missed), 3 = flagged — the anomaly frame's colours.
  std::shared_ptr<const PointLayer> outliers;
  int ringCount = 0, farCount = 0;
  /// The shown score's threshold as a line: segments, columns 2s and 2s + 1 (see contourSegments).
  std::shared_ptr<const PointLayer> threshold;
};

/// Everything one frame shows. Big members are shared, so unchanged parts cost nothing to publish and the
/// GUI can skip re-uploading a layer whose pointer did not change.
struct Frame {
  std::uint64_t serial = 0;  ///< increases with every frame
  int dimension = 2;
  double temperature = 1;

  std::shared_ptr<const EnergyGrid> energyGrid;  ///< E on the view lattice (2D or 3D)
  std::shared_ptr<const EnergyGrid> shownGrid;   ///< what a 2D view draws: E, or p_T = e^{−E/T}/Z_T
  std::shared_ptr<const EnergyGrid> mapGrid;     ///< what the 2D map draws (shownGrid, or p_T beside E)
  bool mapShowsDensity = false;
  bool mapShowsConfidence = false;  ///< the map draws a classifier's max-softmax confidence (1/K … 1)
  bool showsDensity = false;
  std::vector<double> isoLevels;          ///< 3D: the isosurfaces' energies, lowest first
  std::shared_ptr<const Vector> density;  ///< 3D: normalized p_T on the lattice, for volume rendering
  PartitionSummary
      partition;  ///< log Z_T, F_T (in the data's units), missing mass (if partitionError is empty)
  std::string partitionError;  ///< why log Z could not be computed (NaN energies, unnormalizable NOT, …)
  /// The probability p_T puts where a rule of the composition is broken (by quadrature); NaN without a rule.
  double ruleBreakingMass = NAN;

  /// How engine coordinates read in the data's own units, and the axes' names. Every position in a frame is
  /// in engine units; fields are energies (unchanged by units) or densities per unit of the data's volume.
  DataAxes axes;
  std::shared_ptr<const PointLayer> data;
  std::shared_ptr<const PointLayer> markers;  ///< an experiment's labelled points (stored patterns, items, …)
  std::shared_ptr<const ParticleLayer> particles;
  std::shared_ptr<const PointLayer> negatives;     ///< the training negatives of the latest iteration
  std::shared_ptr<const PointLayer> replayBuffer;  ///< PCD's persistent negatives
  std::shared_ptr<const PointLayer> scoreAnchors;
  std::shared_ptr<const Points> scores;  ///< −∇E/T at the anchors, 2×M
  double scoreSpacing = 0;
  std::shared_ptr<const EnergyHistogram> histogram;
  /// The lowest point of the landscape (refined between grid nodes) and where it has been as a slider moved.
  std::shared_ptr<const PointLayer> minimum;
  std::shared_ptr<const PointLayer> minimumTrace;
  std::shared_ptr<const TrainingFrame> training;
  std::shared_ptr<const AnomalyFrame> anomaly;
  /// A classifier's decision boundaries as segments (columns 2s, 2s + 1), with E at each end; or null.
  std::shared_ptr<const PointLayer> boundaries;
  std::shared_ptr<const OodFrame> ood;
  /// The lesson's experiment (a kind's own frame type, see experiment/experiment.h), or null.
  std::shared_ptr<const ExperimentFrame> experiment;

  std::vector<std::string> messages;  ///< things the teacher should read (a run stopped, particles reset, …)
};

using FramePtr = std::shared_ptr<const Frame>;

}  // namespace ebm
