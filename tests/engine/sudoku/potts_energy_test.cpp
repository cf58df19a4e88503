// The one-hot (Potts) energy: incremental ΔE equals recomputation, E counts clashing peer pairs and is zero
// at the solution, and heat-bath Gibbs sweeps sample its exact Boltzmann distribution.
#include <gtest/gtest.h>

#include <map>

#include "discrete/metropolis.h"
#include "engine/discrete/chi_square.h"
#include "sudoku/potts_energy.h"
#include "sudoku/sudoku_puzzle.h"
#include "sudoku_test_puzzles.h"

namespace ebm::sudoku {
namespace {

using namespace testing;

std::shared_ptr<const SudokuDomain> domainOf(const std::string& puzzle, bool restrict) {
  return SudokuDomain::from(propagate(parsePuzzle(puzzle), false), restrict);
}

// Pairs of cells of one unit holding the same digit, unit by unit (a pair sharing a row and a box counts in
// both, as the one-hot penalty of each unit does).
int clashingPairs(const Board& board) {
  int pairs = 0;
  for (int a = 0; a < kCells; ++a) {
    for (int b = a + 1; b < kCells; ++b) {
      if (board[std::size_t(a)] != board[std::size_t(b)]) continue;
      pairs += (rowOf(a) == rowOf(b)) + (columnOf(a) == columnOf(b)) + (boxOf(a) == boxOf(b));
    }
  }
  return pairs;
}

int clashesOf(const Board& board, int cell) {
  int n = 0;
  for (int other = 0; other < kCells; ++other) {
    if (other == cell || board[std::size_t(other)] != board[std::size_t(cell)]) continue;
    n += (rowOf(other) == rowOf(cell)) + (columnOf(other) == columnOf(cell)) + (boxOf(other) == boxOf(cell));
  }
  return n;
}

TEST(PottsEnergy, EnergyChangeEqualsFullRecomputationOnRandomMoves) {
  PottsEnergy system(domainOf(kTop95First, false));
  Random random(4);
  system.randomize(random);
  for (int m = 0; m < 5000; ++m) {
    PottsEnergy::Move move;
    if (!system.proposeMove(random, move)) continue;
    const int delta = system.energyChange(move);
    const int before = clashingPairs(system.board());
    system.applyMove(move, delta);
    ASSERT_EQ(clashingPairs(system.board()) - before, delta);
    ASSERT_EQ(system.energy(), system.recomputeEnergy());
  }
  const BoltzmannFactors factors(0.5);
  for (int sweep = 0; sweep < 100; ++sweep)
    system.heatBathSweep(random, factors, -1);
  EXPECT_EQ(system.energy(), clashingPairs(system.board()));
}

TEST(PottsEnergy, IsZeroAtTheSolutionAndCountsEveryClash) {
  std::string puzzle = kEscargotSolution;
  puzzle[0] = '.';
  PottsEnergy system(domainOf(puzzle, false));
  EXPECT_EQ(system.energy(), 0) << "one free cell, one allowed digit: the solution";
  std::string two = kEscargotSolution;
  two[0] = two[1] = '.';
  PottsEnergy wrong(domainOf(two, false));
  Random random(2);
  // Each of the two free cells may hold either digit its box lacks: four states, one of them the solution.
  std::map<std::string, int> energies;
  for (int draw = 0; draw < 200; ++draw) {
    wrong.randomize(random);
    EXPECT_EQ(wrong.energy(), clashingPairs(wrong.board()));
    for (int cell = 0; cell < kCells; ++cell)
      EXPECT_EQ(wrong.conflicts(cell), clashesOf(wrong.board(), cell));
    energies[boardLine(wrong.board())] = wrong.energy();
  }
  ASSERT_EQ(energies.size(), 4u);
  EXPECT_EQ(energies[kEscargotSolution], 0);
  for (const auto& [board, energy] : energies)
    EXPECT_EQ(energy == 0, board == kEscargotSolution);
}

// Three free cells in box 1 and two in box 5, each any digit its box lacks: 27·4 = 108 states.
TEST(PottsEnergy, HeatBathGibbsSamplesTheExactBoltzmannDistribution) {
  std::string puzzle = kEscargotSolution;
  const std::vector<int> free = {0, 10, 20, 30, 40};
  for (int cell : free)
    puzzle[std::size_t(cell)] = '.';
  PottsEnergy system(domainOf(puzzle, false));
  Random random(5);
  system.randomize(random);
  const double temperature = 1.2;
  const BoltzmannFactors factors(temperature);
  std::map<std::string, double> visits;
  for (int burn = 0; burn < 500; ++burn)
    system.heatBathSweep(random, factors, -1);
  const int samples = 150000;
  for (int sample = 0; sample < samples; ++sample) {
    for (int k = 0; k < 3; ++k)
      system.heatBathSweep(random, factors, -1);
    visits[boardLine(system.board())] += 1;
  }
  const Board solved = parsePuzzle(kEscargotSolution);
  std::vector<double> counts, probabilities;
  double z = 0;
  std::vector<Board> states;
  const DigitSet box1 = digitBit(solved[0]) | digitBit(solved[10]) | digitBit(solved[20]);
  const DigitSet box5 = digitBit(solved[30]) | digitBit(solved[40]);
  for (int code = 0; code < 9 * 9 * 9 * 9 * 9; ++code) {
    Board b = solved;
    int rest = code;
    bool ok = true;
    for (std::size_t k = 0; k < free.size(); ++k) {
      b[std::size_t(free[k])] = std::uint8_t(rest % 9 + 1);
      rest /= 9;
      ok = ok && contains(k < 3 ? box1 : box5, b[std::size_t(free[k])]);
    }
    if (!ok) continue;
    states.push_back(b);
    z += std::exp(-clashingPairs(b) / temperature);
  }
  ASSERT_EQ(states.size(), 108u);
  for (const Board& b : states) {
    counts.push_back(visits[boardLine(b)]);
    probabilities.push_back(std::exp(-clashingPairs(b) / temperature) / z);
  }
  const auto test = ebm::testing::chiSquare(counts, probabilities);
  EXPECT_GT(test.degreesOfFreedom, 30);
  EXPECT_LT(test.statistic, ebm::testing::chiSquareCritical(test.degreesOfFreedom));
}

}  // namespace
}  // namespace ebm::sudoku
