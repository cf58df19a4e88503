// The one-hot (Potts) formulation of a Sudoku: 81 cells, each one of 9 digits (729 binary units, one on per
// cell), penalized for every pair of peers that share a digit — the same problem on a worse landscape.
#pragma once

#include <memory>

#include "discrete/boltzmann_factors.h"
#include "sudoku/sudoku_domain.h"

namespace ebm::sudoku {

/// State: each free cell holds one of its allowed digits (a Potts spin s_i ∈ {1…9}, i.e. units x_{i,d} with
/// Σ_d x_{i,d} = 1). With n_{u,d} the number of cells of unit u (row, column or box) holding d,
///   E = Σ_u Σ_d n_{u,d}(n_{u,d} − 1)/2,
/// the pairs of cells of one unit that hold the same digit (a pair sharing a row and a box counts twice) —
/// half the quadratic one-hot penalty Σ_u Σ_d (Σ_{i∈u} x_{i,d} − 1)². E = 0 exactly when solved. Unlike the
/// permutation energy, boxes can be wrong too, and a single cell change is a move: the landscape is larger
/// and its traps more numerous. A DiscreteSystem; copies are independent replicas sharing the domain.
class PottsEnergy {
 public:
  using EnergyValue = int;
  struct Move {
    std::uint8_t cell = 0, digit = 0;  ///< a free cell and its new digit
  };

  explicit PottsEnergy(std::shared_ptr<const SudokuDomain> domain);

  [[nodiscard]] int energy() const { return energy_; }
  [[nodiscard]] int recomputeEnergy() const;
  [[nodiscard]] Index movesPerSweep() const { return Index(domain_->freeCells.size()); }

  /// A uniformly random free cell and a uniformly random other allowed digit for it (symmetric); a null move
  /// for a cell with one allowed digit.
  bool proposeMove(Random& random, Move& move) const;
  /// Changing x to y in cell i: ΔE = Σ_{u ∋ i} (n_{u,y} − (n_{u,x} − 1)).
  [[nodiscard]] int energyChange(const Move& move) const;
  void applyMove(const Move& move, int delta);
  /// Every free cell an allowed digit uniformly at random.
  void randomize(Random& random);

  /// Heat-bath Gibbs sampling (Glauber dynamics): movesPerSweep() times, a uniformly random free cell takes
  /// digit d with probability ∝ e^{−E_d/T}, E_d its energy with d — the exact conditional Boltzmann
  /// distribution, so this sweep samples e^{−E/T}. Stops at stopAt.
  Index heatBathSweep(Random& random, const BoltzmannFactors& factors, int stopAt);

  [[nodiscard]] const Board& board() const { return board_; }
  /// Other cells of the same row, column and box that hold this cell's digit (once per shared unit).
  [[nodiscard]] int conflicts(int cell) const;
  [[nodiscard]] const SudokuDomain& domain() const { return *domain_; }

 private:
  void countAll();
  void setDigit(int cell, int digit);
  [[nodiscard]] int peersHolding(int cell, int digit) const;

  std::shared_ptr<const SudokuDomain> domain_;
  Board board_{};
  std::uint8_t count_[3][kSide][10] = {};  ///< [rows, columns, boxes][unit][digit]
  int energy_ = 0;
};

}  // namespace ebm::sudoku
