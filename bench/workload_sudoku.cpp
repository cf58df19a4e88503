// W8: Sudoku by energy descent — every puzzle of top95 and of the famous hardest ones solved by each method,
// one at a time with both cores, timed from the clues to the checked solution (propagation included). A
// descent's time to the answer varies from seed to seed far more than from machine noise, so the four
// hardest puzzles are each solved with eight seeds: their median is over 32 solves.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "bench_timing.h"
#include "sudoku/sudoku_puzzle.h"
#include "sudoku/sudoku_solve.h"
#include "workloads.h"

namespace ebm::bench {
namespace {

// The nearest-rank quantile of a sorted list.
double quantile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return 0;
  const auto rank = std::size_t(std::ceil(q * double(sorted.size())));
  return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

double rounded(double x, double unit) {
  return std::round(x / unit) * unit;
}

void runSet(const std::string& setName, const std::vector<sudoku::PuzzleLine>& puzzles,
            sudoku::SudokuMethod method, double timeLimit, int seeds) {
  sudoku::SudokuOptions options;
  options.method = method;
  std::vector<double> seconds, sweeps, propagated;
  int solved = 0;
  for (int seed = 1; seed <= seeds; ++seed) {
    options.seed = std::uint64_t(seed);
    for (const auto& puzzle : puzzles) {
      const sudoku::SudokuResult r = sudoku::solveSudoku(puzzle.clues, options, timeLimit);
      solved += r.solved ? 1 : 0;
      seconds.push_back(r.seconds);
      sweeps.push_back(double(r.sweeps));
      propagated.push_back(r.propagated);
    }
  }
  std::sort(seconds.begin(), seconds.end());
  std::sort(sweeps.begin(), sweeps.end());
  std::sort(propagated.begin(), propagated.end());
  nlohmann::json line;
  line["workload"] = "W8";
  line["variant"] = setName + " " + sudoku::methodName(method);
  line["puzzles"] = puzzles.size();
  line["seeds"] = seeds;
  line["solves"] = seconds.size();
  line["solved"] = solved;
  line["time_limit_s"] = timeLimit;
  line["median_s"] = rounded(medianOf(seconds), 1e-4);
  line["p95_s"] = rounded(quantile(seconds, 0.95), 1e-4);
  line["max_s"] = rounded(seconds.back(), 1e-4);
  line["median_sweeps"] = medianOf(sweeps);
  line["p95_sweeps"] = quantile(sweeps, 0.95);
  line["max_sweeps"] = sweeps.back();
  line["median_propagated_cells"] = medianOf(propagated);
  printLine(line);
}

}  // namespace

void runSudoku(const BenchContext& context) {
  auto top95 = sudoku::readPuzzleFile(EBMSCAPE_SUDOKU_TOP95);
  auto hardest = sudoku::readPuzzleFile(EBMSCAPE_SUDOKU_HARDEST);
  if (context.quick) top95.resize(std::min<std::size_t>(top95.size(), 5));
  const double limit = context.quick ? 2.0 : 10.0;
  for (auto method :
       {sudoku::SudokuMethod::kTempering, sudoku::SudokuMethod::kAnneal, sudoku::SudokuMethod::kPotts}) {
    runSet("top95", top95, method, limit, 1);
    runSet("hardest", hardest, method, limit, context.quick ? 1 : 8);
  }
}

}  // namespace ebm::bench
