// The settings a classifier is recommended with, for `ebmscape train --method classifier` and its tests: one
// place for the network, the schedule and Liu et al.'s fine-tuning terms at the toy's scale.
#pragma once

#include <cstdint>

#include "training/classifier_trainer.h"

namespace ebm {

/// Cross-entropy iterations of a run, and the energy fine-tuning iterations that follow it (about ten
/// seconds each on two cores).
constexpr Index kClassifierIterations = 2000;
constexpr Index kFinetuneIterations = 1500;

/// A 2→64→64→K SiLU classifier, Adam at η = 3·10⁻³ with a cosine schedule over `iterations`, batch 256,
/// weight averaging 0.99; the auxiliary outliers (2,000) around `train` as ood_points.h places them. With
/// `energyFinetune`, λ = 0.1 and the margins m_in = −7, m_out = −2 (Liu et al. use λ = 0.1, m_in = −25,
/// m_out = −7 for CIFAR-10's 10 classes; a 3-class toy's energies live nearer zero) and η = 10⁻³.
[[nodiscard]] ClassifierOptions recommendedClassifierOptions(const Points& train, int classes,
                                                             std::uint64_t seed, Index iterations,
                                                             bool energyFinetune);

}  // namespace ebm
