// Reading puzzles: 81 characters a line, '.' or '0' for blanks, comments after the 81st character, BOM and
// CRLF — and every kind of bad input refused with a message that says what and where.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "core/errors.h"
#include "sudoku/sudoku_puzzle.h"

namespace ebm::sudoku {
namespace {

const std::string kTop95First =
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......";

std::string puzzleErrorOf(const std::function<void()>& read) {
  try {
    read();
  } catch (const DataError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(SudokuPuzzle, ReadsDigitsAndBothKindsOfBlank) {
  const Board board = parsePuzzle(kTop95First);
  EXPECT_EQ(board[0], 4);
  EXPECT_EQ(board[1], 0);
  EXPECT_EQ(board[6], 8);
  EXPECT_EQ(boardLine(board), kTop95First);
  std::string zeros = kTop95First;
  for (char& c : zeros)
    if (c == '.') c = '0';
  EXPECT_EQ(parsePuzzle(zeros), board);
  EXPECT_EQ(boardLine(board, '0'), zeros);
}

TEST(SudokuPuzzle, IgnoresWhatFollowsThe81stCharacterAByteOrderMarkAndCrLf) {
  const Board board = parsePuzzle(kTop95First);
  EXPECT_EQ(parsePuzzle(kTop95First + "  # from top95, rating 9.9"), board);
  EXPECT_EQ(parsePuzzle("\xEF\xBB\xBF" + kTop95First + "\r\n"), board);
  EXPECT_EQ(parsePuzzle(kTop95First + "x"), board);
}

TEST(SudokuPuzzle, RefusesAWrongLengthWithTheCount) {
  EXPECT_EQ(
      puzzleErrorOf([] { (void)parsePuzzle(kTop95First.substr(0, 80)); }),
      "The puzzle has 80 characters; a puzzle needs 81 (digits 1–9, with '.' or '0' for a blank), row by "
      "row.");
  EXPECT_EQ(puzzleErrorOf([] { (void)parsePuzzle(kTop95First.substr(0, 80) + "\r\n"); }),
            puzzleErrorOf([] { (void)parsePuzzle(kTop95First.substr(0, 80)); }))
      << "a line ending is not a character of the puzzle";
  EXPECT_EQ(puzzleErrorOf([] { (void)parsePuzzle(""); }).substr(0, 30), "The puzzle has 0 characters; a");
}

TEST(SudokuPuzzle, RefusesABadCharacterNamingItsPlace) {
  std::string bad = kTop95First;
  bad[13] = 'x';
  EXPECT_EQ(
      puzzleErrorOf([&] { (void)parsePuzzle(bad, "puzzles.txt line 4"); }),
      "puzzles.txt line 4: character 14 (row 2, column 5) is 'x'; a puzzle holds only the digits 1–9 and "
      "'.' or '0' for a blank.");
  bad[13] = ' ';
  EXPECT_NE(puzzleErrorOf([&] { (void)parsePuzzle(bad); }).find("is a space"), std::string::npos);
  bad[13] = '\xC3';
  EXPECT_NE(puzzleErrorOf([&] { (void)parsePuzzle(bad); }).find("is byte 0xC3"), std::string::npos);
}

TEST(SudokuPuzzle, NamesTheRowColumnOrBoxAndTheDigitOfClashingClues) {
  std::string row = std::string(81, '.');
  row[2] = '5';
  row[7] = '5';
  EXPECT_EQ(puzzleErrorOf([&] { (void)parsePuzzle(row); }),
            "The puzzle: the clues clash — row 1 holds two 5s (columns 3 and 8).");
  std::string column = std::string(81, '.');
  column[3] = '7';
  column[5 * 9 + 3] = '7';
  EXPECT_EQ(puzzleErrorOf([&] { (void)parsePuzzle(column); }),
            "The puzzle: the clues clash — column 4 holds two 7s (rows 1 and 6).");
  std::string box = std::string(81, '.');
  box[3 * 9 + 4] = '3';
  box[5 * 9 + 3] = '3';
  EXPECT_EQ(puzzleErrorOf([&] { (void)parsePuzzle(box); }),
            "The puzzle: the clues clash — box 5 holds two 3s (row 4, column 5 and row 6, column 4).");
}

TEST(SudokuPuzzle, ReadsAFileOfPuzzlesSkippingBlankLinesAndKeepingLineNumbers) {
  const std::string text = "\xEF\xBB\xBF" + kTop95First + " first\r\n\r\n   \n" + kTop95First + "\r\n";
  const auto puzzles = parsePuzzleText(text, "set.txt");
  ASSERT_EQ(puzzles.size(), 2u);
  EXPECT_EQ(puzzles[0].line, 1);
  EXPECT_EQ(puzzles[1].line, 4);
  EXPECT_EQ(puzzles[1].clues, parsePuzzle(kTop95First));
}

TEST(SudokuPuzzle, RefusesEmptyFilesBinaryJunkAndBadLinesByNumber) {
  EXPECT_EQ(puzzleErrorOf([] { (void)parsePuzzleText("", "empty.txt"); }),
            "empty.txt holds no puzzle: it is empty.");
  EXPECT_EQ(puzzleErrorOf([] { (void)parsePuzzleText("\n \r\n\n", "blank.txt"); }),
            "blank.txt holds no puzzle: every line is blank.");
  const std::string junk("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  EXPECT_EQ(
      puzzleErrorOf([&] { (void)parsePuzzleText(junk, "photo.png"); }),
      "photo.png is not a text file of puzzles: it holds binary data (byte 0x1A at position 7). Give a text "
      "file with one puzzle of 81 characters per line.");
  const std::string elf(
      "\x7F"
      "ELF\x02\x01",
      6);
  EXPECT_NE(puzzleErrorOf([&] { (void)parsePuzzleText(elf, "a.out"); }).find("binary data (byte 0x7F"),
            std::string::npos);
  EXPECT_EQ(
      puzzleErrorOf([] { (void)parsePuzzleText(kTop95First + "\n" + "12345\n", "set.txt"); }),
      "set.txt line 2 has 5 characters; a puzzle needs 81 (digits 1–9, with '.' or '0' for a blank), row "
      "by row.");
}

TEST(SudokuPuzzle, ReportsAFileItCannotOpen) {
  EXPECT_EQ(puzzleErrorOf([] { (void)readPuzzleFile("/nonexistent/puzzles.txt"); }),
            "Cannot open the puzzle file /nonexistent/puzzles.txt.");
}

TEST(SudokuPuzzle, WritesABoardAsANineByNineGrid) {
  const std::string grid = boardGrid(parsePuzzle(kTop95First));
  EXPECT_EQ(grid.substr(0, 44),
            "4 . . | . . . | 8 . 5\n"
            ". 3 . | . . . | . . .\n");
  EXPECT_NE(grid.find("------+-------+------\n"), std::string::npos);
  EXPECT_EQ(std::count(grid.begin(), grid.end(), '\n'), 11);
}

}  // namespace
}  // namespace ebm::sudoku
