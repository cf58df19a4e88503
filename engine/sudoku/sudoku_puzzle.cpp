#include "sudoku/sudoku_puzzle.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/errors.h"

namespace ebm::sudoku {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

std::string shown(unsigned char c) {
  if (c >= 0x21 && c < 0x7F) return std::string("'") + char(c) + "'";
  if (c == ' ') return "a space";
  if (c == '\t') return "a tab";
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", unsigned(c));
  return std::string("byte ") + hex;
}

std::string plural(int digit) {
  return "two " + std::to_string(digit) + "s";
}

// Control characters other than tab, line feed and carriage return do not occur in text files of puzzles:
// such a file is binary (an image, an archive, a program) and is refused as a whole.
std::size_t firstBinaryByte(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
  }
  return std::string_view::npos;
}

}  // namespace

void checkClues(const Board& clues, const std::string& where) {
  const auto& all = units();
  for (int unit = 0; unit < kUnits; ++unit) {
    std::array<int, 10> seenAt;
    seenAt.fill(-1);
    for (int cell : all[std::size_t(unit)]) {
      const int digit = clues[std::size_t(cell)];
      if (digit == 0) continue;
      const int first = seenAt[std::size_t(digit)];
      if (first < 0) {
        seenAt[std::size_t(digit)] = cell;
        continue;
      }
      std::string places;
      if (unit < kSide) {
        places =
            "columns " + std::to_string(columnOf(first) + 1) + " and " + std::to_string(columnOf(cell) + 1);
      } else if (unit < 2 * kSide) {
        places = "rows " + std::to_string(rowOf(first) + 1) + " and " + std::to_string(rowOf(cell) + 1);
      } else {
        places = cellName(first) + " and " + cellName(cell);
      }
      throw DataError(where + ": the clues clash — " + unitName(unit) + " holds " + plural(digit) + " (" +
                      places + ").");
    }
  }
}

Board parsePuzzle(std::string_view text, const std::string& where) {
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
  while (!text.empty() && (text.back() == '\r' || text.back() == '\n'))
    text.remove_suffix(1);
  if (text.size() < std::size_t(kCells)) {
    throw DataError(where + " has " + std::to_string(text.size()) +
                    " characters; a puzzle needs 81 (digits 1–9, with '.' or '0' for a blank), row by row.");
  }
  Board clues{};
  for (int cell = 0; cell < kCells; ++cell) {
    const auto c = static_cast<unsigned char>(text[std::size_t(cell)]);
    if (c >= '1' && c <= '9') {
      clues[std::size_t(cell)] = std::uint8_t(c - '0');
    } else if (c != '.' && c != '0') {
      throw DataError(where + ": character " + std::to_string(cell + 1) + " (" + cellName(cell) + ") is " +
                      shown(c) + "; a puzzle holds only the digits 1–9 and '.' or '0' for a blank.");
    }
  }
  checkClues(clues, where);
  return clues;
}

std::vector<PuzzleLine> parsePuzzleText(std::string_view text, const std::string& name) {
  if (text.empty()) throw DataError(name + " holds no puzzle: it is empty.");
  if (const std::size_t at = firstBinaryByte(text); at != std::string_view::npos) {
    throw DataError(name + " is not a text file of puzzles: it holds binary data (" +
                    shown(static_cast<unsigned char>(text[at])) + " at position " + std::to_string(at + 1) +
                    "). Give a text file with one puzzle of 81 characters per line.");
  }
  if (text.substr(0, kByteOrderMark.size()) == kByteOrderMark) text.remove_prefix(kByteOrderMark.size());
  std::vector<PuzzleLine> puzzles;
  int number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    puzzles.push_back({parsePuzzle(line, name + " line " + std::to_string(number)), number});
  }
  if (puzzles.empty()) throw DataError(name + " holds no puzzle: every line is blank.");
  return puzzles;
}

std::vector<PuzzleLine> readPuzzleFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw DataError("Cannot open the puzzle file " + path + ".");
  std::ostringstream contents;
  contents << file.rdbuf();
  if (file.bad()) throw DataError("Cannot read the puzzle file " + path + ".");
  return parsePuzzleText(contents.str(), path);
}

std::string boardLine(const Board& board, char blank) {
  std::string line(kCells, blank);
  for (int cell = 0; cell < kCells; ++cell) {
    if (board[std::size_t(cell)] != 0) line[std::size_t(cell)] = char('0' + board[std::size_t(cell)]);
  }
  return line;
}

std::string boardGrid(const Board& board) {
  std::string grid;
  for (int row = 0; row < kSide; ++row) {
    if (row == 3 || row == 6) grid += "------+-------+------\n";
    for (int column = 0; column < kSide; ++column) {
      if (column == 3 || column == 6) grid += "| ";
      const int digit = board[std::size_t(row * kSide + column)];
      grid += digit ? char('0' + digit) : '.';
      grid += column == kSide - 1 ? "\n" : " ";
    }
  }
  return grid;
}

}  // namespace ebm::sudoku
