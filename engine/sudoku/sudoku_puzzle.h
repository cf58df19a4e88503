// Sudoku puzzles as text: reading them (81 characters a line) with messages a teacher can act on, and writing
// boards back as a line or a 9×9 grid.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sudoku/sudoku_grid.h"

namespace ebm::sudoku {

/// A puzzle read from a file, and the line it came from.
struct PuzzleLine {
  Board clues{};
  int line = 0;  ///< from 1
};

/// Reads a puzzle from the first 81 characters of `text`, row by row: digits 1–9 are clues, '.' or '0'
/// blanks; whatever follows the 81st character is ignored (files carry comments there), and so are a UTF-8
/// byte-order mark in front and a carriage return at the end. `where` names the puzzle in messages ("The
/// puzzle", "top95.txt line 3"). Throws DataError for fewer than 81 characters, another character among the
/// 81, or clues that clash — naming the row, column or box and the digit.
[[nodiscard]] Board parsePuzzle(std::string_view text, const std::string& where = "The puzzle");

/// Every puzzle of a text, one per line (blank lines are skipped). `name` names the text in messages. Throws
/// DataError for an empty text, binary data, or the first bad line (with its number).
[[nodiscard]] std::vector<PuzzleLine> parsePuzzleText(std::string_view text, const std::string& name);

/// parsePuzzleText() of a file's contents. Throws DataError when the file cannot be read.
[[nodiscard]] std::vector<PuzzleLine> readPuzzleFile(const std::string& path);

/// Throws DataError (`where`: the clues clash — row 2 holds two 5s (columns 3 and 8)) when two clues of one
/// row, column or box hold the same digit.
void checkClues(const Board& clues, const std::string& where);

/// The board as one line of 81 characters, `blank` for empty cells.
[[nodiscard]] std::string boardLine(const Board& board, char blank = '.');
/// The board as 9 lines with box separators, "." for empty cells:
///   4 1 7 | 3 6 9 | 8 2 5
///   ------+-------+------
[[nodiscard]] std::string boardGrid(const Board& board);

}  // namespace ebm::sudoku
