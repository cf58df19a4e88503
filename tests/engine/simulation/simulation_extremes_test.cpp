// Numbers that run away inside a running lesson: huge step sizes, the temperature slider's ends, α outside
// [0, 1], a network whose energy overflows float, a training run that blows up. The simulation detects each,
// resets diverged particles and counts them, stops a diverged run, says what to do in the frame's messages,
// and keeps producing frames whose grids and log Z are finite or flagged.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.h"
#include "energy/mlp_energy.h"
#include "io/energy_spec.h"
#include "io/lesson.h"
#include "io/lesson_parameters.h"
#include "io/neural_energy_spec.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson gaussianLesson(double stepSize) {
  Lesson lesson = readLesson(R"({"version": 2,
    "energies": [{"spec": {"type": "gaussian", "mean": [0, 0], "covariance": [[0.3, 0], [0, 0.3]]}}],
    "sampler": {"particles": 300, "stepSize": 0.01, "seed": 5},
    "view": {"gridResolution": 48, "field": "density"}})");
  lesson.sampler.stepSize = stepSize;
  return lesson;
}

std::string allMessages(const std::vector<std::string>& messages) {
  std::string all;
  for (const auto& m : messages)
    all += m + "\n";
  return all;
}

bool allFinite(const Vector& values) {
  return values.allFinite();
}

// Every frame: the grids finite unless the frame says why not; log Z finite whenever it is reported.
void expectFiniteOrFlagged(const Frame& frame, const std::string& when) {
  ASSERT_TRUE(frame.energyGrid) << when;
  const bool flagged = !frame.partitionError.empty();
  if (!flagged) {
    EXPECT_TRUE(std::isfinite(frame.partition.logPartition)) << when;
    EXPECT_TRUE(std::isfinite(frame.partition.freeEnergy)) << when;
    for (Index n = 0; n < frame.energyGrid->values.size(); ++n) {
      const float e = frame.energyGrid->values[n];
      ASSERT_FALSE(std::isnan(e) || e == -INFINITY) << when << ": unflagged grid value " << e;
    }
  }
  ASSERT_TRUE(frame.shownGrid) << when;
  if (frame.showsDensity) {
    EXPECT_TRUE(allFinite(frame.shownGrid->values)) << when << ": the drawn density";
  }
  ASSERT_TRUE(frame.particles) << when;
  EXPECT_TRUE(frame.particles->positions.allFinite()) << when << ": particles are always finite";
}

TEST(SimulationExtremes, AHugeStepSizeResetsAndCountsParticlesAndSaysToLowerIt) {
  Simulation simulation(gaussianLesson(10.0));
  (void)simulation.takeFrame();
  std::string messages;
  std::int64_t resets = 0;
  for (int frame = 0; frame < 10; ++frame) {
    simulation.advanceFrame();
    const FramePtr f = simulation.takeFrame();
    ASSERT_TRUE(f) << "frames keep coming";
    expectFiniteOrFlagged(*f, "frame " + std::to_string(frame));
    messages += allMessages(f->messages);
    resets = f->particles->divergedResets;
  }
  EXPECT_GT(resets, 0);
  EXPECT_NE(messages.find("particles ran off to infinity and were put back in the box: the step size ε = 10 "
                          "is too large for this landscape at T = 1. Lower the step size."),
            std::string::npos)
      << messages;
  // Said once, not in every frame.
  EXPECT_EQ(messages.find("ran off"), messages.rfind("ran off")) << messages;

  // A sensible step size calms them down: no new resets after a reset of the particles.
  simulation.setParameter("stepSize", 0.01);
  simulation.resetParticles();
  for (int frame = 0; frame < 5; ++frame)
    simulation.advanceFrame();
  const FramePtr calm = simulation.currentFrame();
  EXPECT_EQ(calm->particles->divergedResets, 0);
  EXPECT_TRUE(calm->messages.empty()) << allMessages(calm->messages);
}

TEST(SimulationExtremes, TheTemperatureSlidersEndsKeepEverythingFinite) {
  // Langevin moves by (ε/2)∇E/T: a step size stable at T = 1 overshoots at T = 0.01 (see the next test), so
  // this one is small enough for the whole slider.
  Simulation simulation(gaussianLesson(1e-4));
  for (double requested : {0.0, 1e-300, 0.01, 100.0, 1e300, double(INFINITY), -5.0}) {
    if (!std::isfinite(requested)) {
      EXPECT_THROW(simulation.setParameter("temperature", requested), ArgumentError);
      continue;
    }
    simulation.setParameter("temperature", requested);
    const double T = simulation.lesson().temperature;
    EXPECT_GE(T, 0.01);
    EXPECT_LE(T, 100.0);
    for (int frame = 0; frame < 3; ++frame) {
      simulation.advanceFrame();
      const FramePtr f = simulation.currentFrame();
      const std::string when =
          "T requested " + std::to_string(requested) + ", frame " + std::to_string(frame);
      expectFiniteOrFlagged(*f, when);
      EXPECT_TRUE(f->partitionError.empty()) << when << ": " << f->partitionError;
      EXPECT_TRUE(f->messages.empty()) << when << ": " << allMessages(f->messages);
      ASSERT_TRUE(f->histogram) << when;
      for (double v : f->histogram->boltzmann)
        EXPECT_TRUE(std::isfinite(v)) << when;
    }
  }
}

TEST(SimulationExtremes, TheColdEndOfTheSliderNamesTheStepSizeAndTheTemperature) {
  Simulation simulation(gaussianLesson(0.05));
  simulation.advanceFrame();
  EXPECT_TRUE(simulation.currentFrame()->messages.empty()) << "ε = 0.05 is fine at T = 1";
  std::string messages;
  for (double T : {0.5, 0.2, 0.1, 0.05, 0.02, 0.01}) {  // a drag down to the slider's end
    simulation.setParameter("temperature", T);
    simulation.advanceFrame();
    const FramePtr f = simulation.currentFrame();
    expectFiniteOrFlagged(*f, "T = " + std::to_string(T));
    messages += allMessages(f->messages);
  }
  EXPECT_NE(messages.find("the step size ε = 0.05 is too large for this landscape at T = "),
            std::string::npos)
      << messages;
  EXPECT_EQ(messages.find("ran off"), messages.rfind("ran off")) << "said once during the drag:\n"
                                                                 << messages;
}

TEST(SimulationExtremes, AlphaOutsideTheUnitIntervalIsRefusedOrClamped) {
  Lesson lesson = readLesson(R"({"version": 2,
    "energies": [{"spec": {"type": "ring"}}, {"spec": {"type": "double_well"}}],
    "composition": {"operation": "blend", "terms": [0, 1], "alpha": 0.5},
    "sampler": {"particles": 50}, "view": {"gridResolution": 32}})");
  Lesson outside = lesson;
  outside.composition.alpha = 1.5;  // as a hand-edited or recovered file might hold it
  try {
    Simulation refused(outside);
    ADD_FAILURE() << "a blend with α = 1.5 was built";
  } catch (const LessonError& e) {
    EXPECT_EQ(std::string(e.what()), "`composition`: A blend's α must lie between 0 and 1, not 1.5.");
  }
  Simulation simulation(lesson);
  const FramePtr before = simulation.currentFrame();
  EXPECT_THROW(simulation.update(outside, LessonChange::Energies), LessonError);
  EXPECT_EQ(simulation.lesson().composition.alpha, 0.5) << "a refused edit leaves the lesson untouched";
  EXPECT_EQ(simulation.currentFrame()->energyGrid, before->energyGrid);
  simulation.setParameter("alpha", 7.0);  // a slider or keyframe value is clamped
  EXPECT_EQ(simulation.lesson().composition.alpha, 1.0);
  simulation.setParameter("alpha", -7.0);
  EXPECT_EQ(simulation.lesson().composition.alpha, 0.0);
  expectFiniteOrFlagged(*simulation.currentFrame(), "α clamped");
}

nlohmann::json smallNetwork() {
  const auto network = std::dynamic_pointer_cast<const MlpEnergy>(buildEnergy(
      nlohmann::json{{"type", "mlp"}, {"dimension", 2}, {"hiddenWidths", {16, 16}}, {"seed", 4}}));
  return mlpToJson(*network);
}

// The small network with its output layer multiplied by `scale`: E ≈ scale × O(1).
nlohmann::json blownUpNetwork(double scale) {
  nlohmann::json spec = smallNetwork();
  for (auto& row : spec["layers"].back()["weights"])
    for (auto& w : row)
      w = w.get<double>() * scale;
  return spec;
}

// The small network with every output weight and the output bias at −3·10³⁸, next to float's limit: the sum
// overflows to −∞ wherever the last hidden layer's outputs add up to more than a little.
nlohmann::json overflowingNetwork() {
  nlohmann::json spec = smallNetwork();
  for (auto& row : spec["layers"].back()["weights"])
    for (auto& w : row)
      w = -3e38;
  for (auto& b : spec["layers"].back()["bias"])
    b = -3e38;
  return spec;
}

Lesson networkLesson(const nlohmann::json& spec) {
  Lesson lesson = readLesson(R"({"version": 2, "energies": [{"spec": {"type": "ring"}}],
    "sampler": {"particles": 200, "stepSize": 0.01, "seed": 2}, "view": {"gridResolution": 40}})");
  lesson.energies[0].spec = spec;
  return lesson;
}

TEST(SimulationExtremes, ANetworkWithHugeEnergiesThrowsParticlesOutButTheLandscapeStaysFinite) {
  Simulation simulation(networkLesson(blownUpNetwork(1e30)));
  std::string messages;
  for (int frame = 0; frame < 4; ++frame) {
    simulation.advanceFrame();
    const FramePtr f = simulation.takeFrame();
    ASSERT_TRUE(f);
    expectFiniteOrFlagged(*f, "frame " + std::to_string(frame));
    messages += allMessages(f->messages);
  }
  EXPECT_GT(simulation.currentFrame()->particles->divergedResets, 0);
  EXPECT_NE(messages.find("Lower the step size."), std::string::npos) << messages;
}

TEST(SimulationExtremes, ANetworkWhoseEnergyOverflowsFloatIsFlaggedWithTheFix) {
  Simulation simulation(networkLesson(overflowingNetwork()));
  const FramePtr first = simulation.takeFrame();
  ASSERT_TRUE(first);
  expectFiniteOrFlagged(*first, "first frame");
  EXPECT_FALSE(first->partitionError.empty()) << "an overflowing landscape has no log Z";
  const std::string said = allMessages(first->messages);
  EXPECT_NE(said.find("The energy overflows at "), std::string::npos) << said;
  EXPECT_NE(said.find("grid points, so p_T and log Z cannot be drawn. Reset the trained network, or train it "
                      "again with a smaller learning rate."),
            std::string::npos)
      << said;
  for (int frame = 0; frame < 3; ++frame) {
    simulation.advanceFrame();
    const FramePtr f = simulation.takeFrame();
    ASSERT_TRUE(f) << "frames keep coming";
    expectFiniteOrFlagged(*f, "frame " + std::to_string(frame));
    EXPECT_EQ(allMessages(f->messages).find("overflows"), std::string::npos) << "said once";
  }
  // Replacing the network with a healthy one clears the flag.
  simulation.update(networkLesson(smallNetwork()), LessonChange::Energies);
  const FramePtr healed = simulation.currentFrame();
  EXPECT_TRUE(healed->partitionError.empty()) << healed->partitionError;
  expectFiniteOrFlagged(*healed, "healed");
}

TEST(SimulationExtremes, ATrainingRunThatBlowsUpIsStoppedAndFramesGoOn) {
  Lesson lesson = readLesson(R"({"version": 2,
    "data": {"dataset": "8gaussians", "count": 400, "seed": 2},
    "energies": [{"spec": {"type": "mlp", "dimension": 2, "hiddenWidths": [16], "seed": 1}}],
    "sampler": {"particles": 100}, "view": {"gridResolution": 32},
    "training": {"method": "pcd", "hiddenWidths": [16], "batchSize": 64, "iterations": 400,
                 "learningRate": 1.0, "langevinStepSize": 10, "regularization": 0, "langevinSteps": 5}})");
  Simulation simulation(lesson);
  simulation.startTraining();
  std::string messages;
  FramePtr f;
  for (int frame = 0; frame < 200 && simulation.training(); ++frame) {
    simulation.advanceFrame(2);
    f = simulation.takeFrame();
    ASSERT_TRUE(f);
    expectFiniteOrFlagged(*f, "training frame " + std::to_string(frame));
    messages += allMessages(f->messages);
  }
  ASSERT_TRUE(f && f->training);
  ASSERT_EQ(f->training->state, TrainingFrame::State::Diverged) << f->training->message;
  EXPECT_FALSE(simulation.training());
  EXPECT_NE(messages.find("Training stopped: "), std::string::npos) << messages;
  EXPECT_NE(messages.find("rolled back"), std::string::npos) << messages;
  simulation.advanceFrame();
  const FramePtr after = simulation.takeFrame();
  ASSERT_TRUE(after) << "the lesson keeps running after the run stopped";
  expectFiniteOrFlagged(*after, "after the run");
}

}  // namespace
}  // namespace ebm
