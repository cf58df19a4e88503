// The softmax lesson in the real window: its panel is a tab of its own, its stage takes the map's place, the
// panel's controls reach the engine, a count edit is one undo step, and a density lesson gets its map back.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include "choices/softmax_experiment.h"
#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "main_window.h"
#include "session/session.h"
#include "view_points.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

class SoftmaxLessonTest : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override {
    showWindow();
    if (!HasFatalFailure()) openLesson(QStringLiteral("softmax-temperature"));
  }

  const ebm::SoftmaxFrame* softmax() const { return experimentFrame<ebm::SoftmaxFrame>(); }

  bool waitFor(const std::function<bool(const ebm::SoftmaxFrame&)>& ready) {
    return waitForExperiment(ready, 10000);
  }
};

TEST_F(SoftmaxLessonTest, ThePanelAndTheStageReplaceTheDensityControlsAndTheMap) {
  ExperimentPanel* panel = window_->experimentPanel();
  ASSERT_NE(panel, nullptr);
  QTabWidget* tabs = window_->panels();
  EXPECT_EQ(tabs->tabText(tabs->currentIndex()), panel->title());
  for (int i = 0; i < tabs->count(); ++i) {
    if (!tabs->isTabVisible(i)) continue;
    EXPECT_TRUE(tabs->tabText(i) == panel->title() || tabs->tabText(i) == "Animation")
        << tabs->tabText(i).toStdString();
  }
  StageWidget* stage = panel->stage();
  ASSERT_NE(stage, nullptr);
  EXPECT_TRUE(stage->isVisible());
  EXPECT_FALSE(window_->views()->mapView()->isVisible());
  EXPECT_GT(stage->width(), 400);
  ASSERT_NE(softmax(), nullptr);
  EXPECT_EQ(stage->frame(), window_->lastFrame()->experiment);
  // The stage draws text and bars, not just its background.
  const QImage picture = stage->grab().toImage();
  int bright = 0;
  for (int y = 0; y < picture.height(); y += 2) {
    for (int x = 0; x < picture.width(); x += 2)
      bright += qGray(picture.pixel(x, y)) > 150;
  }
  EXPECT_GT(bright, 500);
}

TEST_F(SoftmaxLessonTest, TheControlsReachTheEngine) {
  auto* recommend = window_->experimentPanel()->findChild<QPushButton*>(QStringLiteral("recommendButton"));
  ASSERT_NE(recommend, nullptr);
  QTest::mouseClick(recommend, Qt::LeftButton);
  EXPECT_TRUE(waitFor([](const ebm::SoftmaxFrame& f) { return f.draws == 50; }));
  auto* user = window_->experimentPanel()->findChild<QComboBox*>(QStringLiteral("softmaxUser"));
  ASSERT_NE(user, nullptr);
  ASSERT_EQ(user->count(), 4);
  user->setCurrentIndex(2);
  EXPECT_TRUE(waitFor([](const ebm::SoftmaxFrame& f) { return f.user == 2; }));
  window_->session()->setParameter(QStringLiteral("temperature"), 0.01);
  EXPECT_TRUE(waitFor([](const ebm::SoftmaxFrame& f) { return f.entropy < 0.05; }));
}

// A click on another user's dot on the landscape chooses that user; a click on an item's dot changes nothing.
TEST_F(SoftmaxLessonTest, ClickingAUsersDotChoosesThatUser) {
  ASSERT_TRUE(waitFor([](const ebm::SoftmaxFrame& f) { return f.user == 0; }));
  QTest::qWait(300);  // a still view, drawn at full resolution
  ViewArea* views = window_->views();
  VtkView* view = views->landscapeView();
  ASSERT_TRUE(view->isVisible());
  const ebm::FramePtr held = window_->lastFrame();  // `frame` lives in it, while newer frames replace it
  const auto* frame = softmax();
  ASSERT_NE(frame, nullptr);
  const int items = int(frame->itemNames.size());
  const auto click = [&](int marker) {
    const auto height = views->markerHeight(view, marker);
    ASSERT_TRUE(height.has_value());
    const QPointF at =
        widgetPointOfWorld(view, frame->markers(0, marker), frame->markers(1, marker), *height);
    ASSERT_TRUE(view->rect().contains(at.toPoint()));
    for (QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
      QMouseEvent event(type, at, view->mapToGlobal(at), Qt::LeftButton,
                        type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
      QApplication::sendEvent(view, &event);
    }
  };
  click(items + 2);
  EXPECT_TRUE(waitFor([](const ebm::SoftmaxFrame& f) { return f.user == 2; })) << "the click chose no user";
  const ebm::FramePtr heldChosen = window_->lastFrame();
  const auto* chosen = softmax();
  ASSERT_NE(chosen, nullptr);
  click(0);  // an item
  QTest::qWait(300);
  EXPECT_EQ(softmax()->user, 2);
  EXPECT_EQ(softmax()->markers(0, 0), chosen->markers(0, 0)) << "an item moved";
}

TEST_F(SoftmaxLessonTest, ACountEditIsOneUndoStep) {
  auto* table = window_->experimentPanel()->findChild<QTableWidget*>(QStringLiteral("categoryCounts"));
  ASSERT_NE(table, nullptr);
  ASSERT_TRUE(waitFor([](const ebm::SoftmaxFrame& f) { return !f.categoryNames.empty(); }));
  const int steps = window_->session()->undoStack()->count();
  table->item(7, 1)->setText(QStringLiteral("400"));  // owls, now as common as pigeons
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_TRUE(waitFor([](const ebm::SoftmaxFrame& f) { return f.categoryCounts[7] == 400; }));
  window_->session()->undoStack()->undo();
  EXPECT_TRUE(waitFor([](const ebm::SoftmaxFrame& f) { return f.categoryCounts[7] == 1; }));
  // A count that is not a number is refused in place.
  table->item(7, 1)->setText(QStringLiteral("many"));
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_EQ(table->item(7, 1)->text(), QStringLiteral("1"));
}

TEST_F(SoftmaxLessonTest, ADensityLessonGetsItsMapAndPanelsBack) {
  openLesson(QStringLiteral("energy-and-probability"));
  EXPECT_EQ(window_->experimentPanel(), nullptr);
  EXPECT_TRUE(window_->views()->mapView()->isVisible());
  EXPECT_EQ(window_->views()->stage(), nullptr);
  EXPECT_EQ(window_->panels()->count(), 8)
      << "the fixed tabs, out-of-distribution included, and no experiment tab";
  openLesson(QStringLiteral("softmax-temperature"));
  ASSERT_NE(window_->experimentPanel(), nullptr);
  EXPECT_TRUE(window_->experimentPanel()->stage()->isVisible());
}

}  // namespace
}  // namespace ebmui
