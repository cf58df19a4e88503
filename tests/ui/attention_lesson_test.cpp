// The attention lesson in the real window: Step moves the query downhill with weights that sum to 1, the β
// slider is one undoable edit of the energy's spec that reaches the experiment, the landscape stays the
// lesson's energy with the patterns drawn on it, and a pattern's dot dragged on it moves the pattern.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <functional>

#include "attention/attention_experiment.h"
#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "io/energy_spec.h"
#include "main_window.h"
#include "session/session.h"
#include "view_points.h"
#include "vtk/view_area.h"
#include "vtk/view_grab.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

class AttentionLessonTest : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override { open(QStringLiteral("attention-as-energy")); }

  const ebm::AttentionFrame* attention() const { return experimentFrame<ebm::AttentionFrame>(); }

  bool waitFor(const std::function<bool(const ebm::AttentionFrame&)>& ready) {
    return waitForExperiment(ready, 10000);
  }

  template <class Widget>
  Widget* control(const char* name) const {
    return window_->experimentPanel()->findChild<Widget*>(QString::fromLatin1(name));
  }

  Eigen::Vector2d pattern(int i) const {
    const auto& p = window_->session()->lesson().energies[0].spec["patterns"][std::size_t(i)];
    return {p[0].get<double>(), p[1].get<double>()};
  }

  double energyAt(const Eigen::Vector2d& point) const {
    const auto energy = ebm::buildEnergy(window_->session()->lesson().energies[0].spec);
    const ebm::Points at = point.cast<float>();
    ebm::Vector value(1);
    energy->evaluate(at, value);
    return double(value[0]);
  }
};

TEST_F(AttentionLessonTest, StepLowersTheEnergyAndTheWeightsSumToOne) {
  ASSERT_NE(window_->experimentPanel(), nullptr);
  ASSERT_TRUE(waitFor([](const ebm::AttentionFrame& f) { return f.steps == 0; }));
  const double before = attention()->energy;
  auto* step = control<QPushButton>("attentionStep");
  ASSERT_NE(step, nullptr);
  QTest::mouseClick(step, Qt::LeftButton);
  ASSERT_TRUE(waitFor([](const ebm::AttentionFrame& f) { return f.steps == 1; }));
  const ebm::AttentionFrame& f = *attention();
  EXPECT_LT(f.energy, before);
  EXPECT_NEAR(f.weights.sum(), 1.0, 1e-9);
  EXPECT_EQ(f.path.cols(), 2);
  // The landscape is the lesson's energy (a density lesson), with the patterns and the path on it.
  const auto frame = window_->lastFrame();
  ASSERT_TRUE(frame->markers);
  EXPECT_EQ(frame->markers->positions.cols(), 10);
  EXPECT_TRUE(frame->particles);
  StageWidget* stage = window_->experimentPanel()->stage();
  ASSERT_NE(stage, nullptr);
  EXPECT_TRUE(stage->isVisible());
}

TEST_F(AttentionLessonTest, TheBetaSliderEditsTheEnergySpecAsOneUndoStep) {
  auto* beta = control<QSlider>("attentionBeta");
  ASSERT_NE(beta, nullptr);
  const int steps = window_->session()->undoStack()->count();
  beta->setValue(beta->maximum());  // β = 1000
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_DOUBLE_EQ(window_->session()->lesson().energies[0].spec["beta"].get<double>(), 1000.0);
  EXPECT_TRUE(waitFor([](const ebm::AttentionFrame& f) { return f.beta > 999; }));
  auto* normalize = control<QCheckBox>("attentionNormalize");
  ASSERT_NE(normalize, nullptr);
  normalize->setChecked(true);
  EXPECT_TRUE(waitFor([](const ebm::AttentionFrame& f) { return f.normalize; }));
  window_->session()->undoStack()->undo();
  window_->session()->undoStack()->undo();
  EXPECT_TRUE(waitFor([](const ebm::AttentionFrame& f) { return !f.normalize && f.beta < 1; }));
}

TEST_F(AttentionLessonTest, DraggingAPatternsDotMovesThePatternAsOneUndoStep) {
  // The map's place is the stage's in an experiment lesson: the dots are dragged on the landscape.
  ViewArea* views = window_->views();
  VtkView* view = views->landscapeView();
  ASSERT_TRUE(view->isVisible());
  ASSERT_TRUE(waitFor([](const ebm::AttentionFrame& f) { return f.steps == 0; }));
  QTest::qWait(300);  // a still view, drawn at full resolution
  constexpr int kShortPattern = 9;
  const Eigen::Vector2d original = pattern(kShortPattern);
  const auto height = views->markerHeight(view, kShortPattern);
  ASSERT_TRUE(height.has_value());
  const Eigen::Vector2d target(-2.5, 2.5);
  const double energyBefore = energyAt(target);
  QUndoStack* undo = window_->session()->undoStack();
  const int steps = undo->count();

  const QPointF from = widgetPointOfWorld(view, original.x(), original.y(), *height);
  const QPointF to = widgetPointOfWorld(view, target.x(), target.y(), *height);
  ASSERT_TRUE(view->rect().contains(from.toPoint()) && view->rect().contains(to.toPoint()));
  dragWithLeftButton(view, from, to, 10, 10);

  // The pattern is where the release was, on the plane through the grabbed dot; the drag is one step.
  const auto display = view->displayPoint(to);
  const auto released = pointOnPlane(view->renderer(), display[0], display[1], *height);
  ASSERT_TRUE(released.has_value());
  EXPECT_NEAR(pattern(kShortPattern).x(), released->x(), 0.02);
  EXPECT_NEAR(pattern(kShortPattern).y(), released->y(), 0.02);
  EXPECT_NEAR(pattern(kShortPattern).x(), target.x(), 0.05);
  EXPECT_NEAR(pattern(kShortPattern).y(), target.y(), 0.05);
  EXPECT_EQ(undo->count(), steps + 1);
  EXPECT_EQ(undo->undoText(), QStringLiteral("Move pattern 10"));
  // A pattern there deepens the landscape there, and the engine's experiment sees it.
  EXPECT_LT(energyAt(target), energyBefore - 0.5);
  EXPECT_TRUE(waitFor([&](const ebm::AttentionFrame&) {
    const auto frame = window_->lastFrame();
    return frame->markers && std::abs(frame->markers->positions(0, kShortPattern) - target.x()) < 0.05;
  }));

  undo->undo();
  EXPECT_DOUBLE_EQ(pattern(kShortPattern).x(), original.x());
  EXPECT_DOUBLE_EQ(pattern(kShortPattern).y(), original.y());

  // A press away from every dot is the camera's: the spec stays as it is.
  const auto specBefore = window_->session()->lesson().energies[0].spec;
  const int stepsBefore = undo->count();
  const QPointF corner(view->width() * 0.05, view->height() * 0.05);
  dragWithLeftButton(view, corner, corner + QPointF(20, 10), 10, 10);
  EXPECT_EQ(window_->session()->lesson().energies[0].spec, specBefore);
  EXPECT_EQ(undo->count(), stepsBefore);
}

}  // namespace
}  // namespace ebmui
