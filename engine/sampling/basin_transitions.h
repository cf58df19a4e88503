// Counting particle jumps between basins so that a particle jittering on a ridge is not counted at all.
#pragma once

#include <cstdint>
#include <vector>

#include "core/types.h"

namespace ebm {

/// The committed (core-to-core) rule, as in core-set Markov state models. Every particle carries the basin
/// it is committed to (−1: none yet). When it stands in the *core* of a basin B (the lower part of the
/// valley, see BasinSettings::coreFraction) it commits to B; if it was committed to another basin A, that is
/// one transition A → B. Outside every core nothing changes. So a particle must fall a fixed fraction of the
/// way down into B before a jump counts, and one that hovers on the ridge between A and B — or crosses into
/// B's slope and comes back — is never counted; a genuine round trip A → B → A counts twice. The first
/// commitment after a reset counts nothing. Returns the basin the particle left (≥ 0) when a transition
/// happened, −1 otherwise.
inline int commitToCore(std::int32_t& committed, int core) {
  if (core < 0 || core == committed) return -1;
  const int from = committed;
  committed = core;
  return from;
}

/// Transition counts of a set of particles: the total, and the from × to matrix when there are few basins.
class TransitionTally {
 public:
  /// Above this many basins only the total is kept (the matrix would be mostly noise and memory).
  static constexpr int kMaxMatrixBasins = 32;

  /// Forgets all counts and prepares for `basinCount` basins (allocates here, never in add()).
  void clear(int basinCount) {
    total_ = 0;
    basinCount_ = basinCount;
    matrix_.assign(basinCount <= kMaxMatrixBasins ? std::size_t(basinCount) * std::size_t(basinCount) : 0, 0);
  }
  void add(int from, int to) {
    ++total_;
    if (!matrix_.empty()) ++matrix_[std::size_t(from) * std::size_t(basinCount_) + std::size_t(to)];
  }
  /// Adds another tally over the same basins.
  void merge(const TransitionTally& other) {
    total_ += other.total_;
    for (std::size_t k = 0; k < matrix_.size() && k < other.matrix_.size(); ++k)
      matrix_[k] += other.matrix_[k];
  }

  [[nodiscard]] Index total() const { return total_; }
  [[nodiscard]] int basinCount() const { return basinCount_; }
  /// Row-major from × to counts (basinCount² entries), or empty above kMaxMatrixBasins basins.
  [[nodiscard]] const std::vector<Index>& matrix() const { return matrix_; }
  [[nodiscard]] Index between(int from, int to) const {
    return matrix_.empty() ? 0 : matrix_[std::size_t(from) * std::size_t(basinCount_) + std::size_t(to)];
  }

 private:
  Index total_ = 0;
  int basinCount_ = 0;
  std::vector<Index> matrix_;
};

}  // namespace ebm
