#include "sudoku/sudoku_propagation.h"

#include <bit>

namespace ebm::sudoku {
namespace {

int onlyDigit(DigitSet set) {
  return std::countr_zero(unsigned(set));
}

class Propagator {
 public:
  explicit Propagator(const Board& clues) {
    p_.board = clues;
    p_.candidates.fill(kAllDigits);
    for (int cell = 0; cell < kCells; ++cell) {
      if (clues[std::size_t(cell)]) place(cell, clues[std::size_t(cell)]);
    }
  }

  // Naked singles first (cheap), hidden singles when none is left, until neither places a digit.
  void fillSingles() {
    while (p_.contradiction.empty()) {
      if (placeNakedSingle()) continue;
      if (!placeHiddenSingle()) break;
    }
  }

  void checkDead() {
    for (int cell = 0; cell < kCells && p_.contradiction.empty(); ++cell) {
      if (p_.board[std::size_t(cell)] == 0 && p_.candidates[std::size_t(cell)] == 0) {
        p_.contradiction = cellName(cell) +
                           " can hold no digit: its row, column and box already hold all of "
                           "1–9 between them.";
      }
    }
    for (int unit = 0; unit < kUnits && p_.contradiction.empty(); ++unit) {
      for (int digit = 1; digit <= 9; ++digit) {
        if (placesFor(unit, digit).count == 0) {
          p_.contradiction = unitName(unit) + " has no place left for a " + std::to_string(digit) + ".";
          break;
        }
      }
    }
  }

  Propagation take() { return std::move(p_); }

 private:
  struct Places {
    int count = 0;
    int cell = -1;
    bool filled = false;
  };

  void place(int cell, int digit) {
    p_.board[std::size_t(cell)] = std::uint8_t(digit);
    p_.candidates[std::size_t(cell)] = digitBit(digit);
    for (int peer : peers()[std::size_t(cell)]) {
      if (p_.board[std::size_t(peer)] == 0) p_.candidates[std::size_t(peer)] &= DigitSet(~digitBit(digit));
    }
  }

  Places placesFor(int unit, int digit) const {
    Places places;
    for (int cell : units()[std::size_t(unit)]) {
      if (p_.board[std::size_t(cell)] == digit) {
        places.filled = true;
        places.count = 1;
        return places;
      }
      if (p_.board[std::size_t(cell)] == 0 && contains(p_.candidates[std::size_t(cell)], digit)) {
        ++places.count;
        places.cell = cell;
      }
    }
    return places;
  }

  bool placeNakedSingle() {
    checkDead();
    if (!p_.contradiction.empty()) return false;
    for (int cell = 0; cell < kCells; ++cell) {
      const DigitSet set = p_.candidates[std::size_t(cell)];
      if (p_.board[std::size_t(cell)] == 0 && std::has_single_bit(unsigned(set))) {
        place(cell, onlyDigit(set));
        p_.forced.push_back({cell, onlyDigit(set), Forcing::kNakedSingle, -1});
        return true;
      }
    }
    return false;
  }

  bool placeHiddenSingle() {
    for (int unit = 0; unit < kUnits; ++unit) {
      for (int digit = 1; digit <= 9; ++digit) {
        const Places places = placesFor(unit, digit);
        if (places.filled || places.count != 1) continue;
        place(places.cell, digit);
        p_.forced.push_back({places.cell, digit, Forcing::kHiddenSingle, unit});
        return true;
      }
    }
    return false;
  }

  Propagation p_;
};

}  // namespace

bool Propagation::complete() const {
  if (!contradiction.empty()) return false;
  for (std::uint8_t digit : board) {
    if (digit == 0) return false;
  }
  return true;
}

Propagation propagate(const Board& clues, bool fillSingles) {
  Propagator propagator(clues);
  if (fillSingles) {
    propagator.fillSingles();
  } else {
    propagator.checkDead();
  }
  return propagator.take();
}

}  // namespace ebm::sudoku
