// Propagation: candidates are exactly what the filled peers leave, forced digits agree with the solution,
// singles alone solve an easy puzzle, and a dead cell or digit proves there is no solution.
#include <gtest/gtest.h>

#include "sudoku/sudoku_propagation.h"
#include "sudoku/sudoku_puzzle.h"
#include "sudoku_test_puzzles.h"

namespace ebm::sudoku {
namespace {

using namespace testing;

TEST(SudokuPropagation, CandidatesAreTheDigitsNoFilledPeerHolds) {
  const Board clues = parsePuzzle(kEscargot);
  const Propagation p = propagate(clues, false);
  EXPECT_EQ(p.board, clues);
  EXPECT_TRUE(p.forced.empty());
  for (int cell = 0; cell < kCells; ++cell) {
    if (clues[std::size_t(cell)]) {
      EXPECT_EQ(p.candidates[std::size_t(cell)], digitBit(clues[std::size_t(cell)]));
      continue;
    }
    DigitSet expected = kAllDigits;
    for (int peer : peers()[std::size_t(cell)])
      expected &= DigitSet(~digitBit(clues[std::size_t(peer)]));
    EXPECT_EQ(p.candidates[std::size_t(cell)], expected & kAllDigits) << cellName(cell);
  }
}

TEST(SudokuPropagation, ForcedDigitsAgreeWithTheSolution) {
  for (const auto& [puzzle, solution] :
       {std::pair{kEscargot, kEscargotSolution}, std::pair{kTop95First, kTop95FirstSolution}}) {
    const Propagation p = propagate(parsePuzzle(puzzle));
    EXPECT_TRUE(p.contradiction.empty());
    for (const ForcedDigit& f : p.forced)
      EXPECT_EQ('0' + f.digit, solution[std::size_t(f.cell)]) << cellName(f.cell);
    for (int cell = 0; cell < kCells; ++cell)
      EXPECT_TRUE(contains(p.candidates[std::size_t(cell)], solution[std::size_t(cell)] - '0'));
  }
}

TEST(SudokuPropagation, SinglesAloneSolveAnEasyPuzzle) {
  const Propagation p = propagate(parsePuzzle(kEasy));
  EXPECT_TRUE(p.complete());
  EXPECT_EQ(boardLine(p.board), kEasySolution);
  EXPECT_EQ(p.forced.size(), std::size_t(81 - 30));
}

TEST(SudokuPropagation, HiddenSinglesNameTheUnitWhereTheDigitHasItsOnlyPlace) {
  // top95's first puzzle: no cell has a single candidate, but three digits have one place left in a unit.
  const Propagation p = propagate(parsePuzzle(kTop95First));
  ASSERT_EQ(p.forced.size(), 3u);
  for (const ForcedDigit& f : p.forced) {
    EXPECT_EQ(f.by, Forcing::kHiddenSingle);
    ASSERT_GE(f.unit, 0);
    int places = 0;
    for (int cell : units()[std::size_t(f.unit)])
      places += cell == f.cell;
    EXPECT_EQ(places, 1) << "the forced cell lies in the unit named";
  }
}

TEST(SudokuPropagation, ACellWithNoDigitLeftProvesThereIsNoSolution) {
  // Row 1 holds 1–8, and column 9 holds a 9: the last cell of row 1 can hold nothing.
  std::string puzzle = "12345678." + std::string(72, '.');
  puzzle[5 * 9 + 8] = '9';
  const Propagation p = propagate(parsePuzzle(puzzle));
  EXPECT_EQ(
      p.contradiction,
      "row 1, column 9 can hold no digit: its row, column and box already hold all of 1–9 between them.");
  EXPECT_FALSE(p.complete());
}

TEST(SudokuPropagation, ADigitWithNoPlaceLeftProvesThereIsNoSolution) {
  // Box 1's free cells are all in row 1, whose other boxes hold a 9: box 1 has no place for its 9.
  const std::string puzzle =
      "...9....."
      "345......"
      "678......" +
      std::string(54, '.');
  const Propagation p = propagate(parsePuzzle(puzzle), false);
  EXPECT_EQ(p.contradiction, "box 1 has no place left for a 9.");
}

TEST(SudokuPropagation, SinglesDoNotSeeEveryContradiction) {
  const Propagation p = propagate(parsePuzzle(kNoSolution));
  EXPECT_TRUE(p.contradiction.empty())
      << "the descent must find out by itself (and give up at its time limit)";
}

}  // namespace
}  // namespace ebm::sudoku
