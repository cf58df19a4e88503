// `ebmscape solve`: Sudoku puzzles solved by energy descent without a window — a grid and the numbers for
// people, or one JSON object for scripts.
#pragma once

#include <QStringList>
#include <cstdint>
#include <string>

namespace ebmapp {

/// What `ebmscape solve` was asked to do.
struct SolveArguments {
  std::string puzzle;  ///< one puzzle given on the command line, or
  std::string file;    ///< --file: a text file of puzzles, one per line (exactly one of the two)
  std::string method = "tempering";
  std::uint64_t seed = 1;
  double timeLimitSeconds = 10;  ///< per puzzle
  bool json = false;
};

/// Parses the arguments after `solve`. Throws UsageError (argument_walker.h) with a one-line reason.
[[nodiscard]] SolveArguments parseSolveArguments(const QStringList& arguments);

/// Solves every puzzle and prints the results. Returns 0 when every puzzle was solved, 1 otherwise (a puzzle
/// without a solution, one not solved within the time limit). A bad puzzle or file throws ebm::DataError
/// before anything is solved (exit 1 with its message).
int runSolve(const SolveArguments& arguments);

}  // namespace ebmapp
