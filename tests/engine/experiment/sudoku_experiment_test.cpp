// The Sudoku lesson's experiment run by a Simulation: it descends to E = 0 with the board and the conflict
// relief in its frames, obeys Play/Pause, the temperature and its commands, and refuses bad puzzles by path.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "engine/built_in_lesson.h"
#include "io/lesson.h"
#include "simulation/simulation.h"
#include "sudoku/sudoku_experiment.h"
#include "sudoku/sudoku_solver.h"

namespace ebm {
namespace {

Lesson sudokuLesson() {
  return builtInLesson("reasoning-sudoku");
}

const SudokuFrame& sudokuOf(const FramePtr& frame) {
  return experimentOf<SudokuFrame>(frame);
}

TEST(SudokuExperiment, TheBuiltInLessonDescendsToASolution) {
  Simulation simulation(sudokuLesson());
  const auto& start = sudokuOf(simulation.currentFrame());
  EXPECT_FALSE(start.snapshot.solved);
  EXPECT_GT(start.snapshot.energy, 0);
  // The relief: one plateau per cell, as high as the cell's conflicts (row 1 at the top).
  ASSERT_TRUE(start.landscape);
  EXPECT_EQ(start.landscape->lattice.shape[0], 73);
  const FramePtr frame = simulation.currentFrame();
  EXPECT_EQ(frame->shownGrid, start.landscape);
  int sweeps = 0;
  while (!sudokuOf(simulation.currentFrame()).snapshot.solved && sweeps < 200000) {
    simulation.command("step", {{"sweeps", 500}});
    sweeps += 500;
  }
  const auto& solved = sudokuOf(simulation.currentFrame());
  ASSERT_TRUE(solved.snapshot.solved) << "not solved after " << sweeps << " sweeps";
  EXPECT_EQ(solved.snapshot.energy, 0);
  EXPECT_TRUE(sudoku::isSolution(solved.snapshot.board, solved.clues));
  for (float height : solved.landscape->values)
    EXPECT_EQ(height, 0.0f);
  // The chart's history spans the run.
  ASSERT_TRUE(solved.historySweeps);
  EXPECT_EQ(solved.historySweeps->back(), double(solved.snapshot.sweeps));
  EXPECT_EQ(solved.historyEnergies->front().back(), 0.0);
}

TEST(SudokuExperiment, PauseStopsTheDescentAndStepStillMovesIt) {
  Simulation simulation(sudokuLesson());
  simulation.setParameter("playing", 0);
  const Index before = sudokuOf(simulation.currentFrame()).snapshot.sweeps;
  EXPECT_FALSE(simulation.advance(0.02));
  EXPECT_EQ(sudokuOf(simulation.currentFrame()).snapshot.sweeps, before);
  simulation.command("step");
  EXPECT_EQ(sudokuOf(simulation.currentFrame()).snapshot.sweeps, before + 4);  // one frame's sweeps
  simulation.setParameter("playing", 1);
  EXPECT_TRUE(simulation.advance(0.02));
  EXPECT_GT(sudokuOf(simulation.currentFrame()).snapshot.sweeps, before + 4);
}

TEST(SudokuExperiment, TemperatureReachesTheSearchAndRestartBeginsAgain) {
  Simulation simulation(sudokuLesson());
  simulation.setParameter("temperature", 0.5);
  EXPECT_DOUBLE_EQ(sudokuOf(simulation.currentFrame()).snapshot.temperatures.back() > 0 ? 1 : 0, 1);
  simulation.command("step", {{"sweeps", 50}});
  simulation.command("restart");
  EXPECT_EQ(sudokuOf(simulation.currentFrame()).snapshot.sweeps, 0);
  simulation.command("reheat");
  EXPECT_THROW(simulation.command("solve-by-backtracking"), ArgumentError);
  EXPECT_THROW(simulation.command("step", {{"sweeps", 0}}), ArgumentError);
}

TEST(SudokuExperiment, APuzzleWithoutSolutionIsSaidSoNotSearchedForever) {
  Lesson lesson = sudokuLesson();
  // Row 1 needs a 9 in its last cell, but column 9 already holds a 9 in row 2.
  lesson.experiment["puzzle"] = std::string("12345678.") + "........9" + std::string(63, '.');
  Simulation simulation(lesson);
  const auto& f = sudokuOf(simulation.currentFrame());
  EXPECT_FALSE(f.contradiction.empty());
  EXPECT_FALSE(f.snapshot.solved);
  EXPECT_FALSE(simulation.advance(0.02));
}

TEST(SudokuExperiment, BadSettingsNameTheirPath) {
  const Lesson lesson = sudokuLesson();
  auto expectError = [&](const std::function<void(nlohmann::json&)>& spoil, const std::string& path) {
    nlohmann::json root = nlohmann::json::parse(writeLesson(lesson));
    spoil(root["experiment"]);
    try {
      (void)readLesson(root.dump());
      ADD_FAILURE() << "accepted a lesson with a bad " << path;
    } catch (const LessonError& e) {
      EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
  };
  expectError([](auto& e) { e["puzzle"] = "123"; }, "experiment.puzzle");
  expectError([](auto& e) { e["puzzle"] = std::string(80, '.') + "x"; }, "experiment.puzzle");
  expectError([](auto& e) { e["puzzle"] = "11" + std::string(79, '.'); }, "experiment.puzzle");
  expectError([](auto& e) { e["method"] = "guess"; }, "experiment.method");
  expectError([](auto& e) { e["puzzles"][1]["puzzle"] = "9"; }, "experiment.puzzles[1].puzzle");
  expectError([](auto& e) { e["sweepsPerFrame"] = 0; }, "experiment.sweepsPerFrame");
}

}  // namespace
}  // namespace ebm
