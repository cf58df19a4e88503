// The experiment of the reasoning-sudoku lesson: a Sudoku solved by energy descent that a class watches —
// the board, each cell's conflicts as a relief, every replica's energy against sweeps — at a pace a class can
// follow, with the temperature, reheats and the choice of energy (permutation or Potts) in the teacher's
// hands.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "experiment/experiment.h"
#include "sudoku/sudoku_solver.h"

namespace ebm {

/// What the Sudoku lesson shows in one frame.
struct SudokuFrame : ExperimentFrame {
  sudoku::SudokuSnapshot snapshot;
  sudoku::Board clues{};
  std::string puzzleName;
  std::string method;         ///< "anneal", "tempering", "potts"
  std::string contradiction;  ///< why the puzzle has no solution (propagation's proof), or empty
  int propagatedCells = 0;    ///< digits the clues forced before any descent
  double seconds = 0;         ///< time spent descending (not counting pauses)
  /// The energy of every replica against sweeps, for the chart: sweeps, then one row per replica.
  std::shared_ptr<const std::vector<double>> historySweeps;
  std::shared_ptr<const std::vector<std::vector<double>>> historyEnergies;
};

/// The Sudoku lesson's running state. Settings (lesson.experiment): "puzzle" (81 characters, '.' or '0' for a
/// blank), "puzzleName", "method" ("anneal", "tempering" or "potts"), "propagate" (fill forced singles first,
/// default true), "seed", "sweepsPerFrame" (the pace), and "puzzles": [{"name", "puzzle"}] that the panel
/// offers.
class SudokuExperiment : public Experiment {
 public:
  static constexpr const char* kKind = "sudoku";
  [[nodiscard]] static std::vector<ExperimentParameter> parameters();

  explicit SudokuExperiment(const ExperimentContext& context);

  void update(const ExperimentContext& context) override;
  void setParameter(const std::string& name, double value) override;
  /// "reheat"; "step" (sweeps: n, default one frame's worth); "restart" (a new random start).
  void command(const std::string& name, const nlohmann::json& arguments) override;
  bool advance(double budgetSeconds) override;
  void advanceFrame() override;
  [[nodiscard]] std::shared_ptr<const ExperimentFrame> takeFrame(bool always) override;

 private:
  void start();
  void sweep(Index count);
  void record();
  void publish();

  sudoku::Board clues_{};
  std::string puzzleName_;
  sudoku::SudokuOptions options_;
  double temperature_ = 0.3;
  bool playing_ = true;
  int sweepsPerFrame_ = 4;
  std::uint64_t restarts_ = 0;
  std::unique_ptr<sudoku::SudokuSolver> solver_;
  Box box_;
  std::chrono::steady_clock::time_point lastFrameTime_{};
  double seconds_ = 0;
  std::vector<double> historySweeps_;
  std::vector<std::vector<double>> historyEnergies_;
  Index historyStride_ = 1;
  std::shared_ptr<const SudokuFrame> frame_;
  bool changed_ = true;
};

}  // namespace ebm
