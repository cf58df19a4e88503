#include "solve_command.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <vector>

#include "argument_walker.h"
#include "core/errors.h"
#include "sudoku/sudoku_puzzle.h"
#include "sudoku/sudoku_solve.h"

namespace ebmapp {
namespace {

using ebm::sudoku::SudokuResult;

// Seconds as people read them: 0.0123 s, 1.25 s.
std::string secondsText(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, seconds < 0.1 ? "%.4f" : "%.3g", seconds);
  return text;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// The nearest-rank quantile.
double quantile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  const auto rank = std::size_t(std::ceil(q * double(v.size())));
  return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

std::string describe(const SudokuResult& r, const std::string& method) {
  std::string line;
  if (r.solved) {
    line = "solved in " + secondsText(r.seconds) + " s: " + std::to_string(r.sweeps) + " sweeps of " +
           method + ", energy 0";
  } else {
    line = r.message;
  }
  line += " (propagation fixed " + std::to_string(r.propagated) + (r.propagated == 1 ? " cell" : " cells");
  if (r.reheats > 0) line += ", " + std::to_string(r.reheats) + (r.reheats == 1 ? " reheat" : " reheats");
  return line + ")";
}

nlohmann::json record(int index, int line, const SudokuResult& r) {
  nlohmann::json p;
  p["index"] = index;
  if (line > 0) p["line"] = line;
  p["solved"] = r.solved;
  p["solution"] = r.solved ? nlohmann::json(ebm::sudoku::boardLine(r.board)) : nlohmann::json(nullptr);
  p["seconds"] = std::round(r.seconds * 1e6) / 1e6;
  p["sweeps"] = r.sweeps;
  p["energy"] = r.energy;
  p["propagated"] = r.propagated;
  if (!r.solved) p["message"] = r.message;
  return p;
}

}  // namespace

SolveArguments parseSolveArguments(const QStringList& arguments) {
  SolveArguments a;
  ArgumentWalker walker(arguments);
  while (!walker.done()) {
    const QString argument = walker.next();
    if (argument == QStringLiteral("--file")) {
      a.file = walker.valueOf(argument).toStdString();
    } else if (argument == QStringLiteral("--method")) {
      a.method = walker.valueOf(argument).toStdString();
      try {
        (void)ebm::sudoku::methodFromName(a.method);
      } catch (const ebm::ArgumentError& e) {
        throw UsageError(e.what());
      }
    } else if (argument == QStringLiteral("--seed")) {
      a.seed = parseSeed(argument, walker.valueOf(argument));
    } else if (argument == QStringLiteral("--time-limit")) {
      a.timeLimitSeconds = parsePositiveNumber(argument, walker.valueOf(argument), 1e6,
                                               QStringLiteral("a positive number of seconds"));
    } else if (argument == QStringLiteral("--json")) {
      a.json = true;
    } else if (argument.startsWith(QStringLiteral("--"))) {
      throw UsageError(QStringLiteral("solve does not know \"%1\".").arg(argument).toStdString());
    } else if (a.puzzle.empty()) {
      a.puzzle = argument.toStdString();
    } else {
      throw UsageError("solve takes one puzzle on the command line (or --file FILE for several).");
    }
  }
  if (a.puzzle.empty() == a.file.empty())
    throw UsageError("solve needs either a puzzle (81 characters) or --file FILE.");
  return a;
}

int runSolve(const SolveArguments& arguments) {
  std::vector<ebm::sudoku::PuzzleLine> puzzles;
  if (arguments.file.empty()) {
    puzzles.push_back({ebm::sudoku::parsePuzzle(arguments.puzzle), 0});
  } else {
    puzzles = ebm::sudoku::readPuzzleFile(arguments.file);
  }
  ebm::sudoku::SudokuOptions options;
  options.method = ebm::sudoku::methodFromName(arguments.method);
  options.seed = arguments.seed;
  const std::string methodText = options.method == ebm::sudoku::SudokuMethod::kAnneal ? "annealing"
                                 : options.method == ebm::sudoku::SudokuMethod::kTempering
                                     ? "parallel tempering"
                                     : "Potts tempering";
  nlohmann::json list = nlohmann::json::array();
  std::vector<double> seconds;
  int solved = 0;
  std::string lastFailure;
  for (std::size_t k = 0; k < puzzles.size(); ++k) {
    const SudokuResult r = ebm::sudoku::solveSudoku(puzzles[k].clues, options, arguments.timeLimitSeconds);
    solved += r.solved ? 1 : 0;
    if (!r.solved) lastFailure = r.message;
    seconds.push_back(r.seconds);
    if (arguments.json) {
      list.push_back(record(int(k) + 1, puzzles[k].line, r));
      continue;
    }
    if (puzzles.size() > 1) std::printf("Puzzle %zu (line %d):\n", k + 1, puzzles[k].line);
    if (r.solved) std::fputs(ebm::sudoku::boardGrid(r.board).c_str(), stdout);
    std::printf("%s\n", describe(r, methodText).c_str());
    if (puzzles.size() > 1) std::printf("\n");
    std::fflush(stdout);
  }
  const int total = int(puzzles.size());
  if (arguments.json) {
    nlohmann::json out;
    out["puzzles"] = list;
    out["summary"] = {
        {"solved", solved},
        {"total", total},
        {"median_seconds", std::round(median(seconds) * 1e6) / 1e6},
        {"p95_seconds", std::round(quantile(seconds, 0.95) * 1e6) / 1e6},
        {"max_seconds", std::round(*std::max_element(seconds.begin(), seconds.end()) * 1e6) / 1e6}};
    std::printf("%s\n", out.dump().c_str());
  } else if (total > 1) {
    std::printf("Solved %d of %d puzzles: median %s s, p95 %s s, max %s s.\n", solved, total,
                secondsText(median(seconds)).c_str(), secondsText(quantile(seconds, 0.95)).c_str(),
                secondsText(*std::max_element(seconds.begin(), seconds.end())).c_str());
  }
  if (solved < total) {
    if (total == 1) {
      std::fprintf(stderr, "ebmscape: %s\n", lastFailure.c_str());
    } else {
      std::fprintf(stderr, "ebmscape: %d of %d puzzles were not solved.\n", total - solved, total);
    }
    return 1;
  }
  return 0;
}

}  // namespace ebmapp
