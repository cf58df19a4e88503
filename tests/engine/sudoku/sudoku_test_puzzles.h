// Puzzles the Sudoku tests share, with their solutions (each checked by an independent solver).
#pragma once

#include <string>

namespace ebm::sudoku::testing {

/// The first puzzle of top95.
inline const std::string kTop95First =
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......";
inline const std::string kTop95FirstSolution =
    "417369825632158947958724316825437169791586432346912758289643571573291684164875293";
/// AI Escargot (Arto Inkala, 2006).
inline const std::string kEscargot =
    "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..";
inline const std::string kEscargotSolution =
    "162857493534129678789643521475312986913586742628794135356478219241935867897261354";
/// A newspaper puzzle that naked and hidden singles solve alone.
inline const std::string kEasy =
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79";
inline const std::string kEasySolution =
    "534678912672195348198342567859761423426853791713924856961537284287419635345286179";
/// top95's first puzzle with one clue changed (the 4 of row 5 made a 5): the clues do not clash and singles
/// find no contradiction, but it has no solution.
inline const std::string kNoSolution =
    "4.....8.5.3..........7......2.....6.....8.5......1.......6.3.7.5..2.....1.4......";

}  // namespace ebm::sudoku::testing
