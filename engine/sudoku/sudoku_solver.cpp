#include "sudoku/sudoku_solver.h"

#include <chrono>
#include <cmath>

#include "core/errors.h"
#include "discrete/annealer.h"
#include "discrete/parallel_tempering.h"
#include "sudoku/permutation_energy.h"
#include "sudoku/potts_energy.h"
#include "sudoku/sudoku_puzzle.h"

namespace ebm::sudoku {

// The search behind a SudokuSolver, whatever its energy and method.
struct SudokuSolver::Method {
  virtual ~Method() = default;
  virtual DiscreteSearch& search() = 0;
  virtual void fill(SudokuSnapshot& snapshot) const = 0;
  [[nodiscard]] virtual Board lowestBoard() const = 0;
  [[nodiscard]] virtual int lowestEnergy() const = 0;
};

namespace {

// ΔE of a swap is an integer from −4 to 4 and a typical trap sits 2 above the answer. At T = 0.3 an uphill
// step of 1 is taken with e^{−1/0.3} ≈ 4 %, so the cold rung descends; at T = 1.5 a step of 4 still passes
// with 7 %, so the hot rung roams. Eight geometric rungs between them keep neighbours' energy distributions
// overlapping. A ladder that has found nothing lower for 1000 sweeps is stuck in a wide trap: melting every
// replica costs less, on average, than waiting. Annealing chains cool from 2 to 0.3 in 300 sweeps and reheat
// after 300 fruitless sweeps, each fruitless reheat 1.3 times hotter than the last. All measured on top95
// and the famous hardest puzzles (bench W8; bench/README.md has the scans).
SudokuOptions defaultsFor(SudokuOptions o) {
  const bool anneal = o.method == SudokuMethod::kAnneal;
  const bool potts = o.method == SudokuMethod::kPotts;
  if (o.replicas == 0) o.replicas = anneal ? 2 : 8;
  if (o.temperature == 0) o.temperature = 0.3;
  if (o.highestTemperature == 0) o.highestTemperature = anneal || potts ? 2.0 : 1.5;
  if (o.coolingSweeps == 0) o.coolingSweeps = 300;
  if (o.stallSweeps < 0) o.stallSweeps = anneal ? 300 : 1000;
  return o;
}

constexpr double kReheatGrowth = 1.3;

template <class Energy, class Search>
class MethodOf final : public SudokuSolver::Method {
 public:
  template <class Options>
  MethodOf(const Energy& start, const Options& options) : search_(start, options) {}

  DiscreteSearch& search() override { return search_; }

  void fill(SudokuSnapshot& s) const override {
    const int n = search_.replicaCount();
    s.energies.resize(std::size_t(n));
    s.temperatures.resize(std::size_t(n));
    s.shownReplica = 0;
    for (int k = 0; k < n; ++k) {
      s.energies[std::size_t(k)] = double(search_.replica(k).energy());
      s.temperatures[std::size_t(k)] = search_.replicaTemperature(k);
      if (s.energies[std::size_t(k)] < s.energies[std::size_t(s.shownReplica)]) s.shownReplica = k;
    }
    const Energy& shown = search_.reachedTarget() ? search_.lowestState() : search_.replica(s.shownReplica);
    s.board = shown.board();
    s.energy = shown.energy();
    for (int cell = 0; cell < kCells; ++cell)
      s.conflicts[std::size_t(cell)] = std::uint8_t(shown.conflicts(cell));
  }

  [[nodiscard]] Board lowestBoard() const override { return search_.lowestState().board(); }
  [[nodiscard]] int lowestEnergy() const override { return search_.lowestState().energy(); }

 private:
  Search search_;
};

template <class Energy>
std::unique_ptr<SudokuSolver::Method> makeTempering(std::shared_ptr<const SudokuDomain> domain,
                                                    const SudokuOptions& o) {
  TemperingOptions t;
  t.temperatures = geometricLadder(o.temperature, o.highestTemperature, o.replicas);
  t.rule = o.rule;
  t.sweepsBetweenSwaps = 2;
  t.stallSweeps = o.stallSweeps;
  t.targetEnergy = 0;
  t.seed = o.seed;
  return std::make_unique<MethodOf<Energy, ParallelTempering<Energy>>>(Energy(std::move(domain)), t);
}

std::unique_ptr<SudokuSolver::Method> makeAnnealer(std::shared_ptr<const SudokuDomain> domain,
                                                   const SudokuOptions& o) {
  AnnealerOptions a;
  a.schedule.startTemperature = o.highestTemperature;
  a.schedule.endTemperature = o.temperature;
  a.schedule.coolingSweeps = o.coolingSweeps;
  a.schedule.stallSweeps = o.stallSweeps;
  a.schedule.reheatGrowth = kReheatGrowth;
  a.chains = o.replicas;
  a.rule = o.rule;
  a.targetEnergy = 0;
  a.seed = o.seed;
  using Energy = PermutationEnergy;
  return std::make_unique<MethodOf<Energy, Annealer<Energy>>>(Energy(std::move(domain)), a);
}

}  // namespace

std::string methodName(SudokuMethod method) {
  switch (method) {
    case SudokuMethod::kAnneal:
      return "anneal";
    case SudokuMethod::kTempering:
      return "tempering";
    case SudokuMethod::kPotts:
      return "potts";
  }
  return "?";
}

SudokuMethod methodFromName(const std::string& name) {
  for (SudokuMethod m : {SudokuMethod::kAnneal, SudokuMethod::kTempering, SudokuMethod::kPotts}) {
    if (methodName(m) == name) return m;
  }
  throw ArgumentError("There is no Sudoku method \"" + name + "\" (the methods: anneal, tempering, potts).");
}

void SudokuOptions::validate() const {
  if (replicas < 0 || coolingSweeps < 0 || stallSweeps < -1)
    throw ArgumentError("Replica and sweep counts must be zero (the default) or positive.");
  for (double t : {temperature, highestTemperature}) {
    if (!(t >= 0) || !std::isfinite(t))
      throw ArgumentError("Temperatures must be positive (or 0 for the default) and finite.");
  }
}

SudokuSolver::SudokuSolver(const Board& clues, SudokuOptions options) : clues_(clues) {
  options.validate();
  options_ = defaultsFor(options);
  if (options_.temperature > options_.highestTemperature)
    throw ArgumentError("The lowest temperature must not exceed the highest.");
  checkClues(clues, "The puzzle");
  propagation_ = propagate(clues, options_.fillSingles);
  contradiction_ = propagation_.contradiction;
  if (!contradiction_.empty() || propagation_.complete()) return;
  auto domain = SudokuDomain::from(propagation_, options_.restrictToCandidates);
  contradiction_ = domain->boxContradiction();
  if (!contradiction_.empty()) return;
  switch (options_.method) {
    case SudokuMethod::kAnneal:
      method_ = makeAnnealer(std::move(domain), options_);
      break;
    case SudokuMethod::kTempering:
      method_ = makeTempering<PermutationEnergy>(std::move(domain), options_);
      break;
    case SudokuMethod::kPotts:
      method_ = makeTempering<PottsEnergy>(std::move(domain), options_);
      break;
  }
}

SudokuSolver::~SudokuSolver() = default;

DiscreteSearch* SudokuSolver::search() {
  return method_ ? &method_->search() : nullptr;
}

Index SudokuSolver::sweep(Index count) {
  return method_ ? method_->search().sweep(count) : 0;
}

Index SudokuSolver::advance(double seconds) {
  if (!method_) return 0;
  using Clock = std::chrono::steady_clock;
  const auto end = Clock::now() + std::chrono::duration<double>(seconds);
  Index made = 0;
  do {
    made += method_->search().sweep(2);
  } while (!solved() && Clock::now() < end);
  return made;
}

void SudokuSolver::setTemperature(double temperature) {
  if (!(temperature > 0) || !std::isfinite(temperature))
    throw ArgumentError("A temperature must be positive and finite.");
  options_.temperature = temperature;
  if (method_) method_->search().setTemperature(temperature);
}

void SudokuSolver::reheat() {
  if (method_) method_->search().reheat();
}

bool SudokuSolver::solved() const {
  if (!contradiction_.empty()) return false;
  if (!method_) return propagation_.complete();
  return method_->lowestEnergy() == 0;
}

Board SudokuSolver::bestBoard() const {
  return method_ ? method_->lowestBoard() : propagation_.board;
}

int SudokuSolver::lowestEnergy() const {
  if (method_) return method_->lowestEnergy();
  return propagation_.complete() ? 0 : -1;
}

Index SudokuSolver::sweeps() const {
  return method_ ? method_->search().sweeps() : 0;
}

Index SudokuSolver::reheats() const {
  return method_ ? method_->search().reheats() : 0;
}

SudokuSnapshot SudokuSolver::snapshot() const {
  SudokuSnapshot s;
  for (int cell = 0; cell < kCells; ++cell)
    s.clue[std::size_t(cell)] = clues_[std::size_t(cell)] != 0;
  for (const ForcedDigit& f : propagation_.forced)
    s.propagated[std::size_t(f.cell)] = true;
  if (method_) {
    method_->fill(s);
    s.sweeps = method_->search().sweeps();
    s.reheats = method_->search().reheats();
  } else {
    s.board = propagation_.board;
  }
  s.solved = solved();
  return s;
}

bool isSolution(const Board& board, const Board& clues) {
  for (int cell = 0; cell < kCells; ++cell) {
    const int digit = board[std::size_t(cell)];
    if (digit < 1 || digit > 9) return false;
    if (clues[std::size_t(cell)] && clues[std::size_t(cell)] != digit) return false;
  }
  for (const auto& unit : units()) {
    DigitSet seen = 0;
    for (int cell : unit)
      seen |= digitBit(board[std::size_t(cell)]);
    if (seen != kAllDigits) return false;
  }
  return true;
}

}  // namespace ebm::sudoku
