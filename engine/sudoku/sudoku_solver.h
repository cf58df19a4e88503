// A Sudoku solved by energy descent, step by step: propagation of forced digits, then annealing, parallel
// tempering or the Potts formulation — an object a window can advance a few milliseconds at a time and draw.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "discrete/discrete_search.h"
#include "discrete/discrete_system.h"
#include "sudoku/sudoku_propagation.h"

namespace ebm::sudoku {

/// The energy and the search that descends it.
enum class SudokuMethod {
  kAnneal,     ///< permutation energy, independent annealing chains with automatic reheats
  kTempering,  ///< permutation energy, parallel tempering on a temperature ladder
  kPotts,      ///< one-hot (Potts) energy, parallel tempering with heat-bath Gibbs sweeps
};
/// "anneal", "tempering", "potts".
[[nodiscard]] std::string methodName(SudokuMethod method);
/// Throws ArgumentError naming the methods for an unknown name.
[[nodiscard]] SudokuMethod methodFromName(const std::string& name);

/// How a SudokuSolver searches. Zeros mean "the method's default" (sudoku_solver.cpp, defaultsFor()).
struct SudokuOptions {
  SudokuMethod method = SudokuMethod::kTempering;
  std::uint64_t seed = 1;
  bool fillSingles = true;           ///< the propagation phase: place naked and hidden singles first
  bool restrictToCandidates = true;  ///< a free cell holds only digits no filled peer rules out
  int replicas = 0;                  ///< annealing chains, or rungs of the tempering ladder
  double temperature = 0;            ///< the lowest temperature (annealing: the final one)
  double highestTemperature = 0;     ///< tempering: the top rung; annealing: where a (re)heat starts
  Index coolingSweeps = 0;           ///< annealing: sweeps from the highest to the lowest temperature
  /// Sweeps without a new lowest energy before an automatic reheat (annealing) or melt (tempering);
  /// −1: the method's default, 0: never.
  Index stallSweeps = -1;
  SweepRule rule = SweepRule::kHeatBath;

  /// Throws ArgumentError for negative counts or temperatures.
  void validate() const;
};

/// What a window draws, copied out in a few microseconds.
struct SudokuSnapshot {
  Board board{};                          ///< the shown replica's digits (the lowest-energy one)
  std::array<bool, kCells> clue{};        ///< the puzzle's clues
  std::array<bool, kCells> propagated{};  ///< digits propagation forced
  /// Per cell: other cells of its row and column (and box, for Potts) holding the same digit.
  std::array<std::uint8_t, kCells> conflicts{};
  int energy = 0;                    ///< the shown replica's energy
  std::vector<double> energies;      ///< every replica's energy, lowest temperature first
  std::vector<double> temperatures;  ///< and its temperature
  int shownReplica = 0;              ///< index into energies of the replica shown
  Index sweeps = 0;
  Index reheats = 0;
  bool solved = false;
};

/// A Sudoku being solved. Construction runs propagation (a contradiction there proves the puzzle has no
/// solution: see contradiction()); sweep() then advances the descent. Not thread-safe: one thread drives it
/// (sweep() itself spreads replicas over the cores).
class SudokuSolver {
 public:
  /// Throws DataError if clues clash, ArgumentError for bad options.
  explicit SudokuSolver(const Board& clues, SudokuOptions options = {});
  ~SudokuSolver();
  SudokuSolver(const SudokuSolver&) = delete;
  SudokuSolver& operator=(const SudokuSolver&) = delete;

  /// Up to `count` sweeps (fewer once solved); returns the sweeps made.
  Index sweep(Index count);
  /// Sweeps in small slices until `seconds` have passed or the puzzle is solved; returns the sweeps made.
  Index advance(double seconds);
  /// The lowest temperature the search works at (annealing: holds the chains there). Throws ArgumentError
  /// unless positive and finite.
  void setTemperature(double temperature);
  /// Annealing: every chain back to the highest temperature, cooling again; tempering: every replica melted.
  void reheat();

  [[nodiscard]] SudokuSnapshot snapshot() const;
  [[nodiscard]] bool solved() const;
  /// The solution once solved; before, the lowest-energy board found so far.
  [[nodiscard]] Board bestBoard() const;
  [[nodiscard]] int lowestEnergy() const;
  [[nodiscard]] Index sweeps() const;
  [[nodiscard]] Index reheats() const;
  [[nodiscard]] const Propagation& propagation() const { return propagation_; }
  /// Empty, or the proof (from propagation) that the puzzle has no solution.
  [[nodiscard]] const std::string& contradiction() const { return contradiction_; }
  [[nodiscard]] const SudokuOptions& options() const { return options_; }
  /// The running search for limits, a progress callback and cancel; nullptr when propagation settled the
  /// puzzle (solved or contradicted).
  [[nodiscard]] DiscreteSearch* search();

  /// The energy and search behind the solver (defined in sudoku_solver.cpp).
  struct Method;

 private:
  SudokuOptions options_;
  Board clues_{};
  Propagation propagation_;
  std::string contradiction_;
  std::unique_ptr<Method> method_;
};

/// A board is a solution of a puzzle: every cell filled, no digit twice in a row, column or box, every clue
/// kept.
[[nodiscard]] bool isSolution(const Board& board, const Board& clues);

}  // namespace ebm::sudoku
