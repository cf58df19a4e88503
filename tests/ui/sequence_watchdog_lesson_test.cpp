// The sequence-watchdog lesson in the real window: its panel and stage replace the density controls and the
// map, the buttons draw sessions of their kind, the false-alarm target slider recalibrates the threshold (one
// undo step), and the panel shows the rates and the learned table.
#include <gtest/gtest.h>

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "main_window.h"
#include "sequences/sequence_experiment.h"
#include "session/session.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

class SequenceWatchdogLessonTest : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override { open(QStringLiteral("sequence-watchdog")); }

  const ebm::SequenceFrame* watchdog() const { return experimentFrame<ebm::SequenceFrame>(); }

  bool waitFor(const std::function<bool(const ebm::SequenceFrame&)>& ready) {
    return waitForExperiment(ready, 10000);
  }
};

TEST_F(SequenceWatchdogLessonTest, ButtonsDrawSessionsAndTheTargetRecalibrates) {
  ExperimentPanel* panel = window_->experimentPanel();
  ASSERT_NE(panel, nullptr);
  ASSERT_NE(panel->stage(), nullptr);
  EXPECT_TRUE(panel->stage()->isVisible());
  EXPECT_FALSE(window_->views()->mapView()->isVisible());
  window_->session()->setParameter(QStringLiteral("playing"), 0);  // hold the feed still
  auto* attack = panel->findChild<QPushButton*>(QStringLiteral("attackSession"));
  auto* normal = panel->findChild<QPushButton*>(QStringLiteral("normalSession"));
  ASSERT_TRUE(attack && normal);
  ASSERT_TRUE(waitFor([](const ebm::SequenceFrame&) { return true; }));
  const int before = watchdog()->sessionNumber;
  QTest::mouseClick(attack, Qt::LeftButton);
  EXPECT_TRUE(
      waitFor([&](const ebm::SequenceFrame& f) { return f.attack && f.sessionNumber == before + 1; }));
  QTest::mouseClick(normal, Qt::LeftButton);
  EXPECT_TRUE(
      waitFor([&](const ebm::SequenceFrame& f) { return !f.attack && f.sessionNumber == before + 2; }));

  const double loose = watchdog()->threshold;
  const int steps = window_->session()->undoStack()->count();
  window_->session()->setParameter(QStringLiteral("watchdog.falseAlarmTarget"), 0.01);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_TRUE(waitFor(
      [&](const ebm::SequenceFrame& f) { return f.threshold > loose && f.falseAlarmTarget == 0.01; }));
  window_->session()->undoStack()->undo();
  EXPECT_TRUE(waitFor([&](const ebm::SequenceFrame& f) { return f.threshold == loose; }));

  auto* rates = panel->findChild<QLabel*>(QStringLiteral("watchdogRates"));
  ASSERT_NE(rates, nullptr);
  EXPECT_TRUE(rates->text().contains(QStringLiteral("false alarms")));
  auto* table = panel->findChild<QTableWidget*>(QStringLiteral("transitionEnergies"));
  ASSERT_NE(table, nullptr);
  ASSERT_NE(table->item(0, 0), nullptr);
  EXPECT_NEAR(table->item(0, 0)->text().toDouble(), watchdog()->energies(0, 0), 0.05);  // start → login
  // The stage draws the timeline and the histograms.
  const QImage picture = panel->stage()->grab().toImage();
  int bright = 0;
  for (int y = 0; y < picture.height(); y += 2) {
    for (int x = 0; x < picture.width(); x += 2)
      bright += qGray(picture.pixel(x, y)) > 120;
  }
  EXPECT_GT(bright, 500);
}

}  // namespace
}  // namespace ebmui
