// The steppable Sudoku solver: every method reaches the solution by descent, snapshots show what a window
// draws, and a class can watch the energy stall in a trap, a reheat, and the descent reach zero.
#include <gtest/gtest.h>

#include <chrono>

#include "core/errors.h"
#include "sudoku/sudoku_puzzle.h"
#include "sudoku/sudoku_solve.h"
#include "sudoku_test_puzzles.h"

namespace ebm::sudoku {
namespace {

using namespace testing;

SudokuOptions with(SudokuMethod method, std::uint64_t seed = 1) {
  SudokuOptions o;
  o.method = method;
  o.seed = seed;
  return o;
}

TEST(SudokuSolver, BothPermutationMethodsSolveAHardPuzzleByDescent) {
  for (auto method : {SudokuMethod::kTempering, SudokuMethod::kAnneal}) {
    const SudokuResult r = solveSudoku(parsePuzzle(kTop95First), with(method), 20.0);
    ASSERT_TRUE(r.solved) << methodName(method) << ": " << r.message;
    EXPECT_EQ(boardLine(r.board), kTop95FirstSolution) << methodName(method);
    EXPECT_EQ(r.energy, 0);
    EXPECT_GT(r.sweeps, 0) << "the answer came from descent, not from propagation";
  }
}

TEST(SudokuSolver, ThePottsFormulationSolvesByGibbsSampling) {
  // Without propagation, so that the one-hot landscape has all 51 blanks to settle (hard puzzles take it
  // seconds: bench W8).
  SudokuOptions o = with(SudokuMethod::kPotts);
  o.fillSingles = false;
  const SudokuResult r = solveSudoku(parsePuzzle(kEasy), o, 20.0);
  ASSERT_TRUE(r.solved) << r.message;
  EXPECT_EQ(boardLine(r.board), kEasySolution);
  EXPECT_GT(r.sweeps, 0);
}

TEST(SudokuSolver, SolvesAIEscargot) {
  const SudokuResult r = solveSudoku(parsePuzzle(kEscargot), {}, 20.0);
  ASSERT_TRUE(r.solved) << r.message;
  EXPECT_EQ(boardLine(r.board), kEscargotSolution);
}

TEST(SudokuSolver, PropagationAloneSolvesAnEasyPuzzleWithoutSweeps) {
  SudokuSolver solver(parsePuzzle(kEasy));
  EXPECT_TRUE(solver.solved());
  EXPECT_EQ(solver.search(), nullptr);
  EXPECT_EQ(boardLine(solver.bestBoard()), kEasySolution);
  EXPECT_EQ(solver.sweep(10), 0);
  const SudokuSnapshot s = solver.snapshot();
  EXPECT_TRUE(s.solved);
  EXPECT_EQ(std::count(s.propagated.begin(), s.propagated.end(), true), 81 - 30);
}

TEST(SudokuSolver, WithoutPropagationTheDescentDoesAllTheWork) {
  SudokuOptions o;
  o.fillSingles = false;
  const SudokuResult r = solveSudoku(parsePuzzle(kEasy), o, 20.0);
  ASSERT_TRUE(r.solved) << r.message;
  EXPECT_EQ(r.propagated, 0);
  EXPECT_EQ(boardLine(r.board), kEasySolution);
}

TEST(SudokuSolver, AnEmptyGridIsSolvedToSomeSolution) {
  const Board empty{};
  for (auto method : {SudokuMethod::kTempering, SudokuMethod::kAnneal, SudokuMethod::kPotts}) {
    const SudokuResult r = solveSudoku(empty, with(method), 20.0);
    ASSERT_TRUE(r.solved) << methodName(method) << ": " << r.message;
    EXPECT_TRUE(isSolution(r.board, empty));
  }
}

TEST(SudokuSolver, APuzzleWithoutSolutionEndsAtTheTimeLimit) {
  const auto start = std::chrono::steady_clock::now();
  const SudokuResult r = solveSudoku(parsePuzzle(kNoSolution), {}, 0.5);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_FALSE(r.solved);
  EXPECT_LT(seconds, 1.5);
  EXPECT_GT(r.energy, 0);
  EXPECT_EQ(r.message.substr(0, 36), "No solution found within 0.5 s (lowe");
}

TEST(SudokuSolver, AContradictionFromPropagationEndsAtOnceWithItsProof) {
  std::string puzzle = "12345678." + std::string(72, '.');
  puzzle[5 * 9 + 8] = '9';
  const SudokuResult r = solveSudoku(parsePuzzle(puzzle), {}, 10.0);
  EXPECT_FALSE(r.solved);
  EXPECT_TRUE(r.provedUnsolvable);
  EXPECT_LT(r.seconds, 0.5);
  EXPECT_EQ(r.message,
            "No solution: row 1, column 9 can hold no digit: its row, column and box already hold all of 1–9 "
            "between them.");
}

TEST(SudokuSolver, RefusesClashingCluesAndBadOptions) {
  std::string clash(81, '.');
  clash[0] = clash[1] = '4';
  Board board{};
  board[0] = board[1] = 4;
  EXPECT_THROW(SudokuSolver{board}, DataError);
  SudokuOptions bad;
  bad.temperature = -1;
  EXPECT_THROW(SudokuSolver(parsePuzzle(kTop95First), bad), ArgumentError);
  EXPECT_THROW((void)methodFromName("backtracking"), ArgumentError);
  EXPECT_EQ(methodFromName("potts"), SudokuMethod::kPotts);
}

TEST(SudokuSolver, ASnapshotShowsTheBoardCluesPropagationConflictsAndEveryReplica) {
  SudokuSolver solver(parsePuzzle(kEscargot), with(SudokuMethod::kTempering, 4));
  solver.sweep(3);
  const SudokuSnapshot s = solver.snapshot();
  const Board clues = parsePuzzle(kEscargot);
  ASSERT_EQ(s.energies.size(), 8u);
  ASSERT_EQ(s.temperatures.size(), 8u);
  for (std::size_t k = 1; k < 8; ++k)
    EXPECT_GT(s.temperatures[k], s.temperatures[k - 1]) << "lowest temperature first";
  EXPECT_EQ(s.energy, *std::min_element(s.energies.begin(), s.energies.end()));
  EXPECT_EQ(s.energies[std::size_t(s.shownReplica)], s.energy);
  EXPECT_EQ(s.sweeps, solver.sweeps());
  int conflictSum = 0;
  for (int cell = 0; cell < kCells; ++cell) {
    EXPECT_EQ(s.clue[std::size_t(cell)], clues[std::size_t(cell)] != 0);
    if (clues[std::size_t(cell)]) {
      EXPECT_EQ(s.board[std::size_t(cell)], clues[std::size_t(cell)]);
    }
    EXPECT_GE(s.board[std::size_t(cell)], 1);
    int same = 0;
    for (int other = 0; other < kCells; ++other) {
      same += other != cell && s.board[std::size_t(other)] == s.board[std::size_t(cell)] &&
              (rowOf(other) == rowOf(cell) || columnOf(other) == columnOf(cell));
    }
    EXPECT_EQ(s.conflicts[std::size_t(cell)], same);
    conflictSum += same;
  }
  for (const ForcedDigit& f : solver.propagation().forced)
    EXPECT_TRUE(s.propagated[std::size_t(f.cell)]);
  EXPECT_EQ(conflictSum > 0, s.energy > 0);
}

TEST(SudokuSolver, SnapshotsAreCheapEnoughForThirtyFramesASecond) {
  SudokuSolver solver(parsePuzzle(kEscargot));
  solver.sweep(2);
  const auto start = std::chrono::steady_clock::now();
  for (int k = 0; k < 3000; ++k)
    (void)solver.snapshot();
  const double each = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / 3000;
  EXPECT_LT(each, 1e-3) << "a snapshot must cost far less than a 33 ms frame";
}

TEST(SudokuSolver, AdvancesInSlicesOfAFewMilliseconds) {
  SudokuSolver solver(parsePuzzle(kEscargot), with(SudokuMethod::kAnneal));
  const auto start = std::chrono::steady_clock::now();
  const Index made = solver.advance(0.005);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_GT(made, 0);
  EXPECT_LT(seconds, 0.05);
}

// What a class watches: at a low fixed temperature, without automatic reheats, the energy falls and then
// stalls in a trap just above the answer; a reheat lets the chains out, and the descent reaches zero. Every
// seed reaches zero; at least one of them shows the whole story.
TEST(SudokuSolver, TheEnergyFallsStallsInATrapIsReheatedAndReachesZero) {
  int stories = 0;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    SudokuOptions o = with(SudokuMethod::kAnneal, seed);
    o.stallSweeps = 0;
    o.temperature = 0.2;
    SudokuSolver solver(parsePuzzle(kEscargot), o);
    const int start = solver.snapshot().energy;
    Index stalledSweeps = 0, reheatsAsked = 0;
    int trapEnergy = -1;
    for (int round = 0; round < 400 && !solver.solved(); ++round) {
      const int before = solver.lowestEnergy();
      solver.sweep(100);
      stalledSweeps = solver.lowestEnergy() == before ? stalledSweeps + 100 : 0;
      if (!solver.solved() && stalledSweeps >= 500) {  // a trap: 500 sweeps at T = 0.2 without going lower
        trapEnergy = solver.snapshot().energy;
        solver.reheat();
        ++reheatsAsked;
        stalledSweeps = 0;
      }
    }
    ASSERT_TRUE(solver.solved()) << "seed " << seed;
    EXPECT_GT(start, 10);
    EXPECT_EQ(solver.reheats(), reheatsAsked);
    EXPECT_EQ(solver.snapshot().energy, 0);
    EXPECT_EQ(boardLine(solver.bestBoard()), kEscargotSolution);
    if (reheatsAsked > 0 && trapEnergy == 2) ++stories;
  }
  EXPECT_GE(stories, 1) << "no seed stalled at E = 2 before a reheat";
}

TEST(SudokuSolver, SetTemperatureMovesTheLowestRung) {
  SudokuSolver solver(parsePuzzle(kEscargot));
  solver.setTemperature(0.15);
  EXPECT_DOUBLE_EQ(solver.snapshot().temperatures.front(), 0.15);
  EXPECT_THROW(solver.setTemperature(0), ArgumentError);
}

TEST(SudokuSolver, TheSameSeedGivesTheSameDescent) {
  auto run = [] {
    SudokuSolver solver(parsePuzzle(kTop95First), with(SudokuMethod::kTempering, 42));
    solver.sweep(20);
    return solver.snapshot();
  };
  const SudokuSnapshot a = run(), b = run();
  EXPECT_EQ(a.board, b.board);
  EXPECT_EQ(a.energies, b.energies);
}

}  // namespace
}  // namespace ebm::sudoku
