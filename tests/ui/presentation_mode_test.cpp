// Presentation mode (F11) fills the screen with larger text and gives the window back as it was; --play
// (MainWindow::play) starts the demo.
#include <gtest/gtest.h>

#include <QAction>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>

#include "main_window.h"
#include "panels/animation_panel.h"
#include "presentation_mode.h"
#include "session/session.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

using PresentationModeTest = ebmtest::WalkthroughFixture;

TEST_F(PresentationModeTest, F11FillsTheScreenWithLargerTextAndGivesTheWindowBack) {
  open(QStringLiteral("energy-and-probability"));
  auto* text = window_->findChild<QTextBrowser*>(QStringLiteral("explanation"));
  ASSERT_TRUE(text);
  const QRect before = window_->geometry();
  const qreal textPoints = text->document()->defaultFont().pointSizeF();
  const qreal controlPoints = window_->panels()->font().pointSizeF();
  const QSize viewBefore = window_->view()->size();

  QTest::keyClick(window_.get(), Qt::Key_F11);
  QTest::qWait(300);
  EXPECT_TRUE(window_->presentation()->active());
  EXPECT_TRUE(window_->isFullScreen());
  EXPECT_EQ(window_->geometry(), window_->screen()->geometry());
  EXPECT_FALSE(window_->statusBar()->isVisible());
  EXPECT_NEAR(text->document()->defaultFont().pointSizeF(), textPoints * PresentationMode::kTextScale, 1.0);
  EXPECT_NEAR(window_->panels()->font().pointSizeF(), controlPoints * PresentationMode::kControlsScale, 0.5);
  EXPECT_DOUBLE_EQ(window_->view()->typeScale(), PresentationMode::kViewsScale);  // the views' labels too
  EXPECT_GT(window_->view()->width() * window_->view()->height(), viewBefore.width() * viewBefore.height())
      << "the views grow with the window";

  QTest::keyClick(window_.get(), Qt::Key_Escape);  // Esc leaves, as F11 does
  QTest::qWait(300);
  EXPECT_FALSE(window_->presentation()->active());
  EXPECT_FALSE(window_->isFullScreen());
  EXPECT_EQ(window_->geometry(), before);
  EXPECT_TRUE(window_->statusBar()->isVisible());
  EXPECT_DOUBLE_EQ(text->document()->defaultFont().pointSizeF(), textPoints);
  EXPECT_DOUBLE_EQ(window_->panels()->font().pointSizeF(), controlPoints);
  EXPECT_DOUBLE_EQ(window_->view()->typeScale(), 1.0);
}

TEST_F(PresentationModeTest, PlayStartsTheParticlesAndTheLessonsAnimation) {
  open(QStringLiteral("energy-and-probability"));
  window_->session()->applyWithoutUndo([](ebm::Lesson& l) { l.sampler.playing = false; },
                                       LessonPart::Sampler);
  ASSERT_FALSE(window_->lesson().animation.keyframes.empty()) << "lesson 1 has an animation";
  const double temperature = window_->lesson().temperature;
  window_->play();
  EXPECT_TRUE(window_->lesson().sampler.playing);
  EXPECT_TRUE(window_->panels()->animationPanel()->playing());
  QTest::qWait(1500);
  EXPECT_NE(window_->lesson().temperature, temperature) << "the animation moves T";
  window_->panels()->animationPanel()->setPlaying(false);
}

}  // namespace
}  // namespace ebmui
