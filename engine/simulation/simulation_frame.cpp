// A simulation's frames: the current state packed for the views, sharing everything that did not change.
#include <algorithm>
#include <cmath>

#include "simulation/simulation_state.h"

namespace ebm {
namespace {

// The particle system keeps trails block-major (all particles at one time); the views draw one polyline per
// particle, so reorder to particle-major: columns i·K … i·K + K − 1 are particle i, oldest first.
void particleMajorTrails(const ParticleSnapshot& snapshot, Points& out) {
  const Index n = snapshot.particleCount();
  const int k = snapshot.trailCount;
  out.resize(snapshot.dimension, n * k);
  for (Index i = 0; i < n; ++i) {
    for (int b = 0; b < k; ++b)
      out.col(i * k + b) = snapshot.trails.col(Index(b) * n + i);
  }
}

}  // namespace

FramePtr Simulation::State::makeFrame() {
  auto frame = std::make_shared<Frame>();
  frame->serial = ++serial;
  frame->dimension = lesson.box.dimension;
  frame->temperature = lesson.temperature;
  frame->energyGrid = energyGrid;
  frame->shownGrid = shownGrid;
  frame->mapGrid = mapGrid;
  frame->mapShowsDensity = mapGrid != shownGrid && !(confidenceGrid && mapGrid == confidenceGrid);
  frame->showsDensity = lesson.view.field == ViewSettings::Field::Density && partitionError.empty();
  frame->isoLevels = isoLevels;
  frame->density = density;
  frame->partition = partition;
  frame->partition.logPartition = dataLogPartition();  // log Z and F in the data's units
  frame->partition.freeEnergy = -partition.temperature * frame->partition.logPartition;
  frame->partitionError = partitionError;
  frame->ruleBreakingMass = ruleBreakingMass;
  frame->axes = axes;
  frame->data = dataLayer;
  frame->negatives = negatives;
  frame->replayBuffer = replayBuffer;
  frame->scoreAnchors = scoreAnchors;
  frame->scores = scores;
  frame->scoreSpacing = scoreSpacing;
  frame->training = trainingLayer;
  frame->anomaly = anomalyLayer;
  frame->boundaries = boundaries;
  frame->ood = oodLayer;
  frame->mapShowsConfidence = confidenceGrid && mapGrid == confidenceGrid;
  frame->minimum = minimum;
  frame->minimumTrace = minimumTrace;
  frame->experiment = experimentLayer;
  // An experiment's state path is drawn where a density lesson draws its minimum and the minimum's trace.
  frame->markers = experimentMarkers;
  if (experimentPath) {
    frame->minimum = experimentState;
    frame->minimumTrace = experimentPath;
  }
  if (!hasDensity()) {
    frame->showsDensity = false;
    frame->mapShowsDensity = false;
    frame->partitionError = "This lesson's landscape is its experiment's, not a density.";
    frame->messages = std::move(messages);
    messages.clear();
    changed = false;
    return frame;
  }

  if (particlesMoved || !particleLayer) {
    const bool trails = lesson.sampler.trailLength > 1;
    particles->snapshot(snapshot, trails);
    auto layer = std::make_shared<ParticleLayer>();
    layer->positions = snapshot.positions;
    layer->energies.assign(snapshot.energies.data(), snapshot.energies.data() + snapshot.energies.size());
    layer->fieldValues.resize(layer->energies.size());
    for (std::size_t i = 0; i < layer->energies.size(); ++i)
      layer->fieldValues[i] = shownValue(layer->energies[i]);
    if (trails && snapshot.trailCount > 1) {
      particleMajorTrails(snapshot, layer->trails);
      layer->trailLength = snapshot.trailCount;
      // Trail vertices take the field value of their particle's current energy: cheap, and trails are short.
      layer->trailValues.resize(std::size_t(layer->trails.cols()));
      for (Index i = 0; i < snapshot.particleCount(); ++i) {
        for (int b = 0; b < snapshot.trailCount; ++b) {
          layer->trailValues[std::size_t(i * snapshot.trailCount + b)] = layer->fieldValues[std::size_t(i)];
        }
      }
    }
    const auto& c = snapshot.counters;
    layer->steps = c.steps;
    layer->divergedResets = c.diverged;
    layer->basinCrossings = c.transitions;
    layer->acceptanceRate = lesson.sampler.method == SamplerSpec::Method::Mala ||
                                    lesson.sampler.method == SamplerSpec::Method::Hmc
                                ? c.totalAcceptanceRate()
                                : -1.0;
    layer->meanEnergy = snapshot.meanEnergy;
    layer->particleStepsAtTemperature = c.particleStepsWatched - stepsWatchedAtMark;
    layer->crossingRate =
        layer->particleStepsAtTemperature > 0
            ? double(c.transitions - transitionsAtMark) / double(layer->particleStepsAtTemperature)
            : 0.0;
    layer->barrier = NAN;
    if (basins && basins->count() > 1) {
      layer->barrier = INFINITY;
      for (int b = 0; b < basins->count(); ++b)
        layer->barrier = std::min(layer->barrier, basins->basin(b).depth());
    }
    watchMixing(*layer);
    particleLayer = layer;
    particlesMoved = false;

    if (histogramBins) {
      auto histogram = std::make_shared<EnergyHistogram>();
      const Histogram counted = histogramOf(snapshot.energies, *histogramBins);
      histogram->particles = counted.fractions();
      histogram->particlesBelow = counted.below / counted.total();
      histogram->particlesAbove = counted.above / counted.total();
      if (boltzmann) {
        histogram->boltzmann = boltzmann->fractions();
        histogram->boltzmannBelow = boltzmann->below / boltzmann->total();
        histogram->boltzmannAbove = boltzmann->above / boltzmann->total();
      }
      if (mixing.judged()) {
        const Histogram pooled = mixing.pooled();
        histogram->pooledParticles = pooled.fractions();
        histogram->pooledBelow = pooled.below / pooled.total();
        histogram->pooledAbove = pooled.above / pooled.total();
      }
      for (int b = 0; b <= histogramBins->count; ++b)
        histogram->binEdges.push_back(histogramBins->edge(b));
      histogramLayer = histogram;
    }
  }
  frame->particles = particleLayer;
  frame->histogram = histogramLayer;
  frame->messages = std::move(messages);
  messages.clear();
  changed = false;
  return frame;
}

}  // namespace ebm
