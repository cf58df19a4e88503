// A simulation's experiment (a Sudoku, a Hopfield memory, a softmax over items): building it from the
// lesson, and turning its frames into what the landscape views draw — its own landscape when the lesson has
// no energies, its markers and the path of its state.
#include <algorithm>
#include <cmath>

#include "io/experiment_kinds.h"
#include "simulation/simulation_state.h"

namespace ebm {
namespace {

// The field value at (x, y) by bilinear interpolation between the grid's nodes (clamped to the box).
float fieldAt(const EnergyGrid& grid, float x, float y) {
  const Lattice& l = grid.lattice;
  const auto index = [&](int axis, float v, int& i, float& t) {
    const double s = (double(v) - l.box.lower[axis]) / l.spacing(axis);
    const double clamped = std::clamp(s, 0.0, double(l.shape[axis] - 1));
    i = std::min(int(clamped), l.shape[axis] - 2);
    t = float(clamped - i);
  };
  int i, j;
  float tx, ty;
  index(0, x, i, tx);
  index(1, y, j, ty);
  const int nx = l.shape[0];
  const auto at = [&](int a, int b) { return grid.values[Index(a) + Index(nx) * b]; };
  return (1 - ty) * ((1 - tx) * at(i, j) + tx * at(i + 1, j)) +
         ty * ((1 - tx) * at(i, j + 1) + tx * at(i + 1, j + 1));
}

}  // namespace

ExperimentContext Simulation::State::experimentContext() const {
  ExperimentContext context;
  context.settings = lesson.experiment;
  context.temperature = lesson.temperature;
  context.playing = lesson.sampler.playing;
  context.box = lesson.box;
  for (const EnergyComponent& component : lesson.energies)
    context.energySpecs.push_back(component.spec);
  return context;
}

void Simulation::State::buildExperiment() {
  experiment = lesson.hasExperiment() ? makeExperiment(experimentContext()) : nullptr;
  experimentLayer = nullptr;
  takeExperimentFrame(true);
}

void Simulation::State::updateExperiment(const std::string& previousKind) {
  if (!lesson.hasExperiment()) {
    experiment = nullptr;
    experimentLayer = nullptr;
  } else if (!experiment || previousKind != lesson.experimentKind()) {
    buildExperiment();
  } else {
    experiment->update(experimentContext());
  }
}

// Points on the experiment's landscape, lifted to it by their interpolated field value.
std::shared_ptr<const PointLayer> Simulation::State::experimentPoints(const Points& points,
                                                                      const std::vector<int>& labels) const {
  auto layer = std::make_shared<PointLayer>();
  layer->positions = points;
  layer->labels = labels;
  const EnergyGrid* grid = shownGrid.get();
  if (grid && grid->lattice.dimension() == 2 && points.rows() == 2) {
    for (Index i = 0; i < points.cols(); ++i) {
      const float v = fieldAt(*grid, points(0, i), points(1, i));
      layer->fieldValues.push_back(v);
      layer->energies.push_back(v);
    }
  } else if (energy && points.cols() > 0) {
    return pointLayer(points, labels);
  }
  return layer;
}

bool Simulation::State::takeExperimentFrame(bool always) {
  if (!experiment) return false;
  auto frame = experiment->takeFrame(always);
  if (!frame) return false;
  experimentLayer = frame;
  if (!hasDensity()) {
    // The experiment is the whole lesson: its landscape is what every view draws.
    energyGrid = shownGrid = mapGrid = frame->landscape;
  }
  experimentMarkers =
      frame->markers.cols() > 0 ? experimentPoints(frame->markers, frame->markerLabels) : nullptr;
  if (frame->path.cols() > 0) {
    experimentPath = experimentPoints(frame->path, {});
    experimentState = experimentPoints(frame->path.rightCols(1), {});
  } else {
    experimentPath = experimentState = nullptr;
  }
  changed = true;
  return true;
}

}  // namespace ebm
