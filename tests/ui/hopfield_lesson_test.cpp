// The Hopfield lesson in the real window: the network on the stage recalls its noisy cue with the energy
// falling, New cue / painting / Recall reach the network, a stored-memory edit is one undo step, the
// capacity experiment draws its curve, and another lesson of the kind brings its own bitmaps.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include "io/lesson.h"

#include "experiments/capacity_chart.h"
#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "experiments/hopfield_stage.h"
#include "experiments/recall_chart.h"
#include "hopfield/hopfield_experiment.h"
#include "main_window.h"
#include "session/session.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

class HopfieldLessonTest : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override { open(QStringLiteral("hopfield-memory")); }

  const ebm::HopfieldFrame* hopfield() const { return experimentFrame<ebm::HopfieldFrame>(); }

  bool waitFor(const std::function<bool(const ebm::HopfieldFrame&)>& ready) {
    return waitForExperiment(ready, 20000);
  }

  template <typename T>
  T* find(const char* name) const {
    return window_->experimentPanel()->findChild<T*>(QString::fromLatin1(name));
  }
};

TEST_F(HopfieldLessonTest, TheStageRecallsTheCueWhileTheEnergyFalls) {
  ExperimentPanel* panel = window_->experimentPanel();
  ASSERT_NE(panel, nullptr);
  EXPECT_EQ(panel->title(), QStringLiteral("Memory"));
  StageWidget* stage = panel->stage();
  ASSERT_NE(stage, nullptr);
  EXPECT_TRUE(stage->isVisible());
  EXPECT_FALSE(window_->views()->mapView()->isVisible());
  ASSERT_NE(hopfield(), nullptr);
  const double startEnergy = hopfield()->historyEnergy->front();
  EXPECT_LT(hopfield()->overlaps[0], 0.9);  // the cue is A with a fifth of its pixels flipped
  ASSERT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.settled; }));
  EXPECT_DOUBLE_EQ(hopfield()->overlaps[0], 1.0);
  EXPECT_LT(hopfield()->energy, startEnergy);
  QTest::qWait(200);
  auto* energy = find<RecallChart>("hopfieldEnergyChart");
  ASSERT_NE(energy, nullptr);
  EXPECT_NEAR(energy->lastValue(0), hopfield()->energy, 1e-6);
  auto* overlaps = find<RecallChart>("hopfieldOverlapChart");
  ASSERT_NE(overlaps, nullptr);
  EXPECT_EQ(overlaps->seriesCount(), 3);
  // The landscape view draws E(m₁, m₂), and the path ends at memory A.
  EXPECT_TRUE(window_->views()->landscapeView()->isVisible());
  EXPECT_FLOAT_EQ(hopfield()->path(0, hopfield()->path.cols() - 1), 1.0f);
  // The views draw the recall's path as the landscape's trace.
  ASSERT_TRUE(window_->lastFrame()->minimumTrace);
  EXPECT_GT(window_->lastFrame()->minimumTrace->positions.cols(), 10);
}

TEST_F(HopfieldLessonTest, NewCuePaintingAndRecallReachTheNetwork) {
  ASSERT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.settled; }));
  // Paint ink on the top-left unit (paper in A) of the stage: the recall pauses at the painted picture.
  StageWidget* stage = window_->experimentPanel()->stage();
  const QRectF grid = HopfieldStage::stateRect(QRectF(QPointF(0, 0), QSizeF(stage->size())));
  const QPoint corner = (grid.topLeft() + QPointF(grid.width() / 32, grid.height() / 32)).toPoint();
  ASSERT_EQ(HopfieldStage::unitAt(QRectF(QPointF(0, 0), QSizeF(stage->size())), corner), 0);
  QTest::mouseClick(stage, Qt::LeftButton, {}, corner);
  ASSERT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.state[0] > 0 && !f.recalling; }));
  EXPECT_EQ(hopfield()->cue[0], 1);
  EXPECT_LT(hopfield()->overlaps[0], 1.0);
  QTest::keyClick(window_.get(), Qt::Key_C);  // Recall's shortcut (R resets the camera)
  ASSERT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.settled; }));
  EXPECT_DOUBLE_EQ(hopfield()->overlaps[0], 1.0);  // the stray pixel is repaired
  // New cue: a fresh noisy A, recalled again.
  QTest::mouseClick(find<QPushButton>("hopfieldNewCue"), Qt::LeftButton);
  ASSERT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return !f.settled && f.overlaps[0] < 0.9; }));
  ASSERT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.settled; }));
  EXPECT_DOUBLE_EQ(hopfield()->overlaps[0], 1.0);
}

TEST_F(HopfieldLessonTest, StoringAMemoryIsOneUndoStepAndCapacityIsMeasured) {
  QCheckBox* three = nullptr;
  for (auto* box : window_->experimentPanel()->findChildren<QCheckBox*>())
    if (box->text() == QStringLiteral("3")) three = box;
  ASSERT_NE(three, nullptr);
  EXPECT_FALSE(three->isChecked());
  const int steps = window_->session()->undoStack()->count();
  three->click();
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.patternNames.size() == 4; }));
  window_->session()->undoStack()->undo();
  EXPECT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.patternNames.size() == 3; }));
  EXPECT_FALSE(three->isChecked());
  // The pseudo-inverse rule, chosen in the combo box.
  auto* rule = find<QComboBox>("hopfieldRule");
  ASSERT_NE(rule, nullptr);
  rule->setCurrentIndex(1);
  emit rule->activated(1);
  EXPECT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.rule == "pseudo-inverse"; }));
  // The capacity experiment draws its curve.
  auto* tabs = find<QTabWidget>("hopfieldCharts");
  ASSERT_NE(tabs, nullptr);
  tabs->setCurrentIndex(1);
  QTest::mouseClick(find<QPushButton>("hopfieldMeasureCapacity"), Qt::LeftButton);
  ASSERT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.capacity != nullptr; }));
  EXPECT_GE(hopfield()->capacity->criticalLoad, 0.08);
  EXPECT_LE(hopfield()->capacity->criticalLoad, 0.2);
  QTest::qWait(200);
  EXPECT_EQ(window_->experimentPanel()->findChild<CapacityChart*>()->points(), 24);
}

}  // namespace
}  // namespace ebmui

namespace ebmui {
namespace {

TEST_F(HopfieldLessonTest, AnotherLessonOfTheKindBringsItsOwnBitmaps) {
  ebm::Lesson lesson = window_->session()->lesson();
  auto& patterns = lesson.experiment["patterns"];
  patterns.erase(patterns.begin() + 3, patterns.end());  // A, E, H
  lesson.experiment["stored"] = {"A", "H"};
  lesson.experiment["axes"] = {"A", "H"};
  QTemporaryDir folder;
  const QString file = folder.filePath(QStringLiteral("three.json"));
  QFile out(file);
  ASSERT_TRUE(out.open(QIODevice::WriteOnly));
  out.write(QByteArray::fromStdString(ebm::writeLesson(lesson)));
  out.close();
  ASSERT_TRUE(window_->openLessonNamed(file));
  ASSERT_TRUE(waitFor([](const ebm::HopfieldFrame& f) { return f.patternNames.size() == 2; }));
  QStringList boxes;
  for (auto* box : window_->experimentPanel()->findChildren<QCheckBox*>())
    boxes << box->text() + (box->isChecked() ? "+" : "");
  EXPECT_EQ(boxes, QStringList({"A+", "E", "H+"}));
}

}  // namespace
}  // namespace ebmui
