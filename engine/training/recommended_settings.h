// The settings each training method is recommended with: one place that `ebmscape train`, its quality table
// and the bench's quality mode share.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/box.h"
#include "training/dsm_trainer.h"
#include "training/nce_trainer.h"
#include "training/pcd_trainer.h"
#include "training/rbm_trainer.h"

namespace ebm {

/// The methods the program trains with.
enum class TrainingMethod { kPcd, kCd, kDsm, kNce, kRbm };

/// "pcd", "cd", "dsm", "nce", "rbm".
[[nodiscard]] std::string trainingMethodName(TrainingMethod method);
/// Throws ArgumentError for an unknown name (the message lists the known ones).
[[nodiscard]] TrainingMethod trainingMethodFromName(const std::string& name);
[[nodiscard]] std::vector<TrainingMethod> trainingMethods();

/// How long a run is planned to be; it sets the length of the learning-rate schedule. Exactly one of the two
/// should be > 0 (iterations win if both are).
struct TrainingBudget {
  Index iterations = 0;
  double seconds = 0;
};

/// The iterations of a run when none are asked for: about a minute of training on two cores for the neural
/// methods; a few seconds of the RBM's cheap iterations.
[[nodiscard]] Index recommendedIterations(TrainingMethod method);

/// The recommended settings (architecture 2→128→128→128→1 SiLU for the neural methods, Adam with a cosine
/// schedule to 2% and a 1% warm-up, weight averaging 0.999):
///   PCD/CD: η = 3·10⁻³, batch 256, K = 20 Langevin steps of ε = 0.01 at T = 1, λ = 0.1, buffer 10,000
///   DSM:    η = 2·10⁻³, batch 1,024, σ = 0.1
///   NCE:    η = 4·10⁻³, batch 512, ν = 4 noise samples per data point from the fitted Gaussian
///   RBM:    64 hidden units, CD-1, learned σ starting at 0.1 of the data's deviation, η = 10⁻², batch 256
/// `box` is where negatives live and what quadrature integrates; its dimension is the network's.
[[nodiscard]] PcdOptions recommendedPcdOptions(const Box& box, std::uint64_t seed,
                                               const TrainingBudget& budget,
                                               bool contrastiveDivergence = false);
[[nodiscard]] DsmOptions recommendedDsmOptions(const Box& box, std::uint64_t seed,
                                               const TrainingBudget& budget);
[[nodiscard]] NceOptions recommendedNceOptions(const Box& box, std::uint64_t seed,
                                               const TrainingBudget& budget);
[[nodiscard]] RbmOptions recommendedRbmOptions(std::uint64_t seed, const TrainingBudget& budget);

/// A trainer of `method` with the recommended settings on `train` (D × N points, D = box.dimension). Throws
/// ArgumentError / DataError as the trainers' constructors.
[[nodiscard]] std::unique_ptr<Trainer> makeRecommendedTrainer(TrainingMethod method, const Points& train,
                                                              const Box& box, std::uint64_t seed,
                                                              const TrainingBudget& budget);

}  // namespace ebm
