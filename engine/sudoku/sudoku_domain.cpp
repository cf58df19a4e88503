#include "sudoku/sudoku_domain.h"

#include <algorithm>
#include <bit>

#include "core/errors.h"

namespace ebm::sudoku {
namespace {

// Kuhn's augmenting paths: digits (by index into `digits`) matched to the box's cells (by index into
// `cells`), trying cells in `order`.
class BoxMatching {
 public:
  BoxMatching(const CellList& cells, const std::vector<int>& digits,
              const std::array<DigitSet, kCells>& allowed, const std::vector<int>& order)
      : cells_(cells), digits_(digits), allowed_(allowed), order_(order), digitOfCell_(cells.size(), -1) {}

  bool add(int digit) {
    seen_.assign(cells_.size(), 0);
    return augment(digit);
  }
  [[nodiscard]] int digitOfCell(std::size_t k) const { return digits_[std::size_t(digitOfCell_[k])]; }

 private:
  bool augment(int digit) {
    for (int k : order_) {
      const auto slot = std::size_t(k);
      if (seen_[slot] || !contains(allowed_[cells_[slot]], digits_[std::size_t(digit)])) continue;
      seen_[slot] = 1;
      if (digitOfCell_[slot] < 0 || augment(digitOfCell_[slot])) {
        digitOfCell_[slot] = digit;
        return true;
      }
    }
    return false;
  }

  const CellList& cells_;
  const std::vector<int>& digits_;
  const std::array<DigitSet, kCells>& allowed_;
  const std::vector<int>& order_;
  std::vector<int> digitOfCell_;
  std::vector<char> seen_;
};

void shuffle(std::vector<int>& values, Random* random) {
  if (!random) return;
  for (std::size_t i = values.size(); i > 1; --i)
    std::swap(values[i - 1], values[std::size_t(random->below(i))]);
}

std::vector<int> digitsOf(DigitSet set) {
  std::vector<int> digits;
  for (int d = 1; d <= 9; ++d) {
    if (contains(set, d)) digits.push_back(d);
  }
  return digits;
}

// Matches box b's missing digits to its free cells; false when no perfect matching exists.
bool matchBox(const SudokuDomain& domain, int box, Board& board, Random* random) {
  const auto& cells = domain.freeInBox[std::size_t(box)];
  std::vector<int> digits = digitsOf(domain.missingInBox[std::size_t(box)]);
  std::vector<int> order(cells.size()), digitOrder(digits.size());
  for (std::size_t k = 0; k < order.size(); ++k)
    order[k] = int(k);
  for (std::size_t k = 0; k < digitOrder.size(); ++k)
    digitOrder[k] = int(k);
  shuffle(order, random);
  shuffle(digitOrder, random);
  BoxMatching matching(cells, digits, domain.allowed, order);
  for (int d : digitOrder) {
    if (!matching.add(d)) return false;
  }
  for (std::size_t k = 0; k < cells.size(); ++k)
    board[cells[k]] = std::uint8_t(matching.digitOfCell(k));
  return true;
}

}  // namespace

std::shared_ptr<const SudokuDomain> SudokuDomain::from(const Propagation& propagation,
                                                       bool restrictToCandidates) {
  if (!propagation.contradiction.empty())
    throw ArgumentError("A puzzle with a contradiction has nothing to search: " + propagation.contradiction);
  auto domain = std::make_shared<SudokuDomain>();
  domain->fixed = propagation.board;
  domain->missingInBox.fill(kAllDigits);
  for (int cell = 0; cell < kCells; ++cell) {
    const int digit = propagation.board[std::size_t(cell)];
    if (digit) domain->missingInBox[std::size_t(boxOf(cell))] &= DigitSet(~digitBit(digit));
  }
  for (int cell = 0; cell < kCells; ++cell) {
    if (propagation.board[std::size_t(cell)]) continue;
    const int box = boxOf(cell);
    domain->freeInBox[std::size_t(box)].push_back(std::uint8_t(cell));
    domain->freeCells.push_back(std::uint8_t(cell));
    domain->freeInLine[std::size_t(rowOf(cell))].push_back(std::uint8_t(cell));
    domain->freeInLine[std::size_t(kSide + columnOf(cell))].push_back(std::uint8_t(cell));
    domain->allowed[std::size_t(cell)] =
        restrictToCandidates
            ? DigitSet(propagation.candidates[std::size_t(cell)] & domain->missingInBox[std::size_t(box)])
            : domain->missingInBox[std::size_t(box)];
  }
  return domain;
}

bool SudokuDomain::fillBoxes(Board& board, Random& random) const {
  board = fixed;
  for (int box = 0; box < kSide; ++box) {
    if (!matchBox(*this, box, board, &random)) return false;
  }
  return true;
}

std::string SudokuDomain::boxContradiction() const {
  Board board = fixed;
  for (int box = 0; box < kSide; ++box) {
    if (!matchBox(*this, box, board, nullptr)) {
      return unitName(2 * kSide + box) +
             " cannot hold its missing digits: no arrangement puts each of them " +
             "in a free cell where its row and column allow it.";
    }
  }
  return {};
}

}  // namespace ebm::sudoku
