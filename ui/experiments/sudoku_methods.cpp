#include "experiments/sudoku_methods.h"

#include <QCoreApplication>

namespace ebmui {
namespace {

const SudokuMethodText kMethods[] = {
    {"anneal", QT_TRANSLATE_NOOP("SudokuStage", "annealing"),
     QT_TRANSLATE_NOOP("ebmui::SudokuPanel", "Annealing: swaps inside boxes"),
     QT_TRANSLATE_NOOP("ebmui::SudokuPanel",
                       "Each box holds its missing digits; E counts digits missing from rows and "
                       "columns. Cool slowly, reheat when stuck.")},
    {"tempering", QT_TRANSLATE_NOOP("SudokuStage", "parallel tempering"),
     QT_TRANSLATE_NOOP("ebmui::SudokuPanel", "Parallel tempering: swaps inside boxes"),
     QT_TRANSLATE_NOOP("ebmui::SudokuPanel",
                       "The same energy on a ladder of temperatures; neighbours swap states, so "
                       "a cold replica can leave a trap through a hot one.")},
    {"potts", QT_TRANSLATE_NOOP("SudokuStage", "Potts"),
     QT_TRANSLATE_NOOP("ebmui::SudokuPanel", "Potts: one digit per cell, heat bath"),
     QT_TRANSLATE_NOOP("ebmui::SudokuPanel",
                       "729 one-hot units, every rule (rows, columns, boxes) an energy term: the "
                       "same problem on a worse landscape.")},
};

}  // namespace

std::span<const SudokuMethodText> sudokuMethods() {
  return kMethods;
}

QString sudokuMethodBrief(const std::string& name) {
  for (const auto& m : kMethods)
    if (name == m.name) return QCoreApplication::translate("SudokuStage", m.brief);
  return QString::fromStdString(name);
}

}  // namespace ebmui
