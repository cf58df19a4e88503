#include "sudoku/sudoku_experiment.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/json_read.h"
#include "core/json_section.h"
#include "core/localized_text.h"
#include "sudoku/sudoku_puzzle.h"

namespace ebm {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kFrameSeconds = 1.0 / 30;  // live pace: one frame's sweeps every 1/30 s
constexpr std::size_t kHistoryPoints = 1500;
constexpr int kNodesPerCell = 8;  // the conflict relief: a flat plateau per cell
constexpr int kMaxSweepsPerFrame = 20000;

// The relief a class sees: each cell a plateau as high as its conflicts; row 1 at the top, as on paper.
std::shared_ptr<const EnergyGrid> conflictRelief(const sudoku::SudokuSnapshot& s) {
  auto grid = std::make_shared<EnergyGrid>();
  Box box;
  box.dimension = 2;
  box.lower = {0, 0, 0};
  box.upper = {9, 9, 0};
  const int nodes = sudoku::kSide * kNodesPerCell + 1;
  grid->lattice = Lattice::over(box, nodes);
  grid->values.resize(grid->lattice.size());
  for (int j = 0; j < nodes; ++j) {
    // Nodes on a cell border belong to the cell above / to the right, except the last ones.
    const int row = sudoku::kSide - 1 - std::min(j / kNodesPerCell, sudoku::kSide - 1);
    for (int i = 0; i < nodes; ++i) {
      const int column = std::min(i / kNodesPerCell, sudoku::kSide - 1);
      grid->values[Index(i) + Index(nodes) * j] =
          float(s.conflicts[std::size_t(row * sudoku::kSide + column)]);
    }
  }
  return grid;
}

}  // namespace

std::vector<ExperimentParameter> SudokuExperiment::parameters() {
  return {{"sudoku.sweepsPerFrame", EBM_TRANSLATE_NOOP("ebm", "Pace (sweeps per frame)"),
           EBM_TRANSLATE_NOOP("ebm",
                              "How fast the descent runs for the class to watch: sweeps (every free cell "
                              "considered once) per frame"),
           1, kMaxSweepsPerFrame, true, true, "sweepsPerFrame", 4}};
}

SudokuExperiment::SudokuExperiment(const ExperimentContext& context) {
  update(context);
}

void SudokuExperiment::update(const ExperimentContext& context) {
  JsonSection section(context.settings, context.path);
  (void)section.text("kind", kKind);
  const std::string puzzle = section.text("puzzle", "");
  try {
    clues_ = sudoku::parsePuzzle(puzzle, "The puzzle");
  } catch (const Error& e) {
    throw LessonError("`" + section.path("puzzle") + "`: " + e.what());
  }
  puzzleName_ = section.text("puzzleName", "");
  const std::string method = section.text("method", "anneal");
  try {
    options_.method = sudoku::methodFromName(method);
  } catch (const ArgumentError& e) {
    throw LessonError("`" + section.path("method") + "`: " + e.what());
  }
  options_.fillSingles = section.flag("propagate", true);
  options_.seed = section.seed("seed", 1);
  sweepsPerFrame_ = section.integer("sweepsPerFrame", 4, 1, kMaxSweepsPerFrame);
  if (section.has("puzzles")) {
    const auto& list = json_read::array(section.at("puzzles"), section.path("puzzles"));
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string at = section.path("puzzles") + "[" + std::to_string(i) + "]";
      JsonSection entry(list[i], at);
      (void)entry.text("name", "");
      try {
        (void)sudoku::parsePuzzle(entry.text("puzzle", ""), "The puzzle");
      } catch (const Error& e) {
        throw LessonError("`" + entry.path("puzzle") + "`: " + e.what());
      }
    }
  }
  temperature_ = context.temperature;
  playing_ = context.playing;
  box_ = context.box;
  start();
}

void SudokuExperiment::start() {
  sudoku::SudokuOptions options = options_;
  options.seed = options_.seed + 7919 * restarts_;  // a restart is a new random start, reproducibly
  options.temperature = temperature_;
  // The lesson's T is the lowest rung: keep the top of the ladder (or the reheat) above it.
  if (options.method == sudoku::SudokuMethod::kTempering) {
    options.highestTemperature = std::max(1.5, 2 * temperature_);
  } else {
    options.highestTemperature = std::max(2.0, 2 * temperature_);
  }
  solver_ = std::make_unique<sudoku::SudokuSolver>(clues_, options);
  seconds_ = 0;
  historySweeps_.clear();
  historyEnergies_.clear();
  historyStride_ = 1;
  record();
  publish();
}

void SudokuExperiment::setParameter(const std::string& name, double value) {
  if (name == "temperature") {
    temperature_ = value;
    // Past the top of the ladder the search must be rebuilt; below it the solver takes the new T in place.
    if (solver_->search() && value < solver_->options().highestTemperature) {
      solver_->setTemperature(value);
    } else if (solver_->search()) {
      start();
    }
  } else if (name == "playing") {
    playing_ = value >= 0.5;
    lastFrameTime_ = {};
  } else if (name == "sudoku.sweepsPerFrame") {
    sweepsPerFrame_ = int(std::lround(value));
  } else {
    return;
  }
  publish();
}

void SudokuExperiment::command(const std::string& name, const nlohmann::json& arguments) {
  if (name == "reheat") {
    if (solver_->search() && !solver_->solved()) solver_->reheat();
  } else if (name == "step") {
    const Index sweeps =
        arguments.is_object() ? arguments.value("sweeps", Index(sweepsPerFrame_)) : sweepsPerFrame_;
    if (sweeps < 1 || sweeps > 1000000) throw ArgumentError("A step is 1 to 1,000,000 sweeps.");
    sweep(sweeps);
  } else if (name == "restart") {
    ++restarts_;
    start();
    return;
  } else {
    throw ArgumentError("The Sudoku lesson has no command \"" + name + "\".");
  }
  publish();
}

void SudokuExperiment::sweep(Index count) {
  if (!solver_->search() || solver_->solved()) return;
  const auto started = Clock::now();
  solver_->sweep(count);
  seconds_ += std::chrono::duration<double>(Clock::now() - started).count();
  record();
}

// One point per sweep batch; when the chart would hold too many, every other point goes and the batches that
// follow are recorded half as often — the history always spans the whole run.
void SudokuExperiment::record() {
  const auto s = solver_->snapshot();
  if (!historySweeps_.empty() && s.sweeps - Index(historySweeps_.back()) < historyStride_ && !s.solved)
    return;
  if (historyEnergies_.size() != s.energies.size()) historyEnergies_.assign(s.energies.size(), {});
  historySweeps_.push_back(double(s.sweeps));
  for (std::size_t k = 0; k < s.energies.size(); ++k)
    historyEnergies_[k].push_back(s.energies[k]);
  if (historySweeps_.size() > kHistoryPoints) {
    auto halve = [](std::vector<double>& v) {
      std::size_t out = 0;
      for (std::size_t i = 0; i < v.size(); i += 2)
        v[out++] = v[i];
      v.resize(out);
    };
    halve(historySweeps_);
    for (auto& e : historyEnergies_)
      halve(e);
    historyStride_ *= 2;
  }
}

bool SudokuExperiment::advance(double /*budgetSeconds*/) {
  if (!playing_ || !solver_->search() || solver_->solved()) return false;
  // The class watches at a fixed pace: one frame's sweeps every 1/30 s, whatever the worker's tick.
  const auto now = Clock::now();
  if (lastFrameTime_ != Clock::time_point{} &&
      std::chrono::duration<double>(now - lastFrameTime_).count() < kFrameSeconds) {
    return true;
  }
  lastFrameTime_ = now;
  sweep(sweepsPerFrame_);
  publish();
  return !solver_->solved();
}

void SudokuExperiment::advanceFrame() {
  if (!playing_) return;
  sweep(sweepsPerFrame_);
  publish();
}

void SudokuExperiment::publish() {
  auto frame = std::make_shared<SudokuFrame>();
  frame->kind = kKind;
  frame->snapshot = solver_->snapshot();
  frame->clues = clues_;
  frame->puzzleName = puzzleName_;
  frame->method = sudoku::methodName(options_.method);
  frame->contradiction = solver_->contradiction();
  frame->propagatedCells = int(solver_->propagation().forced.size());
  frame->seconds = seconds_;
  frame->historySweeps = std::make_shared<const std::vector<double>>(historySweeps_);
  frame->historyEnergies = std::make_shared<const std::vector<std::vector<double>>>(historyEnergies_);
  frame->landscape = conflictRelief(frame->snapshot);
  frame_ = frame;
  changed_ = true;
}

std::shared_ptr<const ExperimentFrame> SudokuExperiment::takeFrame(bool always) {
  if (!changed_ && !always) return nullptr;
  changed_ = false;
  return frame_;
}

}  // namespace ebm
