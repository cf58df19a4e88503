// The geometry of a 9×9 Sudoku: cells, rows, columns, boxes, and the sets of digits a cell may hold.
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace ebm::sudoku {

constexpr int kSide = 9;
constexpr int kCells = 81;
constexpr int kUnits = 27;  ///< 9 rows, 9 columns, 9 boxes

/// A board: one digit per cell, row by row from the top left; 0 = blank.
using Board = std::array<std::uint8_t, kCells>;
/// A set of digits as bits 1…9 (bit d set: digit d is in the set).
using DigitSet = std::uint16_t;
constexpr DigitSet kAllDigits = 0x3FE;

constexpr int rowOf(int cell) {
  return cell / kSide;
}
constexpr int columnOf(int cell) {
  return cell % kSide;
}
constexpr int boxOf(int cell) {
  return (cell / 27) * 3 + (cell % kSide) / 3;
}
constexpr DigitSet digitBit(int digit) {
  return DigitSet(1u << digit);
}
constexpr bool contains(DigitSet set, int digit) {
  return (set >> digit) & 1u;
}

/// The 27 units: rows 0–8, columns 9–17, boxes 18–26, each its 9 cells in reading order.
[[nodiscard]] const std::array<std::array<int, kSide>, kUnits>& units();
/// The 20 peers of each cell: the other cells of its row, column and box.
[[nodiscard]] const std::array<std::array<int, 20>, kCells>& peers();
/// "row 3", "column 5", "box 7" (counted from 1, as people do; boxes left to right, top to bottom).
[[nodiscard]] std::string unitName(int unit);
/// "row 2, column 7" (from 1).
[[nodiscard]] std::string cellName(int cell);

}  // namespace ebm::sudoku
