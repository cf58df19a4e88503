// The inside of a Simulation, shared by its source files (not part of the engine's public headers).
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include "analysis/basins.h"
#include "analysis/component_grids.h"
#include "analysis/histogram.h"
#include "analysis/mixing_watch.h"
#include "classifier/classifier_energy.h"
#include "classifier/classifier_loss.h"
#include "data/data_set.h"
#include "data/standardization.h"
#include "experiment/experiment.h"
#include "jobs/progress.h"
#include "sampling/particle_system.h"
#include "simulation/simulation.h"
#include "training/network_trainer.h"
#include "training/trainer.h"

namespace ebm {

using SteadyClock = std::chrono::steady_clock;

struct Simulation::State {
  Lesson lesson;

  // Data: everything shown, split into training points and held-out points for the NLL, in engine units.
  DataSet data;
  Points train, heldOut;
  DataAxes axes;           ///< the data's own units and column names, for everything a person reads
  double logJacobian = 0;  ///< axes.standardization.logJacobian(): densities and NLLs in the data's units
  /// log Z_T in the data's units (the engine's plus the log-Jacobian): what densities are normalized by.
  [[nodiscard]] double dataLogPartition() const { return partition.logPartition + logJacobian; }
  std::vector<int> trainLabels, heldOutLabels;  ///< the split's labels (empty for unlabelled data)
  std::shared_ptr<const PointLayer> dataLayer;

  // Energies: the leaves built from the specs (a trained one replaced by the trainer's snapshot), the
  // composition drawn and sampled, and the cached leaf grids on the view lattice.
  std::vector<EnergyPtr> specComponents;  ///< as the lesson's specs describe them
  std::vector<EnergyPtr> components;      ///< what is composed: noise-smoothed / trained versions
  EnergyPtr energy;
  Lattice lattice;
  std::unique_ptr<ComponentGrids> grids;
  std::shared_ptr<const EnergyGrid> energyGrid, shownGrid, mapGrid;
  std::shared_ptr<const Vector> density;
  std::vector<double> isoLevels;
  PartitionSummary partition;
  std::string partitionError;
  double ruleBreakingMass = NAN;  ///< p_T's mass where a rule in the composition is broken
  void measureRuleBreaking();
  std::shared_ptr<const Basins> basins;
  std::optional<HistogramBins> histogramBins;
  std::shared_ptr<const Histogram> boltzmann;
  std::shared_ptr<const PointLayer> scoreAnchors;
  std::shared_ptr<const Points> scores;
  std::shared_ptr<const PointLayer> minimum, minimumTrace;
  Points trace;  ///< the minimum's past positions since the landscape's structure last changed
  void locateMinimum(bool extendTrace);
  double scoreSpacing = 0;

  // Particles.
  std::unique_ptr<ParticleSystem> particles;
  ParticleSnapshot snapshot;
  Index transitionsAtMark = 0, stepsWatchedAtMark = 0;  ///< counters when T or the landscape last changed
  void markCrossings();
  MixingWatch mixing;  ///< do the particles sample p_T yet (restarted with the crossings' mark)
  void watchMixing(ParticleLayer& layer);

  // Training.
  std::unique_ptr<Trainer> trainer;
  TrainingFrame training;
  std::optional<Progress> progress;
  bool trainingActive = false;
  SteadyClock::time_point lastModelRefresh{}, lastLikelihood{};
  bool trainedSpecPending = false;
  std::shared_ptr<const PointLayer> negatives, replayBuffer;
  SteadyClock::time_point lastBufferCopy{};

  // Anomaly detection.
  Points anomalies;
  std::shared_ptr<const AnomalyFrame> anomalyLayer;
  void buildAnomalies();
  void refreshAnomalies();
  void addWatchdogs(AnomalyFrame& frame) const;
  /// Everything that scores points by the energy: anomalies and out-of-distribution detection.
  void refreshDetectors();

  // A classifier's views and its out-of-distribution detection (simulation_classifier.cpp).
  std::shared_ptr<const EnergyGrid> confidenceGrid;  ///< max-softmax on the lattice, or null
  std::shared_ptr<const PointLayer> boundaries;
  Points oodPoints;
  std::shared_ptr<const OodFrame> oodLayer;
  /// The composed energy as a classifier, or null when the landscape is not a classifier's.
  [[nodiscard]] const ClassifierEnergy* classifier() const;
  void refreshDecisionMap(bool energyChanged);
  void refreshOod();

  // The experiment (simulation_experiment.cpp): a lesson that is not (only) a density.
  std::unique_ptr<Experiment> experiment;
  std::shared_ptr<const ExperimentFrame> experimentLayer;
  std::shared_ptr<const PointLayer> experimentMarkers, experimentPath, experimentState;
  /// True when the lesson has energies: a density with particles, training and quadrature. False for a lesson
  /// that is only an experiment (its landscape comes from the experiment).
  [[nodiscard]] bool hasDensity() const { return !lesson.energies.empty(); }
  [[nodiscard]] ExperimentContext experimentContext() const;
  void buildExperiment();
  void updateExperiment(const std::string& previousKind);
  /// Adopts the experiment's newest frame (if it changed, or `always`); true if there was one.
  bool takeExperimentFrame(bool always);
  [[nodiscard]] std::shared_ptr<const PointLayer> experimentPoints(const Points& points,
                                                                   const std::vector<int>& labels) const;

  // Frames.
  std::uint64_t serial = 0;
  bool changed = true;         ///< anything at all since the last frame
  bool particlesMoved = true;  ///< new particle positions since the last frame
  std::vector<std::string> messages;
  std::shared_ptr<const ParticleLayer> particleLayer;
  std::shared_ptr<const TrainingFrame> trainingLayer;
  std::shared_ptr<const EnergyHistogram> histogramLayer;

  // simulation_field.cpp
  void buildData();
  void buildComponents();
  void applyNoiseLevel();
  [[nodiscard]] std::vector<EnergyPtr> componentsAtNoise(double sigma) const;
  [[nodiscard]] bool noiseAware() const;
  void compose();
  void rebuildLattice();
  void refreshField(bool energyChanged);
  void refreshScoreField();
  [[nodiscard]] float shownValue(float energy) const;
  [[nodiscard]] std::shared_ptr<const PointLayer> pointLayer(const Points& points,
                                                             const std::vector<int>& labels) const;

  // simulation_particles.cpp
  [[nodiscard]] SamplerSettings samplerSettings() const;
  void buildParticles();
  void resetParticles();

  // simulation_training.cpp
  void createTrainer();
  [[nodiscard]] std::unique_ptr<Trainer> classifierTrainer(const std::function<void(TrainerOptions&)>& fill);
  [[nodiscard]] EnergyMargins classifierMargins() const;
  void trainFor(double seconds, Index maxIterations = -1);
  void refreshTrainedModel();
  void measureLikelihood();
  void endRun(TrainingFrame::State state, const std::string& message);

  // simulation_watch.cpp: runaway numbers, each reported once until a slider or reset gives them a new chance
  bool runawayReported = false;    ///< particles diverged and the teacher was told
  int calmSteps = 0;               ///< step() calls without a diverged particle since the last one
  bool landscapeReported = false;  ///< the grid holds NaN/−∞ and the teacher was told
  bool strandedReported = false;   ///< particles at runaway energies and the teacher was told
  bool rangeReported = false;      ///< the grid's energies span more than a landscape can show
  void watchParticles();
  void watchLandscape();
  void watchEnergyRange();

  // simulation_frame.cpp
  [[nodiscard]] FramePtr makeFrame();
};

}  // namespace ebm
