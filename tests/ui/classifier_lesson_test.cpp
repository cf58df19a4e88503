// The classifier lesson and lesson 7's watchdogs in the real window: the out-of-distribution tab opens with
// both detectors charted and named in the legend, the map switches to the max-softmax confidence (one undo
// step, another field), View ▸ Decision Boundaries hides the lines, the fine-tuning sliders and F reach the
// lesson, Fine-tune trains the energy live until it detects the outliers, and the anomaly lesson's watchdog
// choice is one undo step that recalibrates and overlays every watchdog's ROC curve.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include "image_checks.h"
#include "main_window.h"
#include "panels/anomaly_panel.h"
#include "panels/charts/roc_chart.h"
#include "panels/charts/training_charts.h"
#include "panels/ood_panel.h"
#include "panels/training_panel.h"
#include "session/session.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

class ClassifierWindowTest : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override { showWindow(); }

  bool waitFor(const std::function<bool(const ebm::Frame&)>& ready, int seconds = 10) {
    return waitForFrame(ready, seconds * 1000);
  }
};

TEST_F(ClassifierWindowTest, TheOutOfDistributionTabOpensWithBothDetectors) {
  openLesson(QStringLiteral("classifier-energy"));
  QTabWidget* tabs = window_->panels();
  EXPECT_EQ(tabs->tabText(tabs->currentIndex()), QStringLiteral("Out-of-distribution"));
  EXPECT_FALSE(tabs->isTabVisible(5)) << "no anomaly tab in a classifier lesson";
  ASSERT_TRUE(waitFor([](const ebm::Frame& f) { return f.ood && f.boundaries; }));
  auto* scores = window_->oodPanel()->findChild<QLabel*>(QStringLiteral("oodScores"));
  ASSERT_NE(scores, nullptr);
  EXPECT_TRUE(scores->text().contains(QStringLiteral("AUROC")));
  EXPECT_TRUE(scores->text().contains(QStringLiteral("max-softmax")));
  EXPECT_EQ(window_->oodPanel()->roc()->curveCount(), 2);
  EXPECT_GT(window_->oodPanel()->roc()->curvePoints(), 10);
  // The legend beneath the chart names both curves with their areas, unabridged.
  const QString legend = window_->oodPanel()->roc()->legendText();
  EXPECT_TRUE(legend.contains(QStringLiteral("energy — AUROC 0."))) << legend.toStdString();
  EXPECT_TRUE(legend.contains(QStringLiteral("max-softmax — AUROC 0."))) << legend.toStdString();
  EXPECT_GT(window_->lastFrame()->boundaries->positions.cols(), 10);
  // The other lessons keep their tabs: no out-of-distribution tab where there are no outliers.
  openLesson(QStringLiteral("energy-and-probability"));
  EXPECT_FALSE(tabs->isTabVisible(6));
}

TEST_F(ClassifierWindowTest, TheMapSwitchesToTheConfidenceInOneUndoStep) {
  openLesson(QStringLiteral("classifier-energy"));
  ebm::ViewSettings view = window_->lesson().view;
  view.showParticles = false;
  view.showData = false;
  window_->session()->edit(&ebm::Lesson::view, view, LessonPart::View, QStringLiteral("quiet map"));
  QTest::qWait(300);
  VtkView* map = window_->views()->mapView();
  map->renderAtFullResolutionNext();
  QTest::qWait(300);
  const QImage energy = map->grabFramebuffer();
  auto* box = window_->oodPanel()->findChild<QCheckBox*>(QStringLiteral("mapShowsConfidence"));
  ASSERT_NE(box, nullptr);
  const int steps = window_->session()->undoStack()->count();
  box->setChecked(true);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  ASSERT_TRUE(
      waitFor([](const ebm::Frame& f) { return f.mapShowsConfidence && f.ood && f.ood->showsSoftmax; }));
  QTest::qWait(300);
  map->renderAtFullResolutionNext();
  QTest::qWait(300);
  const QImage confidence = map->grabFramebuffer();
  // The map's field is now max_y p(y|x): between 1/K and 1, lowest on the decision boundaries.
  const auto& field = window_->lastFrame()->mapGrid->values;
  EXPECT_GE(field.minCoeff(), 1.0 / 3 - 1e-9);
  EXPECT_LE(field.maxCoeff(), 1.0 + 1e-9);
  EXPECT_LT(field.minCoeff(), 0.6) << "the confidence falls on the boundaries";
  // A plain classifier is confident almost everywhere, so the two pictures differ mainly in strips along the
  // boundaries and in the colour bar (~3 grey levels on average).
  EXPECT_GT(ebmtest::meanDifference(energy, confidence), 1.5) << "the map draws another field";
  window_->session()->undoStack()->undo();
  EXPECT_FALSE(box->isChecked());
  EXPECT_TRUE(waitFor([](const ebm::Frame& f) { return !f.mapShowsConfidence; }));
  // Back to the energy E = −T·log Σ_y exp(f_y/T): far below 0 here (the trained logits are large), never a
  // probability.
  EXPECT_LT(window_->lastFrame()->mapGrid->values.maxCoeff(), 0.0);
}

// Light pixels on the map's yellow field (yellow three pixels to either side): the decision boundaries, not
// the axis text beside the field.
int boundaryPixels(const QImage& image) {
  const auto yellow = [&](int x, int y) {
    const QColor c = image.pixelColor(x, y);
    return c.red() > 200 && c.green() > 200 && c.blue() < 120;
  };
  int n = 0;
  for (int y = 0; y < image.height(); ++y) {
    for (int x = 3; x + 3 < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      n += c.blue() > 160 && c.red() > 180 && c.green() > 180 && yellow(x - 3, y) && yellow(x + 3, y);
    }
  }
  return n;
}

TEST_F(ClassifierWindowTest, ViewMenuHidesTheBoundariesAndTheTuningSlidersReachTheLesson) {
  openLesson(QStringLiteral("classifier-energy"));
  ebm::ViewSettings view = window_->lesson().view;
  view.showParticles = false;
  view.showData = false;
  window_->session()->edit(&ebm::Lesson::view, view, LessonPart::View, QStringLiteral("quiet map"));
  QAction* boundaries = nullptr;
  for (QAction* a : window_->findChildren<QAction*>())
    if (a->text() == QStringLiteral("Decision Boundaries")) boundaries = a;
  ASSERT_NE(boundaries, nullptr);
  EXPECT_TRUE(boundaries->isEnabled()) << "a classifier lesson has boundaries to hide";
  EXPECT_TRUE(boundaries->isChecked());
  VtkView* map = window_->views()->mapView();
  QTest::qWait(300);
  map->renderAtFullResolutionNext();
  QTest::qWait(300);
  const int withLines = boundaryPixels(map->grabFramebuffer());
  const int steps = window_->session()->undoStack()->count();
  boundaries->trigger();
  // What is shown is not a lesson edit (as every View toggle): no undo step.
  EXPECT_EQ(window_->session()->undoStack()->count(), steps);
  EXPECT_FALSE(window_->lesson().view.showBoundaries);
  QTest::qWait(300);
  map->renderAtFullResolutionNext();
  QTest::qWait(300);
  const int without = boundaryPixels(map->grabFramebuffer());
  EXPECT_GT(withLines, 100) << "three boundary lines cross the map";
  EXPECT_LT(without, withLines / 4) << "the boundary lines are gone";

  // The fine-tuning sliders are lesson parameters: a drag changes the training settings, one undo step.
  auto* marginOut = window_->oodPanel()->findChild<QSlider*>(QStringLiteral("marginOutSlider"));
  ASSERT_NE(marginOut, nullptr);
  const double before = window_->lesson().training.marginOut;
  const int undoBefore = window_->session()->undoStack()->count();
  marginOut->triggerAction(QAbstractSlider::SliderPageStepAdd);
  EXPECT_GT(window_->lesson().training.marginOut, before);
  EXPECT_EQ(window_->session()->undoStack()->count(), undoBefore + 1);
  window_->session()->undoStack()->undo();
  EXPECT_DOUBLE_EQ(window_->lesson().training.marginOut, before);

  // F is Fine-tune: with λ = 0 it first sets λ = 0.1, then trains.
  window_->session()->setParameter(QStringLiteral("energyWeight"), 0.0);
  QTest::keyClick(window_.get(), Qt::Key_F);
  // A button's shortcut is an animated click: it lands ~100 ms later.
  for (int i = 0; i < 20 && window_->lesson().training.energyWeight == 0.0; ++i)
    QTest::qWait(50);
  EXPECT_DOUBLE_EQ(window_->lesson().training.energyWeight, 0.1);
  EXPECT_TRUE(waitFor([](const ebm::Frame& f) { return bool(f.training); }));
}

TEST_F(ClassifierWindowTest, FineTuneTrainsTheEnergyIntoADetector) {
  openLesson(QStringLiteral("classifier-energy"));
  ASSERT_TRUE(waitFor([](const ebm::Frame& f) { return bool(f.ood); }));
  const double before = window_->lastFrame()->ood->energy.fpr95;
  window_->session()->setParameter(QStringLiteral("energyWeight"), 0.0);
  auto* fineTune = window_->oodPanel()->findChild<QPushButton*>(QStringLiteral("fineTuneButton"));
  ASSERT_NE(fineTune, nullptr);
  QTest::mouseClick(fineTune, Qt::LeftButton);
  EXPECT_DOUBLE_EQ(window_->lesson().training.energyWeight, 0.1) << "fine-tuning needs λ > 0";
  ASSERT_TRUE(waitFor(
      [](const ebm::Frame& f) {
        return f.training && f.training->state == ebm::TrainingFrame::State::Finished;
      },
      120));
  ASSERT_TRUE(waitFor([&](const ebm::Frame& f) { return f.ood && f.ood->energy.fpr95 < before; }));
  const auto& ood = *window_->lastFrame()->ood;
  EXPECT_LE(ood.energy.fpr95, ood.softmax.fpr95);
  EXPECT_GT(ood.accuracy, 0.97);
  EXPECT_GT(window_->trainingPanel()->charts()->accuracyPoints(), 0);
}

TEST_F(ClassifierWindowTest, ChoosingAWatchdogIsOneUndoStepAndEveryCurveIsDrawn) {
  openLesson(QStringLiteral("anomaly-detection"));
  QComboBox* watchdog = window_->anomalyPanel()->watchdog();
  ASSERT_EQ(watchdog->count(), 3);
  EXPECT_EQ(watchdog->currentIndex(), 0);
  ASSERT_TRUE(waitFor([](const ebm::Frame& f) { return f.anomaly && f.anomaly->watchdogs.size() == 3; }));
  EXPECT_EQ(window_->anomalyPanel()->roc()->curveCount(), 3);
  for (const char* name : {"True density — area", "RBM watchdog — area", "Neural watchdog — area"})
    EXPECT_TRUE(window_->anomalyPanel()->roc()->legendText().contains(QString::fromUtf8(name))) << name;
  const double truthThreshold = window_->lesson().threshold;
  const int steps = window_->session()->undoStack()->count();
  watchdog->setCurrentIndex(1);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_EQ(window_->lesson().composition.terms.front(), 1);
  ASSERT_TRUE(waitFor([](const ebm::Frame& f) { return f.anomaly && f.anomaly->watchdogs[1].watching; }));
  EXPECT_NEAR(window_->lastFrame()->anomaly->falseAlarmRate, 0.05, 0.01);
  EXPECT_NE(window_->lesson().threshold, truthThreshold) << "the RBM's threshold is on its own scale";
  window_->session()->undoStack()->undo();
  EXPECT_EQ(watchdog->currentIndex(), 0);
  EXPECT_TRUE(waitFor([](const ebm::Frame& f) { return f.anomaly && f.anomaly->watchdogs[0].watching; }));
}

}  // namespace
}  // namespace ebmui
