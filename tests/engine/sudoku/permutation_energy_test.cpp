// The permutation energy: boxes stay permutations, incremental ΔE equals recomputation, E = 0 exactly at the
// solution, and Metropolis on it samples the exact Boltzmann distribution of an enumerable puzzle.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "discrete/metropolis.h"
#include "engine/discrete/chi_square.h"
#include "sudoku/permutation_energy.h"
#include "sudoku/sudoku_puzzle.h"
#include "sudoku_test_puzzles.h"

namespace ebm::sudoku {
namespace {

using namespace testing;

std::shared_ptr<const SudokuDomain> domainOf(const std::string& puzzle, bool singles, bool restrict) {
  return SudokuDomain::from(propagate(parsePuzzle(puzzle), singles), restrict);
}

// Digits missing from rows and columns, counted directly from the board.
int missingDigits(const Board& board) {
  int missing = 0;
  for (int unit = 0; unit < 2 * kSide; ++unit) {
    DigitSet seen = 0;
    for (int cell : units()[std::size_t(unit)])
      seen |= digitBit(board[std::size_t(cell)]);
    missing += 9 - std::popcount(unsigned(seen & kAllDigits));
  }
  return missing;
}

void expectBoxesArePermutations(const Board& board) {
  for (int box = 0; box < kSide; ++box) {
    DigitSet seen = 0;
    for (int cell : units()[std::size_t(2 * kSide + box)])
      seen |= digitBit(board[std::size_t(cell)]);
    EXPECT_EQ(seen, kAllDigits) << "box " << box + 1;
  }
}

TEST(PermutationEnergy, EnergyChangeEqualsFullRecomputationOnRandomMoves) {
  for (bool restrict : {true, false}) {
    PermutationEnergy system(domainOf(kEscargot, true, restrict));
    Random random(17);
    system.randomize(random);
    int made = 0;
    for (int m = 0; m < 20000; ++m) {
      PermutationEnergy::Move move;
      if (!system.proposeMove(random, move)) continue;
      const int delta = system.energyChange(move);
      const int before = missingDigits(system.board());
      system.applyMove(move, delta);
      ASSERT_EQ(missingDigits(system.board()) - before, delta);
      ASSERT_EQ(system.energy(), system.recomputeEnergy());
      ++made;
    }
    EXPECT_GT(made, 3000);
    expectBoxesArePermutations(system.board());
    for (int cell = 0; cell < kCells; ++cell)
      EXPECT_TRUE(contains(system.domain().allowed[std::size_t(cell)], system.board()[std::size_t(cell)]) ||
                  system.domain().fixed[std::size_t(cell)] != 0);
  }
}

TEST(PermutationEnergy, TheSearchSweepKeepsItsEnergyExact) {
  PermutationEnergy system(domainOf(kTop95First, true, true));
  Random random(3);
  system.randomize(random);
  const BoltzmannFactors factors(0.4);
  for (int sweep = 0; sweep < 300; ++sweep) {
    system.heatBathSweep(random, factors, -1);
    ASSERT_EQ(system.energy(), missingDigits(system.board()));
  }
  expectBoxesArePermutations(system.board());
}

TEST(PermutationEnergy, IsZeroExactlyAtTheSolution) {
  // The solution with a box's worth of cells blanked: the one arrangement with E = 0 is the solution.
  std::string puzzle = kEscargotSolution;
  for (int cell : {0, 10, 20, 30, 40, 50, 60, 70, 80, 4, 44})
    puzzle[std::size_t(cell)] = '.';
  PermutationEnergy system(domainOf(puzzle, false, false));
  Random random(1);
  int zeros = 0;
  for (int draw = 0; draw < 3000; ++draw) {
    system.randomize(random);
    if (system.energy() == 0) {
      ++zeros;
      EXPECT_EQ(boardLine(system.board()), kEscargotSolution);
    } else {
      EXPECT_NE(boardLine(system.board()), kEscargotSolution);
    }
  }
  EXPECT_GT(zeros, 0);
}

TEST(PermutationEnergy, ConflictsCountSameDigitsInTheCellsRowAndColumn) {
  PermutationEnergy system(domainOf(kTop95First, true, true));
  Random random(8);
  system.randomize(random);
  const Board& b = system.board();
  int total = 0;
  for (int cell = 0; cell < kCells; ++cell) {
    int same = 0;
    for (int other = 0; other < kCells; ++other) {
      if (other != cell && b[std::size_t(other)] == b[std::size_t(cell)] &&
          (rowOf(other) == rowOf(cell) || columnOf(other) == columnOf(cell)))
        ++same;
    }
    EXPECT_EQ(system.conflicts(cell), same) << cellName(cell);
    total += same;
  }
  EXPECT_GT(total, 0);
}

// Three boxes with a few blanks each on the diagonal (3, 3 and 2 cells), every digit the box lacks allowed:
// 3!·3!·2! = 72 arrangements, all reachable by swaps. Metropolis visits each with probability e^{−E/T}/Z.
TEST(PermutationEnergy, MetropolisSamplesTheExactBoltzmannDistributionOfAnEnumerablePuzzle) {
  std::string puzzle = kEscargotSolution;
  for (int cell : {0, 10, 20, 30, 40, 50, 60, 70})
    puzzle[std::size_t(cell)] = '.';
  PermutationEnergy system(domainOf(puzzle, false, false));
  Random random(99);
  system.randomize(random);
  const double temperature = 1.5;
  const BoltzmannFactors factors(temperature);
  std::map<std::string, double> visits;
  for (int burn = 0; burn < 500; ++burn)
    metropolisSweep(system, random, factors);
  for (int sample = 0; sample < 120000; ++sample) {
    for (int k = 0; k < 3; ++k)
      metropolisSweep(system, random, factors);
    visits[boardLine(system.board())] += 1;
  }
  // Every arrangement, enumerated: each box's free cells take every permutation of their digits.
  const std::vector<std::vector<int>> boxes = {{0, 10, 20}, {30, 40, 50}, {60, 70}};
  std::vector<Board> states{parsePuzzle(kEscargotSolution)};
  for (const auto& cells : boxes) {
    std::vector<Board> next;
    for (const Board& s : states) {
      std::vector<int> digits;
      for (int c : cells)
        digits.push_back(s[std::size_t(c)]);
      std::sort(digits.begin(), digits.end());
      do {
        Board t = s;
        for (std::size_t k = 0; k < cells.size(); ++k)
          t[std::size_t(cells[k])] = std::uint8_t(digits[k]);
        next.push_back(t);
      } while (std::next_permutation(digits.begin(), digits.end()));
    }
    states = next;
  }
  ASSERT_EQ(states.size(), 72u);
  std::vector<double> counts, probabilities;
  double z = 0, seen = 0;
  for (const Board& s : states)
    z += std::exp(-missingDigits(s) / temperature);
  for (const Board& s : states) {
    counts.push_back(visits[boardLine(s)]);
    probabilities.push_back(std::exp(-missingDigits(s) / temperature) / z);
    seen += counts.back();
  }
  EXPECT_EQ(seen, 120000) << "no visit to a state outside the enumeration";
  const auto test = ebm::testing::chiSquare(counts, probabilities);
  EXPECT_GT(test.degreesOfFreedom, 40);
  EXPECT_LT(test.statistic, ebm::testing::chiSquareCritical(test.degreesOfFreedom));
}

}  // namespace
}  // namespace ebm::sudoku
