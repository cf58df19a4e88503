// A particle system: particles sampling an energy on both cores, with trails, divergence handling and
// counts of jumps between basins — the moving dots of every lesson.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "analysis/basins.h"
#include "core/box.h"
#include "energy/energy.h"
#include "sampling/basin_transitions.h"
#include "sampling/particle_snapshot.h"
#include "sampling/sampler.h"

namespace ebm {

/// How many particles, where they start, and what they remember.
struct ParticleSystemSettings {
  static constexpr Index kMaxParticles = 1'000'000;
  static constexpr int kMaxTrailLength = 1000;

  Index particleCount = 1000;  ///< 1 … kMaxParticles
  /// Uniform resets draw in this box; walls sit on its faces; its dimension (2 or 3) is the particles'.
  Box box;
  std::uint64_t seed =
      0;  ///< the same seed, settings and calls give bit-identical particles on any thread count
  int trailLength = 0;    ///< positions remembered per particle for drawing trajectories (0 = no trails)
  int trailInterval = 1;  ///< record a trail position every this many steps
  /// A particle farther than this from the box's centre counts as diverged and is re-seeded.
  /// 0 = automatic: 100 × the box's half-diagonal.
  double escapeRadius = 0;

  /// Throws ArgumentError: particle count outside 1 … kMaxParticles, invalid box, trail length outside
  /// 0 … kMaxTrailLength, trail interval < 1, negative escape radius.
  void validate() const;
  [[nodiscard]] double effectiveEscapeRadius() const;
};

/// Particles x₁ … x_N that a sampler moves on an energy at temperature T.
///
/// Stepping splits the particles into fixed chunks of kParticlesPerChunk, spread over the cores with
/// parallelFor; chunk c draws from its own Random(seed, c), so results depend only on the seed, the settings
/// and the sequence of calls — never on the thread count or on how steps are grouped into step() calls.
/// E and ∇E are cached per particle, so a ULA or MALA step costs one gradient evaluation and energies()
/// always belong to the current positions. No memory is allocated by step() in steady state (given an energy
/// that does not allocate).
///
/// Divergence: after every step, a particle whose position, energy or gradient is NaN/Inf, or that is
/// farther than the escape radius from the box's centre, is re-seeded uniformly in the box and counted.
/// Re-seeding draws from its own random stream, so the other particles' trajectories are exactly those they
/// would have had without it.
///
/// Threads: one thread (the worker that owns the system) calls everything except requestStop(), which any
/// thread may call. Snapshots are copies: hand them to the GUI.
class ParticleSystem {
 public:
  static constexpr Index kParticlesPerChunk = 512;
  /// step() checks requestStop() between rounds of this many steps.
  static constexpr Index kStepsPerRound = 8;

  /// Particles placed uniformly in the box. Throws ArgumentError for a null energy, invalid settings or an
  /// energy whose dimension differs from the box's.
  ParticleSystem(EnergyPtr energy, const ParticleSystemSettings& settings,
                 const SamplerSettings& sampler = SamplerSettings{});
  ~ParticleSystem();
  ParticleSystem(const ParticleSystem&) = delete;
  ParticleSystem& operator=(const ParticleSystem&) = delete;

  /// A new landscape under the same particles (a slider moved). Their energies are re-evaluated at once.
  /// Basins belong to a landscape: give the new landscape's with setBasins(). Throws ArgumentError for a null
  /// energy or a dimension mismatch.
  void setEnergy(EnergyPtr energy);
  /// Switches sampler or its settings; the particles stay where they are and an annealing schedule starts
  /// from its first stage. Throws ArgumentError (SamplerSettings::validate()).
  void setSampler(const SamplerSettings& sampler);
  /// The temperature slider: T for ULA, MALA and HMC (annealed Langevin follows its schedule).
  /// Throws ArgumentError for T ≤ 0.
  void setTemperature(double temperature);
  /// The step-size control: ε for ULA, MALA and HMC. Throws ArgumentError for ε ≤ 0.
  void setStepSize(double stepSize);
  /// Basins to watch for transitions (nullptr: stop watching). Clears every particle's commitment and the
  /// transition counts. Throws ArgumentError if the basins' lattice has another dimension.
  void setBasins(std::shared_ptr<const Basins> basins);
  /// Trail length and recording interval; clears the trails (the current positions become their start).
  /// Throws ArgumentError as ParticleSystemSettings::validate().
  void setTrails(int length, int interval = 1);
  /// The seed the next reset uses.
  void setSeed(std::uint64_t seed);
  /// A new number of particles, placed uniformly in the box (allocates). Throws ArgumentError.
  void setParticleCount(Index count);

  /// Places every particle uniformly at random in the box (from the seed) and clears the counters.
  void resetUniform();
  /// Places the particles exactly at `points` (D×N; the particle count becomes N). Throws ArgumentError for a
  /// dimension mismatch or no points, DataError for a non-finite point.
  void resetTo(ConstPointsRef points);
  /// Starts the particles at data points (D×M), drawn with replacement from the seed; the count stays.
  /// Throws as resetTo().
  void resetFromData(ConstPointsRef data);

  /// Advances every particle by `steps` steps; returns the number of steps taken (fewer only if
  /// requestStop() was called during this call). Throws ArgumentError for steps < 0. Rethrows what the energy
  /// throws, after the round in progress ends; chunks may then be up to a round apart: reset before going on.
  Index step(Index steps = 1);
  /// Asks the step() in progress (if any) to return after its current round of ≤ kStepsPerRound steps.
  /// Safe from any thread; has no effect on later calls.
  void requestStop() { stopRequested_.store(true, std::memory_order_relaxed); }

  [[nodiscard]] int dimension() const { return settings_.box.dimension; }
  [[nodiscard]] Index particleCount() const { return positions_.cols(); }
  [[nodiscard]] const Box& box() const { return settings_.box; }
  [[nodiscard]] const EnergyPtr& energy() const { return energy_; }
  [[nodiscard]] const SamplerSettings& sampler() const { return sampler_->settings(); }
  [[nodiscard]] const ParticleSystemSettings& settings() const { return settings_; }
  [[nodiscard]] const std::shared_ptr<const Basins>& basins() const { return basins_; }

  /// D×N positions, one particle per column.
  [[nodiscard]] const Points& positions() const { return positions_; }
  /// E at every particle (of the annealing stage's energy while annealing).
  [[nodiscard]] const Vector& energies() const { return energies_; }
  [[nodiscard]] double meanEnergy() const;
  /// Every particle's committed basin (−1: none yet); all −1 without basins.
  [[nodiscard]] const std::vector<std::int32_t>& committedBasins() const { return committed_; }
  [[nodiscard]] ParticleCounters counters() const;
  /// The transition counts per pair of basins since basins were set or the last reset.
  [[nodiscard]] TransitionTally transitions() const;
  /// The annealing stage the next step will use (0 for the other samplers).
  [[nodiscard]] int annealingStage() const;
  /// Trail blocks currently held (≤ trail length).
  [[nodiscard]] int trailCount() const;
  /// The trails in drawing order, as ParticleSnapshot::trails (resizes `out` only if its size differs).
  void copyTrails(Points& out) const;

  /// Fills `out`, reusing its buffers when the sizes match (no allocation for a GUI that recycles snapshots).
  void snapshot(ParticleSnapshot& out, bool withTrails = true) const;
  [[nodiscard]] ParticleSnapshot snapshot(bool withTrails = true) const;

 private:
  struct Chunk;

  void allocate(Index count);
  void startOver();  // reseed chunks, clear counters and trails, re-evaluate the caches
  void refreshCaches();
  void restartTrails();
  void advanceChunk(Chunk& chunk);
  void placeUniformly(Random& random, Index first, Index last);
  void reseedDiverged(Chunk& chunk, const StepPlan& plan);
  void watchBasins(Chunk& chunk);
  void recordTrail(const Chunk& chunk, int slab);
  void fillTrail(Index particle);
  [[nodiscard]] Index scheduleStep() const { return stepCount_ - samplerOrigin_; }

  EnergyPtr energy_;
  ParticleSystemSettings settings_;
  std::unique_ptr<Sampler> sampler_;
  std::shared_ptr<const Basins> basins_;
  double escapeRadiusSquared_ = 0;

  Points positions_;
  Vector energies_;
  Points gradients_;
  std::vector<std::int32_t> committed_;
  std::vector<Chunk> chunks_;

  Points trailRing_;  // slab s = columns [s·N, (s+1)·N): the recordings r with r mod K = s
  Index trailOrigin_ = 0;

  Index stepCount_ = 0;
  Index samplerOrigin_ = 0;
  Index roundFirstStep_ = 0, roundSteps_ = 0;
  ParticleCounters lastCall_;
  std::atomic<bool> stopRequested_{false};
};

}  // namespace ebm
