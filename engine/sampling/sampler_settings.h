// Which sampler moves the particles and with what settings: what the GUI's sampler panel edits.
#pragma once

#include <string>
#include <string_view>

#include "sampling/annealing.h"
#include "sampling/walls.h"

namespace ebm {

/// The samplers a teacher can switch between.
enum class SamplerKind {
  Ula,      ///< unadjusted Langevin: fast, biased by O(ε)
  Mala,     ///< Metropolis-adjusted Langevin: exact, reports an acceptance rate
  Hmc,      ///< Hamiltonian Monte Carlo: long moves, exact, reports an acceptance rate
  Annealed  ///< ULA through a schedule of temperatures or noise levels
};

/// "ULA", "MALA", "HMC", "annealed Langevin".
[[nodiscard]] const char* samplerName(SamplerKind kind);
/// The kind for a lesson's or command line's name: "ula", "mala", "hmc" or "annealed" (any case).
/// Throws ArgumentError listing the choices.
[[nodiscard]] SamplerKind samplerKindFromName(std::string_view name);

/// Everything a sampler needs besides the energy and the box. Defaults are a sensible ULA at T = 1.
struct SamplerSettings {
  SamplerKind kind = SamplerKind::Ula;
  /// ε: the Langevin step for ULA and MALA (x moves about √ε per step), the leapfrog step for HMC.
  /// Annealed Langevin takes its steps from the schedule.
  double stepSize = 0.01;
  /// T > 0: the particles sample p_T ∝ exp(−E/T). Annealed Langevin takes its temperatures from the schedule.
  double temperature = 1.0;
  /// If > 0, every gradient is scaled down to at most this norm (0 = off). Tames steep walls; MALA and HMC
  /// stay exact, ULA's bias changes.
  double gradientClip = 0.0;
  /// L: leapfrog steps per HMC transition (1 … 1000).
  int leapfrogSteps = 10;
  Walls walls = Walls::None;
  /// The stages of annealed Langevin (used only when kind == Annealed).
  AnnealingSchedule schedule;

  /// Throws ArgumentError with a sentence a teacher can act on: ε ≤ 0, T ≤ 0, negative clipping, L outside
  /// 1 … 1000, or an invalid or empty schedule for annealed Langevin.
  void validate() const;

  /// True for the samplers with a Metropolis test (MALA, HMC): the ones with an acceptance rate.
  [[nodiscard]] bool hasAcceptanceTest() const {
    return kind == SamplerKind::Mala || kind == SamplerKind::Hmc;
  }
  /// One line for a status bar, e.g. "MALA, ε = 0.01, T = 1".
  [[nodiscard]] std::string describe() const;
};

}  // namespace ebm
