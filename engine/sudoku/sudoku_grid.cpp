#include "sudoku/sudoku_grid.h"

namespace ebm::sudoku {

const std::array<std::array<int, kSide>, kUnits>& units() {
  static const auto table = [] {
    std::array<std::array<int, kSide>, kUnits> u{};
    std::array<int, kUnits> filled{};
    for (int cell = 0; cell < kCells; ++cell) {
      for (int unit : {rowOf(cell), kSide + columnOf(cell), 2 * kSide + boxOf(cell)})
        u[std::size_t(unit)][std::size_t(filled[std::size_t(unit)]++)] = cell;
    }
    return u;
  }();
  return table;
}

const std::array<std::array<int, 20>, kCells>& peers() {
  static const auto table = [] {
    std::array<std::array<int, 20>, kCells> p{};
    for (int cell = 0; cell < kCells; ++cell) {
      int n = 0;
      for (int other = 0; other < kCells; ++other) {
        if (other != cell &&
            (rowOf(other) == rowOf(cell) || columnOf(other) == columnOf(cell) || boxOf(other) == boxOf(cell)))
          p[std::size_t(cell)][std::size_t(n++)] = other;
      }
    }
    return p;
  }();
  return table;
}

std::string unitName(int unit) {
  const int index = unit % kSide + 1;
  if (unit < kSide) return "row " + std::to_string(index);
  if (unit < 2 * kSide) return "column " + std::to_string(index);
  return "box " + std::to_string(index);
}

std::string cellName(int cell) {
  return "row " + std::to_string(rowOf(cell) + 1) + ", column " + std::to_string(columnOf(cell) + 1);
}

}  // namespace ebm::sudoku
