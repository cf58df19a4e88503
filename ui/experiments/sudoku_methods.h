// The Sudoku lesson's searches as the interface names them: one row per engine method
// (sudoku/sudoku_solver.h), read by the panel's chooser and the stage's subtitle.
#pragma once

#include <QString>
#include <span>
#include <string>

namespace ebmui {

struct SudokuMethodText {
  const char* name;   ///< the engine's name ("anneal")
  const char* brief;  ///< in the stage's subtitle ("annealing"), context "SudokuStage"
  const char* label;  ///< in the panel's chooser, context "ebmui::SudokuPanel"
  const char* tip;    ///< the chooser entry's tooltip, context "ebmui::SudokuPanel"
};

[[nodiscard]] std::span<const SudokuMethodText> sudokuMethods();

/// A method's brief name in the interface's language; the engine's name if the table does not know it.
[[nodiscard]] QString sudokuMethodBrief(const std::string& name);

}  // namespace ebmui
