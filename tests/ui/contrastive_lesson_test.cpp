// The contrastive lesson in the real window: its panel and stage replace the density controls and the map,
// the run trains live and its buttons and charts work, a click on the stage's data moves the anchor in one
// undo step, and the embedding's shape is an undoable edit.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include "contrastive/contrastive_experiment.h"
#include "experiments/contrastive_stage.h"
#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "main_window.h"
#include "panels/charts/history_chart.h"
#include "session/session.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

class ContrastiveLessonTest : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override { open(QStringLiteral("contrastive-learning")); }

  const ebm::ContrastiveFrame* contrastive() const { return experimentFrame<ebm::ContrastiveFrame>(); }

  bool waitFor(const std::function<bool(const ebm::ContrastiveFrame&)>& ready) {
    return waitForExperiment(ready, 20000);
  }

  template <typename T>
  T* find(const char* name) const {
    return window_->experimentPanel()->findChild<T*>(QString::fromLatin1(name));
  }
};

TEST_F(ContrastiveLessonTest, TrainsLiveWithThePanelsButtonsAndCharts) {
  ExperimentPanel* panel = window_->experimentPanel();
  ASSERT_NE(panel, nullptr);
  EXPECT_EQ(window_->panels()->tabText(window_->panels()->currentIndex()), panel->title());
  ASSERT_NE(panel->stage(), nullptr);
  EXPECT_TRUE(panel->stage()->isVisible());
  EXPECT_FALSE(window_->views()->mapView()->isVisible());
  ASSERT_TRUE(waitFor([](const ebm::ContrastiveFrame& f) { return f.training.iteration >= 20; }));
  QTest::mouseClick(find<QPushButton>("contrastivePause"), Qt::LeftButton);
  ASSERT_TRUE(waitFor(
      [](const ebm::ContrastiveFrame& f) { return f.training.state == ebm::TrainingFrame::State::Paused; }));
  const auto charts = panel->findChildren<HistoryChart*>();
  ASSERT_EQ(charts.size(), 3);
  EXPECT_GT(charts[0]->points(0), 0);
  EXPECT_GT(charts[2]->points(0), 0);  // uniformity, measured every 10 steps
  // The stage draws the data and the circle, not just its background.
  const QImage picture = panel->stage()->grab().toImage();
  int colourful = 0;
  for (int y = 0; y < picture.height(); y += 2) {
    for (int x = 0; x < picture.width(); x += 2) {
      const QColor c = picture.pixelColor(x, y);
      colourful += c.saturation() > 120 && c.value() > 120;
    }
  }
  EXPECT_GT(colourful, 300);
  QTest::mouseClick(find<QPushButton>("contrastiveTrain"), Qt::LeftButton);
  EXPECT_TRUE(waitFor(
      [](const ebm::ContrastiveFrame& f) { return f.training.state == ebm::TrainingFrame::State::Running; }));
  QTest::mouseClick(find<QPushButton>("contrastiveStop"), Qt::LeftButton);
  EXPECT_TRUE(waitFor(
      [](const ebm::ContrastiveFrame& f) { return f.training.state == ebm::TrainingFrame::State::Stopped; }));
}

TEST_F(ContrastiveLessonTest, AClickOnTheStagesDataMovesTheAnchorInOneUndoStep) {
  StageWidget* stage = window_->experimentPanel()->stage();
  const ebm::Box box = window_->session()->lesson().box;
  const QRectF plane = ContrastiveStage::layout(QRectF(stage->rect())).plane;
  // The plane's lower-left quarter: the point (−2, −2) of the square box [−4, 4]².
  const QPoint target =
      QPointF(plane.left() + plane.width() / 4, plane.bottom() - plane.height() / 4).toPoint();
  const auto expected = ContrastiveStage::planePoint(QRectF(stage->rect()), box, target);
  ASSERT_TRUE(expected.has_value());
  EXPECT_NEAR(expected->x(), -2.0, 0.1);
  const int steps = window_->session()->undoStack()->count();
  QTest::mouseClick(stage, Qt::LeftButton, {}, target);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_TRUE(waitFor([&](const ebm::ContrastiveFrame& f) {
    return std::abs(f.anchor[0] - expected->x()) < 1e-6 && std::abs(f.anchor[1] - expected->y()) < 1e-6;
  }));
  window_->session()->undoStack()->undo();
  EXPECT_TRUE(
      waitFor([](const ebm::ContrastiveFrame& f) { return f.anchor[0] == 2.0 && f.anchor[1] == 2.0; }));
  // A click beside the plane (on the circle) changes nothing.
  QTest::mouseClick(stage, Qt::LeftButton, {},
                    ContrastiveStage::layout(QRectF(stage->rect())).embedding.center().toPoint());
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
}

TEST_F(ContrastiveLessonTest, TheSphereIsAnUndoableEditThatRestartsTheRun) {
  auto* embedding = find<QComboBox>("contrastiveEmbedding");
  ASSERT_NE(embedding, nullptr);
  QTest::mouseClick(find<QPushButton>("contrastivePause"), Qt::LeftButton);
  ASSERT_TRUE(waitFor(
      [](const ebm::ContrastiveFrame& f) { return f.training.state != ebm::TrainingFrame::State::Running; }));
  const int steps = window_->session()->undoStack()->count();
  embedding->setCurrentIndex(embedding->findData(3));
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_TRUE(waitFor(
      [](const ebm::ContrastiveFrame& f) { return f.embeddingDimension == 3 && f.embeddings.rows() == 3; }));
  window_->session()->undoStack()->undo();
  EXPECT_TRUE(waitFor([](const ebm::ContrastiveFrame& f) { return f.embeddingDimension == 2; }));
}

}  // namespace
}  // namespace ebmui
