// A simulation's data and landscape: building the data set and the energies, composing them, and the grids,
// partition function, basins, histogram and score field the views show.
#include <algorithm>
#include <array>
#include <cmath>

#include "analysis/mass_levels.h"
#include "analysis/quadrature.h"
#include "core/errors.h"
#include "data/data_set_registry.h"
#include "energy/composition/normalizability.h"
#include "energy/gaussian_mixture.h"
#include "energy/noise_conditional.h"
#include "io/lesson_drawing.h"
#include "io/lesson_energy.h"
#include "io/neural_energy_spec.h"
#include "simulation/simulation_state.h"

namespace ebm {
namespace {

constexpr double kHeldOutShare = 0.2;
constexpr int kScoreAnchorsPerAxis = 24;
constexpr int kHistogramBins = 40;

}  // namespace

void Simulation::State::buildData() {
  const DataSpec& spec = lesson.data;
  data = DataSet{};
  train.resize(lesson.box.dimension, 0);
  heldOut.resize(lesson.box.dimension, 0);
  axes = DataAxes{};
  if (spec.source == DataSpec::Source::Points) {
    spec.standardization.validate(int(spec.points.rows()));
    axes.names = spec.columnNames;
    axes.standardization = spec.standardization;
  }
  logJacobian = axes.standardization.logJacobian();
  if (spec.source == DataSpec::Source::None) {
    dataLayer = nullptr;
    return;
  }
  if (spec.source == DataSpec::Source::Generated) {
    data = generateDataSet(spec.dataset, generatorRecipe(spec));
  } else {
    data.name = spec.drawn ? "drawn points" : "imported points";
    data.dimension = int(spec.points.rows());
    data.points = spec.standardization.toEngine(spec.points);
    data.labels = spec.labels;
    data.labelNames = spec.labelNames;
  }
  if (data.dimension != lesson.box.dimension) {
    throw LessonError("The data set \"" + data.name + "\" is " + std::to_string(data.dimension) +
                      "D but the lesson is " + std::to_string(lesson.box.dimension) + "D.");
  }
  // The held-out share is every fifth point (the generators' order is random, so this is a random split).
  const Index n = data.points.cols();
  const Index held = n >= 5 ? Index(double(n) * kHeldOutShare) : 0;
  train.resize(data.dimension, n - held);
  heldOut.resize(data.dimension, held);
  trainLabels.clear();
  heldOutLabels.clear();
  const bool labelled = data.hasLabels();
  Index t = 0, h = 0;
  for (Index i = 0; i < n; ++i) {
    const bool toHeldOut = (h < held && i % 5 == 4) || t >= train.cols();
    if (toHeldOut) {
      heldOut.col(h++) = data.points.col(i);
    } else {
      train.col(t++) = data.points.col(i);
    }
    if (labelled) (toHeldOut ? heldOutLabels : trainLabels).push_back(data.labels[std::size_t(i)]);
  }
  dataLayer = pointLayer(data.points, data.labels);
}

void Simulation::State::buildComponents() {
  specComponents = ebm::buildComponents(lesson);
  components = specComponents;
  applyNoiseLevel();
}

// The σ slider: a Gaussian mixture blurred by N(0, σ²I) is the mixture with covariances Σₖ + σ²I (exact); a
// noise-conditional network is viewed at σ. Other energies are not noise-aware and stay as they are.
std::vector<EnergyPtr> Simulation::State::componentsAtNoise(double sigma) const {
  std::vector<EnergyPtr> out = specComponents;
  for (std::size_t k = 0; k < specComponents.size(); ++k) {
    const auto& spec = lesson.energies[k].spec;
    if (spec.value("type", std::string()) == "mlp" && spec.value("conditioningInputs", 0) == 1) {
      const auto conditional = mlpFromJson(spec, "energies[" + std::to_string(k) + "].spec");
      out[k] = energyAtNoiseLevel(*conditional, sigma > 0 ? sigma : spec.value("noiseLevel", 0.05));
      continue;
    }
    if (sigma <= 0) continue;
    if (const auto* mixture = dynamic_cast<const GaussianMixtureEnergy*>(specComponents[k].get())) {
      std::vector<GaussianComponent> blurred = mixture->components();
      for (auto& c : blurred)
        c.covariance += sigma * sigma * Eigen::MatrixXd::Identity(c.mean.size(), c.mean.size());
      out[k] = std::make_shared<GaussianMixtureEnergy>(std::move(blurred));
    }
  }
  return out;
}

bool Simulation::State::noiseAware() const {
  for (std::size_t k = 0; k < specComponents.size(); ++k) {
    const auto& spec = lesson.energies[k].spec;
    if (dynamic_cast<const GaussianMixtureEnergy*>(specComponents[k].get())) return true;
    if (spec.value("type", std::string()) == "mlp" && spec.value("conditioningInputs", 0) == 1) return true;
  }
  return false;
}

void Simulation::State::applyNoiseLevel() {
  components = componentsAtNoise(lesson.noiseLevel);
  if (grids) grids->clear();
}

void Simulation::State::compose() {
  energy = composeEnergy(lesson.composition, components);
}

void Simulation::State::rebuildLattice() {
  lattice = Lattice::over(lesson.box, lesson.view.gridResolution);
  grids = std::make_unique<ComponentGrids>(lattice);
}

float Simulation::State::shownValue(float e) const {
  if (lesson.view.field == ViewSettings::Field::Energy || !partitionError.empty()) return e;
  return float(std::exp(-double(e) / lesson.temperature - dataLogPartition()));
}

std::shared_ptr<const PointLayer> Simulation::State::pointLayer(const Points& points,
                                                                const std::vector<int>& labels) const {
  auto layer = std::make_shared<PointLayer>();
  layer->positions = points;
  layer->labels = labels;
  if (energy && points.cols() > 0) {
    Vector e(points.cols());
    energy->evaluate(points, e);
    layer->energies.assign(e.data(), e.data() + e.size());
    layer->fieldValues.resize(layer->energies.size());
    for (std::size_t i = 0; i < layer->energies.size(); ++i)
      layer->fieldValues[i] = shownValue(layer->energies[i]);
  }
  return layer;
}

// Recomputes what depends on the composed energy (energyChanged) or only on T and the view: the grid from the
// cached leaves, log Z_T, the shown field, basins, the Boltzmann histogram, isosurface levels, the score
// field.
void Simulation::State::refreshField(bool energyChanged) {
  const double T = lesson.temperature;
  if (energyChanged || !energyGrid) {
    auto grid = std::make_shared<EnergyGrid>(EnergyGrid{lattice, Vector(lattice.size())});
    grids->evaluate(energy, grid->values);
    energyGrid = grid;
  }
  partitionError.clear();
  try {
    if (lesson.composition.operation == Composition::Operation::Negation) {
      const auto report = checkNormalizability(energyGrid->values, lattice, T);
      if (!report.normalizable()) throw NumericError(report.explanation);
    }
    partition = summarizePartition(*energyGrid, T);
  } catch (const Error& e) {
    partitionError = e.what();
  }
  watchLandscape();
  measureRuleBreaking();
  if (lesson.view.field == ViewSettings::Field::Density && partitionError.empty()) {
    auto shown = std::make_shared<EnergyGrid>(EnergyGrid{lattice, Vector(lattice.size())});
    normalizedDensity(*energyGrid, T, dataLogPartition(), shown->values);
    shownGrid = shown;
  } else {
    shownGrid = energyGrid;
  }
  mapGrid = shownGrid;
  if (lesson.view.mapShowsDensity && lattice.dimension() == 2 && partitionError.empty() &&
      shownGrid == energyGrid) {
    auto p = std::make_shared<EnergyGrid>(EnergyGrid{lattice, Vector(lattice.size())});
    normalizedDensity(*energyGrid, T, dataLogPartition(), p->values);
    mapGrid = p;
  }
  refreshDecisionMap(energyChanged);
  if (lattice.dimension() == 3 && partitionError.empty()) {
    isoLevels = lesson.view.isoLevels.empty() ? energyLevelsEnclosing(*energyGrid, T, {0.3, 0.6, 0.9})
                                              : lesson.view.isoLevels;
    if (lesson.view.showVolume) {
      auto p = std::make_shared<Vector>(lattice.size());
      normalizedDensity(*energyGrid, T, dataLogPartition(), *p);
      density = p;
    } else {
      density = nullptr;
    }
  }
  if (partitionError.empty()) {
    histogramBins = boltzmannEnergyRange(*energyGrid, T, kHistogramBins);
    boltzmann = std::make_shared<Histogram>(boltzmannEnergyHistogram(*energyGrid, T, *histogramBins));
  } else {
    boltzmann = nullptr;
  }
  if (energyChanged && particles) {
    particles->setEnergy(energy);
    if (lattice.dimension() == 2) {
      try {
        basins = std::make_shared<Basins>(*energyGrid);
      } catch (const Error&) {
        basins = nullptr;
      }
      particles->setBasins(basins);
    }
    markCrossings();
  }
  if (energyChanged) {
    if (data.points.cols() > 0) dataLayer = pointLayer(data.points, data.labels);
  } else if (dataLayer && lesson.view.field == ViewSettings::Field::Density) {
    dataLayer = pointLayer(data.points, data.labels);  // densities depend on T
  }
  // An experiment's markers and path sit on the shown field: lift them onto the new one.
  takeExperimentFrame(true);
  refreshScoreField();
  particlesMoved = true;
  changed = true;
}

// −∇E/T on a coarse grid of anchors: the direction and strength of the landscape's pull (2D only).
void Simulation::State::refreshScoreField() {
  if (lattice.dimension() != 2 || !lesson.view.showScoreField) {
    scoreAnchors = nullptr;
    scores = nullptr;
    return;
  }
  const Lattice anchorsLattice = Lattice::over(lesson.box, kScoreAnchorsPerAxis);
  Points anchors = anchorsLattice.allNodes();
  // Anchors sit half a spacing inside the box's faces, where arrows stay readable.
  const double hx = anchorsLattice.spacing(0), hy = anchorsLattice.spacing(1);
  for (Index i = 0; i < anchors.cols(); ++i) {
    anchors(0, i) = float(lesson.box.lower[0] +
                          (anchors(0, i) - lesson.box.lower[0]) * (1 - 1.0 / kScoreAnchorsPerAxis) + hx / 2);
    anchors(1, i) = float(lesson.box.lower[1] +
                          (anchors(1, i) - lesson.box.lower[1]) * (1 - 1.0 / kScoreAnchorsPerAxis) + hy / 2);
  }
  Vector e(anchors.cols());
  auto g = std::make_shared<Points>(2, anchors.cols());
  energy->evaluateWithGradient(anchors, e, *g);
  *g *= float(-1.0 / lesson.temperature);
  auto layer = std::make_shared<PointLayer>();
  layer->positions = std::move(anchors);
  layer->energies.assign(e.data(), e.data() + e.size());
  for (float v : layer->energies)
    layer->fieldValues.push_back(shownValue(v));
  scoreAnchors = layer;
  scores = g;
  scoreSpacing = std::min(hx, hy);
}

}  // namespace ebm

namespace ebm {

// The lowest grid node, refined by a parabola through it and its neighbours on each axis; appended to the
// trace when a slider (not a new landscape) moved it, so the class sees the minimum travel as α changes.
void Simulation::State::locateMinimum(bool extendTrace) {
  if (!energyGrid) return;
  const Lattice& l = energyGrid->lattice;
  const Vector& v = energyGrid->values;
  Index best = 0;
  for (Index n = 1; n < v.size(); ++n) {
    if (v[n] < v[best] || !std::isfinite(v[best])) best = n;
  }
  if (!std::isfinite(v[best])) return;
  const int d = l.dimension();
  std::array<Index, 3> ijk{best % l.shape[0], (best / l.shape[0]) % l.shape[1],
                           best / (Index(l.shape[0]) * l.shape[1])};
  const Index stride[3] = {1, l.shape[0], Index(l.shape[0]) * l.shape[1]};
  Points point(d, 1);
  for (int a = 0; a < d; ++a) {
    double offset = 0;
    if (ijk[std::size_t(a)] > 0 && ijk[std::size_t(a)] + 1 < l.shape[std::size_t(a)]) {
      const double left = v[best - stride[a]], mid = v[best], right = v[best + stride[a]];
      const double curvature = left - 2 * mid + right;
      if (curvature > 0) offset = std::clamp(0.5 * (left - right) / curvature, -0.5, 0.5);
    }
    point(a, 0) = float(l.box.lower[std::size_t(a)] + (double(ijk[std::size_t(a)]) + offset) * l.spacing(a));
  }
  minimum = pointLayer(point, {});
  if (!extendTrace) trace.resize(d, 0);
  const bool moved = trace.cols() == 0 || (trace.col(trace.cols() - 1) - point.col(0)).norm() > 1e-6;
  if (moved) {
    trace.conservativeResize(d, trace.cols() + 1);
    trace.col(trace.cols() - 1) = point.col(0);
    constexpr Index kMaxTrace = 400;
    if (trace.cols() > kMaxTrace) trace = trace.rightCols(kMaxTrace).eval();
  }
  minimumTrace = trace.cols() > 1 ? pointLayer(trace, {}) : nullptr;
}

}  // namespace ebm
