#include "hopfield/hopfield_network.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/errors.h"

namespace ebm::hopfield {

StorageRule storageRuleFromName(const std::string& name) {
  if (name == "hebbian") return StorageRule::kHebbian;
  if (name == "pseudo-inverse") return StorageRule::kPseudoInverse;
  throw ArgumentError("The storage rule is \"" + name + "\"; the rules are hebbian and pseudo-inverse.");
}

const char* storageRuleName(StorageRule rule) {
  return rule == StorageRule::kHebbian ? "hebbian" : "pseudo-inverse";
}

Couplings hebbianCouplings(const Patterns& patterns) {
  const double n = double(patterns.rows());
  Couplings w = (patterns * patterns.transpose()) / n;
  w.diagonal().setZero();
  return w;
}

Couplings pseudoInverseCouplings(const Patterns& patterns) {
  const double n = double(patterns.rows());
  // The patterns' correlation matrix C = ΞᵀΞ/N; a pseudo-inverse (not an inverse) so that a pattern stored
  // twice, or one that is a mix of others, does not break the rule.
  const Eigen::MatrixXd c = (patterns.transpose() * patterns) / n;
  const Eigen::MatrixXd cInverse = c.completeOrthogonalDecomposition().pseudoInverse();
  Couplings w = (patterns * cInverse * patterns.transpose()) / n;
  w = (w + w.transpose()) / 2;  // exactly symmetric, as the energy needs
  w.diagonal().setZero();
  return w;
}

Couplings storePatterns(const Patterns& patterns, StorageRule rule) {
  if (patterns.cols() == 0) return Couplings::Zero(patterns.rows(), patterns.rows());
  return rule == StorageRule::kHebbian ? hebbianCouplings(patterns) : pseudoInverseCouplings(patterns);
}

double hopfieldEnergy(const Couplings& couplings, const State& state) {
  return -0.5 * state.dot(couplings * state);
}

HopfieldSystem::HopfieldSystem(std::shared_ptr<const Couplings> couplings, const State& state)
    : couplings_(std::move(couplings)) {
  if (!couplings_ || couplings_->rows() != couplings_->cols() || couplings_->rows() != state.size())
    throw ArgumentError("A Hopfield state needs one unit per row of the couplings.");
  setState(state);
}

void HopfieldSystem::setState(const State& state) {
  if (state.size() != couplings_->rows())
    throw ArgumentError("A Hopfield state needs one unit per row of the couplings.");
  state_ = state;
  fields_ = *couplings_ * state_;
  energy_ = -0.5 * state_.dot(fields_);
}

void HopfieldSystem::flip(Index unit) {
  state_[unit] = -state_[unit];
  // hⱼ = Σₖ wⱼₖ sₖ changes by wⱼᵢ·(new − old) = 2 wⱼᵢ sᵢ(new).
  fields_.noalias() += (2 * state_[unit]) * couplings_->col(unit);
}

void HopfieldSystem::applyMove(const Move& move, double delta) {
  flip(move.unit);
  energy_ += delta;
}

void HopfieldSystem::randomize(Random& random) {
  State s(state_.size());
  for (Index i = 0; i < s.size(); ++i)
    s[i] = random.bernoulli(0.5) ? 1.0 : -1.0;
  setState(s);
}

bool HopfieldSystem::updateUnit(Index unit, double temperature, Random& random) {
  const double h = fields_[unit];
  double wanted = state_[unit];
  if (temperature <= 0) {
    if (h != 0) wanted = h > 0 ? 1.0 : -1.0;
  } else {
    wanted = random.uniform() < 1.0 / (1.0 + std::exp(-2 * h / temperature)) ? 1.0 : -1.0;
  }
  if (wanted == state_[unit]) return false;
  const double delta = energyChange({unit});
  flip(unit);
  energy_ += delta;
  return true;
}

Index HopfieldSystem::heatBathSweep(Random& random, const BoltzmannFactors& factors, double stopAt) {
  Index changed = 0;
  for (Index m = 0; m < movesPerSweep(); ++m) {
    if (!updateUnit(Index(random.below(std::uint64_t(size()))), factors.temperature(), random)) continue;
    ++changed;
    if (energy_ <= stopAt) break;
  }
  return changed;
}

Eigen::VectorXd overlaps(const Patterns& patterns, const State& state) {
  return (patterns.transpose() * state) / double(state.size());
}

Patterns randomPatterns(Index neurons, Index count, Random& random) {
  Patterns p(neurons, count);
  for (Index mu = 0; mu < count; ++mu) {
    for (Index i = 0; i < neurons; ++i)
      p(i, mu) = random.bernoulli(0.5) ? 1.0 : -1.0;
  }
  return p;
}

State corrupt(const State& pattern, double fraction, Random& random) {
  const Index n = pattern.size();
  const Index flips = std::clamp(Index(std::lround(std::clamp(fraction, 0.0, 1.0) * double(n))), Index(0), n);
  std::vector<Index> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), Index(0));
  // A partial Fisher–Yates shuffle: the first `flips` entries are a uniformly random subset.
  for (Index k = 0; k < flips; ++k)
    std::swap(order[std::size_t(k)], order[std::size_t(k + Index(random.below(std::uint64_t(n - k))))]);
  State cue = pattern;
  for (Index k = 0; k < flips; ++k)
    cue[order[std::size_t(k)]] = -cue[order[std::size_t(k)]];
  return cue;
}

}  // namespace ebm::hopfield
