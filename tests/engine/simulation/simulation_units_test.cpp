// A lesson with imported data runs in engine units but speaks the data's: its frames carry the column names
// and the standardization, and log Z and densities are per unit of the data's area.
#include <gtest/gtest.h>

#include <cmath>

#include "core/random.h"
#include "io/lesson.h"
#include "io/lesson_import.h"
#include "simulation/simulation.h"

namespace ebm {
namespace {

Lesson gaussianLesson() {
  return readLesson(R"({"version": 2,
    "energies": [{"name": "E", "spec": {"type": "gaussian", "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}}],
    "sampler": {"particles": 100},
    "view": {"gridResolution": 128}})");
}

DataSet millimetres(Index n) {
  DataSet data;
  data.dimension = 2;
  data.points.resize(2, n);
  Random random(8);
  random.fillNormal(data.points);
  data.points.row(0) = (data.points.row(0).array() * 14.0f + 200.0f).matrix();
  data.points.row(1) = (data.points.row(1).array() * 5.0f + 40.0f).matrix();
  data.columnNames = {"flipper_length_mm", "bill_length_mm"};
  return data;
}

TEST(SimulationUnits, FramesCarryTheDataAxesAndLogZInTheDataUnits) {
  Lesson lesson = gaussianLesson();
  Simulation simulation(lesson);
  const double engineLogZ = simulation.currentFrame()->partition.logPartition;
  adoptImportedPoints(lesson, millimetres(2000), "penguins.csv", {}, 0);
  // A box a few deviations wide holds nearly all of N(0, I): widen it so log Z is exact to quadrature.
  lesson.box = Box::centered(2, 6.0);
  simulation.update(lesson, LessonChange::Data);
  const FramePtr frame = simulation.currentFrame();
  EXPECT_EQ(frame->axes.names, (std::vector<std::string>{"flipper_length_mm", "bill_length_mm"}));
  const double logJacobian = lesson.data.standardization.logJacobian();
  EXPECT_NEAR(logJacobian, std::log(14.0 * 5.0), 0.05);
  EXPECT_NEAR(frame->partition.logPartition, engineLogZ + logJacobian, 1e-3);
  EXPECT_NEAR(frame->partition.freeEnergy, -frame->partition.logPartition, 1e-12);
  // The data layer is in engine units: standardized.
  ASSERT_TRUE(frame->data);
  EXPECT_NEAR(frame->data->positions.row(0).mean(), 0.0, 1e-4);
  EXPECT_LT(frame->data->positions.cwiseAbs().maxCoeff(), 6.0f);
}

TEST(SimulationUnits, TheDensityIsPerUnitOfTheDataArea) {
  Lesson lesson = gaussianLesson();
  adoptImportedPoints(lesson, millimetres(2000), "penguins.csv", {}, 0);
  lesson.box = Box::centered(2, 6.0);
  lesson.view.field = ViewSettings::Field::Density;
  Simulation simulation(lesson);
  const FramePtr frame = simulation.currentFrame();
  ASSERT_TRUE(frame->showsDensity);
  // The peak of N(x; μ, diag(14², 5²)) is 1/(2π·14·5), up to the fitted scales and the grid's offset.
  const double peak = frame->shownGrid->values.maxCoeff();
  const double expected = 1.0 / (2 * M_PI * std::exp(lesson.data.standardization.logJacobian()));
  EXPECT_NEAR(peak / expected, 1.0, 0.01);
  // Its integral over the box in millimetres² is 1: Σ p · cell area · ∏ scale.
  const Lattice& lattice = frame->shownGrid->lattice;
  const double cell =
      lattice.spacing(0) * lattice.spacing(1) * std::exp(lesson.data.standardization.logJacobian());
  EXPECT_NEAR(frame->shownGrid->values.cast<double>().sum() * cell, 1.0, 0.01);
}

TEST(SimulationUnits, AnImportThatMovesTheBoxRebuildsTheLandscape) {
  Lesson lesson = gaussianLesson();
  Simulation simulation(lesson);
  const FramePtr before = simulation.currentFrame();
  adoptImportedPoints(lesson, millimetres(500), "penguins.csv", {}, 0);
  simulation.update(lesson, LessonChange::Data);
  const FramePtr after = simulation.currentFrame();
  EXPECT_EQ(after->energyGrid->lattice.box, lesson.box);
  EXPECT_NE(before->energyGrid->lattice.box, after->energyGrid->lattice.box);
  for (Index i = 0; i < after->particles->positions.cols(); ++i) {
    const float p[2] = {after->particles->positions(0, i), after->particles->positions(1, i)};
    ASSERT_TRUE(lesson.box.contains(p)) << "particles start in the new box";
  }
}

}  // namespace
}  // namespace ebm
