#include "sudoku/permutation_energy.h"

#include <algorithm>
#include <bit>

#include "core/errors.h"

namespace ebm::sudoku {
namespace {

// A uniform integer in [0, n) from the top 32 random bits (Lemire's multiply-shift; the bias, n/2³², is far
// below anything a search notices) — cheaper than Random::below's floating point in the inner loop.
unsigned below(Random& random, unsigned n) {
  return unsigned(((random.bits() >> 32) * n) >> 32);
}

// One search move in four tries a rotation: enough to join the boxes that swaps alone leave split, and on
// the hardest puzzles fewer sweeps than one in two or one in eight (bench W8).
constexpr unsigned kRotationShare = 4;

}  // namespace

PermutationEnergy::PermutationEnergy(std::shared_ptr<const SudokuDomain> domain)
    : domain_(std::move(domain)) {
  if (!domain_) throw ArgumentError("A Sudoku energy needs a domain.");
  if (const std::string why = domain_->boxContradiction(); !why.empty()) throw ArgumentError(why);
  Random first(0);
  domain_->fillBoxes(board_, first);
  countAll();
}

void PermutationEnergy::countAll() {
  for (auto& row : rowCount_)
    std::fill(std::begin(row), std::end(row), 0);
  for (auto& column : columnCount_)
    std::fill(std::begin(column), std::end(column), 0);
  for (int cell = 0; cell < kCells; ++cell) {
    ++rowCount_[rowOf(cell)][board_[std::size_t(cell)]];
    ++columnCount_[columnOf(cell)][board_[std::size_t(cell)]];
  }
  linesInConflict_ = 0;
  for (int line = 0; line < kSide; ++line) {
    rowRepeats_[line] = columnRepeats_[line] = 0;
    for (int d = 1; d <= 9; ++d) {
      if (rowCount_[line][d] > 1) rowRepeats_[line] |= digitBit(d);
      if (columnCount_[line][d] > 1) columnRepeats_[line] |= digitBit(d);
    }
    if (rowRepeats_[line]) linesInConflict_ |= 1u << line;
    if (columnRepeats_[line]) linesInConflict_ |= 1u << (kSide + line);
  }
  energy_ = recomputeEnergy();
}

int PermutationEnergy::recomputeEnergy() const {
  int energy = 0;
  for (int line = 0; line < kSide; ++line) {
    DigitSet inRow = 0, inColumn = 0;
    for (int k = 0; k < kSide; ++k) {
      inRow |= digitBit(board_[std::size_t(line * kSide + k)]);
      inColumn |= digitBit(board_[std::size_t(k * kSide + line)]);
    }
    energy +=
        9 - std::popcount(unsigned(inRow & kAllDigits)) + 9 - std::popcount(unsigned(inColumn & kAllDigits));
  }
  return energy;
}

void PermutationEnergy::randomize(Random& random) {
  domain_->fillBoxes(board_, random);
  countAll();
}

bool PermutationEnergy::allowedSwap(int a, int b) const {
  return contains(domain_->allowed[std::size_t(b)], board_[std::size_t(a)]) &&
         contains(domain_->allowed[std::size_t(a)], board_[std::size_t(b)]);
}

// Uniform draws of other cells of a box: among size − 1 (or size − 2) slots, with the cells already taken
// standing in for the last slots.
bool PermutationEnergy::drawRotation(Random& random, int a, Move& move) const {
  const CellList& box = domain_->freeInBox[std::size_t(boxOf(a))];
  const unsigned n = unsigned(box.size());
  if (n < 3) return false;
  std::uint8_t others[kSide];
  unsigned m = 0;
  for (std::uint8_t cell : box) {
    if (cell != a) others[m++] = cell;
  }
  const unsigned i = below(random, m), j = below(random, m - 1);
  const std::uint8_t b = others[i], c = others[j < i ? j : j + 1];
  const Board& d = board_;
  const auto& allowed = domain_->allowed;
  if (!contains(allowed[b], d[std::size_t(a)]) || !contains(allowed[c], d[b]) ||
      !contains(allowed[std::size_t(a)], d[c]))
    return false;
  move = {std::uint8_t(a), b, c};
  return true;
}

bool PermutationEnergy::proposeMove(Random& random, Move& move) const {
  const auto& free = domain_->freeCells;
  if (free.empty()) return false;
  const int a = free[std::size_t(random.below(free.size()))];
  const CellList& box = domain_->freeInBox[std::size_t(boxOf(a))];
  if (box.size() < 2) return false;
  if (box.size() >= 3 && random.below(4) == 0) return drawRotation(random, a, move);
  // A uniform other cell of the box: draw among size − 1 and skip over a.
  std::size_t k = std::size_t(random.below(box.size() - 1));
  if (box[k] == a) k = box.size() - 1;
  const int b = box[k];
  if (!allowedSwap(a, b)) return false;
  move = {std::uint8_t(a), std::uint8_t(b)};
  return true;
}

// A rotation changes three cells; in each row (column) it touches, digits leave and arrive, and a digit goes
// missing where its count falls to 0 and stops missing where it rises from 0.
int PermutationEnergy::rotationChange(const Move& move) const {
  const int cells[3] = {move.a, move.b, move.c};
  int out[3], in[3];
  for (int k = 0; k < 3; ++k) {
    out[k] = board_[std::size_t(cells[k])];
    in[k] = board_[std::size_t(cells[(k + 2) % 3])];
  }
  int delta = 0;
  for (int kind = 0; kind < 2; ++kind) {
    int lines[3];
    for (int k = 0; k < 3; ++k)
      lines[k] = kind == 0 ? rowOf(cells[k]) : columnOf(cells[k]);
    for (int k = 0; k < 3; ++k) {
      if ((k > 0 && lines[0] == lines[k]) || (k > 1 && lines[1] == lines[k])) continue;
      const std::uint8_t* count = kind == 0 ? rowCount_[lines[k]] : columnCount_[lines[k]];
      int change[10] = {};
      for (int j = 0; j < 3; ++j) {
        if (lines[j] != lines[k]) continue;
        --change[out[j]];
        ++change[in[j]];
      }
      for (int j = 0; j < 3; ++j) {
        if (lines[j] != lines[k]) continue;
        for (int digit : {out[j], in[j]}) {
          if (change[digit] == 0) continue;
          delta += (count[digit] + change[digit] == 0) - (count[digit] == 0);
          change[digit] = 0;  // counted once
        }
      }
    }
  }
  return delta;
}

// Swapping x (at a) for y (at b): in a's row x leaves (missing if it was there once) and y arrives (no longer
// missing if it was absent); the same in b's row with x and y exchanged, and likewise in the columns. A row
// or column shared by a and b keeps its digits.
int PermutationEnergy::energyChange(const Move& move) const {
  if (move.c != kNoCell) return rotationChange(move);
  const int a = move.a, b = move.b;
  const int x = board_[std::size_t(a)], y = board_[std::size_t(b)];
  int delta = 0;
  const int ra = rowOf(a), rb = rowOf(b);
  if (ra != rb) {
    delta +=
        (rowCount_[ra][x] == 1) - (rowCount_[ra][y] == 0) + (rowCount_[rb][y] == 1) - (rowCount_[rb][x] == 0);
  }
  const int ca = columnOf(a), cb = columnOf(b);
  if (ca != cb) {
    delta += (columnCount_[ca][x] == 1) - (columnCount_[ca][y] == 0) + (columnCount_[cb][y] == 1) -
             (columnCount_[cb][x] == 0);
  }
  return delta;
}

// One digit moves out of a line and another in: the counts, the line's repeated digits and whether the line
// is in conflict follow. `line` is the bit of linesInConflict_.
void PermutationEnergy::moveDigit(std::uint8_t* count, DigitSet& repeated, int line, int from, int to) {
  if (--count[from] == 1) repeated &= DigitSet(~digitBit(from));
  if (++count[to] == 2) repeated |= digitBit(to);
  if (repeated) {
    linesInConflict_ |= 1u << line;
  } else {
    linesInConflict_ &= ~(1u << line);
  }
}

void PermutationEnergy::applyMove(const Move& move, int delta) {
  if (move.c != kNoCell) {
    const int cells[3] = {move.a, move.b, move.c};
    const int digits[3] = {board_[move.a], board_[move.b], board_[move.c]};
    for (int k = 0; k < 3; ++k) {
      const int cell = cells[k], from = digits[k], to = digits[(k + 2) % 3];
      moveDigit(rowCount_[rowOf(cell)], rowRepeats_[rowOf(cell)], rowOf(cell), from, to);
      moveDigit(columnCount_[columnOf(cell)], columnRepeats_[columnOf(cell)], kSide + columnOf(cell), from,
                to);
      board_[std::size_t(cell)] = std::uint8_t(to);
    }
    energy_ += delta;
    return;
  }
  const int a = move.a, b = move.b;
  const int x = board_[std::size_t(a)], y = board_[std::size_t(b)];
  const int ra = rowOf(a), rb = rowOf(b), ca = columnOf(a), cb = columnOf(b);
  if (ra != rb) {
    moveDigit(rowCount_[ra], rowRepeats_[ra], ra, x, y);
    moveDigit(rowCount_[rb], rowRepeats_[rb], rb, y, x);
  }
  if (ca != cb) {
    moveDigit(columnCount_[ca], columnRepeats_[ca], kSide + ca, x, y);
    moveDigit(columnCount_[cb], columnRepeats_[cb], kSide + cb, y, x);
  }
  board_[std::size_t(a)] = std::uint8_t(y);
  board_[std::size_t(b)] = std::uint8_t(x);
  energy_ += delta;
}

int PermutationEnergy::conflicts(int cell) const {
  const int digit = board_[std::size_t(cell)];
  if (digit == 0) return 0;
  return rowCount_[rowOf(cell)][digit] - 1 + columnCount_[columnOf(cell)][digit] - 1;
}

// A line in conflict, uniformly; then one of its free cells whose digit it repeats, uniformly. (A repeated
// digit always has a free cell among its places: clues never clash.)
int PermutationEnergy::conflictedCell(Random& random) const {
  std::uint32_t lines = linesInConflict_;
  if (lines == 0) return -1;
  for (unsigned skip = below(random, unsigned(std::popcount(lines))); skip > 0; --skip)
    lines &= lines - 1;
  const int line = std::countr_zero(lines);
  const DigitSet repeated = line < kSide ? rowRepeats_[line] : columnRepeats_[line - kSide];
  const CellList& free = domain_->freeInLine[std::size_t(line)];
  std::uint8_t candidates[kSide];
  unsigned n = 0;
  for (std::uint8_t cell : free) {
    candidates[n] = cell;
    n += contains(repeated, board_[cell]);
  }
  return candidates[below(random, n)];
}

Index PermutationEnergy::heatBathSweep(Random& random, const BoltzmannFactors& factors, int stopAt) {
  // Locals, not members: every store to the board (bytes) could alias a member, and the loop would reload it.
  const SudokuDomain& domain = *domain_;
  const std::uint8_t* free = domain.freeCells.data();
  const auto freeCount = unsigned(domain.freeCells.size());
  Index changed = 0;
  for (unsigned m = 0; m < freeCount && energy_ > stopAt; ++m) {
    int a = conflictedCell(random);
    if (a < 0) a = free[below(random, freeCount)];
    if (below(random, kRotationShare) == 0) {
      Move rotation;
      if (!drawRotation(random, a, rotation)) continue;
      const int delta = rotationChange(rotation);
      if (delta > 0 && !(random.uniform() < factors(delta))) continue;
      applyMove(rotation, delta);
      ++changed;
      continue;
    }
    const CellList& box = domain.freeInBox[std::size_t(boxOf(a))];
    const DigitSet allowedHere = domain.allowed[std::size_t(a)];
    const int x = board_[std::size_t(a)];
    double weights[kSide];
    std::uint8_t partners[kSide];
    int deltas[kSide];
    int options = 0;
    double total = 1.0;  // staying put: ΔE = 0, weight 1
    for (std::uint8_t b : box) {
      if (b == a || !contains(allowedHere, board_[b]) || !contains(domain.allowed[b], x)) continue;
      const int delta = energyChange({std::uint8_t(a), b});
      weights[options] = factors(delta);
      partners[options] = b;
      deltas[options] = delta;
      total += weights[options++];
    }
    double u = random.uniform() * total - 1.0;
    if (u < 0) continue;
    int pick = 0;
    while (pick + 1 < options && u >= weights[pick])
      u -= weights[pick++];
    applyMove({std::uint8_t(a), partners[pick]}, deltas[pick]);
    ++changed;
  }
  return changed;
}

}  // namespace ebm::sudoku
