// The Sudoku energy a descent solves best: every 3×3 box holds a permutation of its missing digits, and the
// energy counts the digits missing from rows and columns; a move swaps two free cells of one box.
#pragma once

#include <memory>

#include "discrete/boltzmann_factors.h"
#include "sudoku/sudoku_domain.h"

namespace ebm::sudoku {

/// State: each box's free cells hold a permutation of the digits the box lacks (so boxes are always right).
///   E = Σ_rows (digits missing from the row) + Σ_columns (digits missing from the column),
/// so E ≥ 0 and E = 0 exactly when the board is solved. Row and column digit counts are kept up to date, so
/// the ΔE of a swap is a handful of look-ups: swapping x (cell a) and y (cell b) changes only the rows and
/// columns of a and b, where x and y can each go missing (count 1 → 0) or come back (0 → 1); ΔE ∈ [−4, 4].
///
/// Moves keep every cell on an allowed digit. Swaps alone then do not connect every arrangement of a box
/// (three cells allowed {1,2}, {2,3}, {3,1} hold 1,2,3 or 2,3,1 but no swap leads from one to the other —
/// boxes of AI Escargot split this way), so a move may also rotate three cells of a box (a's digit to b, b's
/// to c, c's to a), which joins every box of top95 and the famous hardest puzzles into one landscape. A
/// DiscreteSystem (discrete/discrete_system.h); copies are independent replicas sharing the domain.
class PermutationEnergy {
 public:
  using EnergyValue = int;
  static constexpr std::uint8_t kNoCell = 0xFF;
  struct Move {
    std::uint8_t a = 0, b = 0;  ///< free cells of one box: a swap of a and b, or with c
    std::uint8_t c = kNoCell;   ///< the rotation a → b → c → a
  };

  /// Starts with each box filled by its first allowed arrangement. Throws ArgumentError if some box has none
  /// (SudokuDomain::boxContradiction() names it).
  explicit PermutationEnergy(std::shared_ptr<const SudokuDomain> domain);

  [[nodiscard]] int energy() const { return energy_; }
  [[nodiscard]] int recomputeEnergy() const;
  [[nodiscard]] Index movesPerSweep() const { return Index(domain_->freeCells.size()); }

  /// A uniformly random free cell a and, uniformly, another free cell b of its box (a swap) or — one time in
  /// four, in boxes of three or more free cells — an ordered pair b, c (a rotation); a null move when a digit
  /// would land where it is not allowed. Symmetric: a swap is its own reverse, and the rotation (a; c, b)
  /// undoes (a; b, c) and is drawn as often.
  bool proposeMove(Random& random, Move& move) const;
  [[nodiscard]] int energyChange(const Move& move) const;
  void applyMove(const Move& move, int delta);
  void randomize(Random& random);

  /// The search sweep: movesPerSweep() times, pick a cell in conflict (a free cell whose digit repeats in a
  /// row or column that lacks a digit, the line drawn first and uniformly) and choose among staying and
  /// swapping it with each allowed partner of its box by Boltzmann weight e^{−ΔE/T} (a heat bath over those
  /// swaps) — or, one time in four, try a rotation of it with two random cells of its box by the Metropolis
  /// rule. Aiming at conflicts makes it a search move, not an exact sampler of e^{−E/T} — the
  /// symmetric Metropolis sweep is that. Stops at stopAt.
  Index heatBathSweep(Random& random, const BoltzmannFactors& factors, int stopAt);

  [[nodiscard]] const Board& board() const { return board_; }
  /// Other cells of the same row and column that hold this cell's digit (0 in a consistent cell).
  [[nodiscard]] int conflicts(int cell) const;
  [[nodiscard]] const SudokuDomain& domain() const { return *domain_; }

 private:
  void countAll();
  [[nodiscard]] bool allowedSwap(int a, int b) const;
  /// A rotation of a with two distinct other free cells of its box, drawn uniformly; false if the box has
  /// fewer than three free cells or a digit would land where it is not allowed.
  bool drawRotation(Random& random, int a, Move& move) const;
  [[nodiscard]] int rotationChange(const Move& move) const;
  /// A free cell whose digit is repeated in its row or column, or −1 when there is none (E = 0).
  [[nodiscard]] int conflictedCell(Random& random) const;
  void moveDigit(std::uint8_t* count, DigitSet& repeated, int line, int from, int to);

  std::shared_ptr<const SudokuDomain> domain_;
  Board board_{};
  std::uint8_t rowCount_[kSide][10] = {}, columnCount_[kSide][10] = {};
  /// Per row and column, the digits it holds more than once; and the lines with any (bits 0–8 rows, 9–17
  /// columns) — kept up to date by applyMove(), so a conflict is found without a scan of the board.
  DigitSet rowRepeats_[kSide] = {}, columnRepeats_[kSide] = {};
  std::uint32_t linesInConflict_ = 0;
  int energy_ = 0;
};

}  // namespace ebm::sudoku
