#include "sudoku/potts_energy.h"

#include <algorithm>
#include <bit>

#include "core/errors.h"

namespace ebm::sudoku {
namespace {

int nthDigit(DigitSet set, int n) {
  unsigned bits = set;
  for (int k = 0; k < n; ++k)
    bits &= bits - 1;
  return std::countr_zero(bits);
}

}  // namespace

PottsEnergy::PottsEnergy(std::shared_ptr<const SudokuDomain> domain) : domain_(std::move(domain)) {
  if (!domain_) throw ArgumentError("A Sudoku energy needs a domain.");
  board_ = domain_->fixed;
  for (int cell : domain_->freeCells) {
    const DigitSet allowed = domain_->allowed[std::size_t(cell)];
    if (allowed == 0) throw ArgumentError(cellName(cell) + " can hold no digit.");
    board_[std::size_t(cell)] = std::uint8_t(nthDigit(allowed, 0));
  }
  countAll();
}

void PottsEnergy::countAll() {
  for (auto& kind : count_)
    for (auto& unit : kind)
      std::fill(std::begin(unit), std::end(unit), 0);
  for (int cell = 0; cell < kCells; ++cell) {
    const int d = board_[std::size_t(cell)];
    ++count_[0][rowOf(cell)][d];
    ++count_[1][columnOf(cell)][d];
    ++count_[2][boxOf(cell)][d];
  }
  energy_ = recomputeEnergy();
}

int PottsEnergy::recomputeEnergy() const {
  int energy = 0;
  for (const auto& unit : units()) {
    for (std::size_t i = 0; i < unit.size(); ++i) {
      for (std::size_t j = i + 1; j < unit.size(); ++j)
        energy += board_[std::size_t(unit[i])] == board_[std::size_t(unit[j])];
    }
  }
  return energy;
}

void PottsEnergy::randomize(Random& random) {
  for (int cell : domain_->freeCells) {
    const DigitSet allowed = domain_->allowed[std::size_t(cell)];
    board_[std::size_t(cell)] =
        std::uint8_t(nthDigit(allowed, int(random.below(std::uint64_t(std::popcount(unsigned(allowed)))))));
  }
  countAll();
}

bool PottsEnergy::proposeMove(Random& random, Move& move) const {
  const auto& free = domain_->freeCells;
  if (free.empty()) return false;
  const int cell = free[std::size_t(random.below(free.size()))];
  const DigitSet others =
      DigitSet(domain_->allowed[std::size_t(cell)] & ~digitBit(board_[std::size_t(cell)]));
  const int n = std::popcount(unsigned(others));
  if (n == 0) return false;
  move = {std::uint8_t(cell), std::uint8_t(nthDigit(others, int(random.below(std::uint64_t(n)))))};
  return true;
}

int PottsEnergy::peersHolding(int cell, int digit) const {
  return count_[0][rowOf(cell)][digit] + count_[1][columnOf(cell)][digit] + count_[2][boxOf(cell)][digit];
}

int PottsEnergy::energyChange(const Move& move) const {
  const int x = board_[move.cell];
  return peersHolding(move.cell, move.digit) - (peersHolding(move.cell, x) - 3);
}

void PottsEnergy::setDigit(int cell, int digit) {
  const int x = board_[std::size_t(cell)];
  --count_[0][rowOf(cell)][x];
  --count_[1][columnOf(cell)][x];
  --count_[2][boxOf(cell)][x];
  ++count_[0][rowOf(cell)][digit];
  ++count_[1][columnOf(cell)][digit];
  ++count_[2][boxOf(cell)][digit];
  board_[std::size_t(cell)] = std::uint8_t(digit);
}

void PottsEnergy::applyMove(const Move& move, int delta) {
  setDigit(move.cell, move.digit);
  energy_ += delta;
}

int PottsEnergy::conflicts(int cell) const {
  const int digit = board_[std::size_t(cell)];
  return digit ? peersHolding(cell, digit) - 3 : 0;
}

Index PottsEnergy::heatBathSweep(Random& random, const BoltzmannFactors& factors, int stopAt) {
  const auto& free = domain_->freeCells;
  const Index moves = Index(free.size());
  Index changed = 0;
  for (Index m = 0; m < moves && energy_ > stopAt; ++m) {
    const int cell = free[std::size_t(random.below(free.size()))];
    const int x = board_[std::size_t(cell)];
    const int current = peersHolding(cell, x) - 3;
    double weights[10];
    int digits[10], deltas[10];
    int options = 0;
    double total = 0;
    for (DigitSet bits = domain_->allowed[std::size_t(cell)]; bits; bits &= DigitSet(bits - 1)) {
      const int d = std::countr_zero(unsigned(bits));
      const int delta = d == x ? 0 : peersHolding(cell, d) - current;
      weights[options] = factors(delta);
      digits[options] = d;
      deltas[options] = delta;
      total += weights[options++];
    }
    double u = random.uniform() * total;
    int pick = 0;
    while (pick + 1 < options && u >= weights[pick])
      u -= weights[pick++];
    if (digits[pick] == x) continue;
    setDigit(cell, digits[pick]);
    energy_ += deltas[pick];
    ++changed;
  }
  return changed;
}

}  // namespace ebm::sudoku
