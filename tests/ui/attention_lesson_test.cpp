// The attention lesson in the real window: Step moves the query downhill with weights that sum to 1, the β
// slider is one undoable edit of the energy's spec that reaches the experiment, and the landscape stays the
// lesson's energy with the patterns drawn on it.
#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include "attention/attention_experiment.h"
#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "main_window.h"
#include "session/session.h"

namespace ebmui {
namespace {

class AttentionLessonTest : public ::testing::Test {
 protected:
  void SetUp() override {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1600, 1000);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    QApplication::setActiveWindow(window_.get());
    QSignalSpy shown(window_.get(), &MainWindow::landscapeShown);
    ASSERT_TRUE(window_->openLessonNamed(QStringLiteral("attention-as-energy")));
    ASSERT_TRUE(shown.wait(20000)) << "the lesson's first frame never arrived";
    QTest::qWait(100);
  }

  const ebm::AttentionFrame* attention() const {
    const auto frame = window_->lastFrame();
    return frame ? dynamic_cast<const ebm::AttentionFrame*>(frame->experiment.get()) : nullptr;
  }

  // Waits (up to 10 s) until the newest frame satisfies `ready`.
  bool waitFor(const std::function<bool(const ebm::AttentionFrame&)>& ready) {
    for (int i = 0; i < 200; ++i) {
      if (const auto* f = attention(); f && ready(*f)) return true;
      QSignalSpy spy(window_.get(), &MainWindow::frameShown);
      spy.wait(50);
    }
    return false;
  }

  template <class Widget>
  Widget* control(const char* name) const {
    return window_->experimentPanel()->findChild<Widget*>(QString::fromLatin1(name));
  }

  std::unique_ptr<MainWindow> window_;
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

}  // namespace
}  // namespace ebmui
