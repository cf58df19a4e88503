// The main window under Xvfb: the landscape is drawn in viridis where it should be, and the mouse turns it.
#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include "image_checks.h"
#include "main_window.h"
#include "panels/message_bar.h"
#include "session/lesson_library.h"
#include "session/session.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

class MainWindowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1600, 1000);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    QSignalSpy shown(window_.get(), &MainWindow::landscapeShown);
    ASSERT_TRUE(window_->openLessonNamed(kDefaultLesson));
    ASSERT_TRUE(shown.wait(10000)) << "the landscape never arrived";
    // The picture checks below look at the landscape alone, without the particles over it.
    ebm::ViewSettings view = window_->lesson().view;
    view.layout = ebm::ViewSettings::Layout::Landscape;
    view.showParticles = false;
    window_->session()->edit(&ebm::Lesson::view, view, LessonPart::View, QStringLiteral("test view"));
    QTest::qWait(100);
  }

  QImage frame() { return window_->view()->grabFramebuffer(); }

  // Drags with the left button held from the view's centre by (dx, dy) pixels in small steps.
  void drag(int dx, int dy) {
    VtkView* view = window_->view();
    const QPointF start(view->width() / 2.0, view->height() / 2.0);
    auto send = [&](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
      QMouseEvent event(type, at, view->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
      QApplication::sendEvent(view, &event);
    };
    send(QEvent::MouseButtonPress, start, Qt::LeftButton);
    for (int step = 1; step <= 10; ++step)
      send(QEvent::MouseMove, start + QPointF(dx, dy) * step / 10.0, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, start + QPointF(dx, dy), Qt::NoButton);
  }

  std::unique_ptr<MainWindow> window_;
};

TEST_F(MainWindowTest, DrawsTheLandscapeInViridisInTheMiddleOfTheView) {
  const QImage image = frame();
  image.save(QStringLiteral("/tmp/ui_test_frame.png"));
  ASSERT_FALSE(image.isNull());
  EXPECT_GT(ebmtest::distinctColours(image), 500) << "the picture is (nearly) uniform";
  const QRectF middle(0.2, 0.15, 0.6, 0.7);
  EXPECT_GT(ebmtest::colouredShare(image, middle), 0.25) << "too little of the surface in the middle";
  EXPECT_LT(ebmtest::colouredShare(image, QRectF(0, 0, 0.08, 0.08)), 0.01)
      << "the corner should be background";
  const auto bands = ebmtest::viridisBands(image, middle);
  EXPECT_GT(bands.purple, 0.01) << "no dark-purple valleys";
  EXPECT_GT(bands.teal, 0.01) << "no teal slopes";
  EXPECT_GT(bands.yellow, 0.01) << "no yellow walls";
}

TEST_F(MainWindowTest, DraggingTheMouseRotatesTheCamera) {
  const QImage before = frame();
  drag(180, 40);
  QTest::qWait(20);
  const QImage after = frame();
  EXPECT_GT(ebmtest::meanDifference(before, after), 8.0) << "the picture did not change after a drag";
  EXPECT_GT(ebmtest::colouredShare(after, QRectF(0.1, 0.1, 0.8, 0.8)), 0.15) << "the surface left the view";
}

TEST_F(MainWindowTest, CameraPresetsLookFromAbove) {
  window_->view()->setCameraPreset(CameraPreset::Top);
  const QImage top = frame();
  // Seen from the top, the box fills the middle and the three valleys' purple is visible.
  EXPECT_GT(ebmtest::colouredShare(top, QRectF(0.3, 0.3, 0.4, 0.4)), 0.9);
  EXPECT_GT(ebmtest::viridisBands(top, QRectF(0.2, 0.2, 0.6, 0.6)).purple, 0.05);
  window_->view()->setCameraPreset(CameraPreset::Iso);
  EXPECT_GT(ebmtest::meanDifference(top, frame()), 8.0);
}

TEST_F(MainWindowTest, RendersOnlyWhenAsked) {
  // With the particles frozen nothing changes, so nothing is drawn until something asks for it.
  window_->session()->applyWithoutUndo([](ebm::Lesson& l) { l.sampler.playing = false; },
                                       LessonPart::Sampler);
  // Let what was under way land first: the frames already sent, then the one redraw at full resolution that
  // follows motion (a quiet 400 ms, longer than the 250 ms the view waits before it).
  QSignalSpy frames(window_->view(), &VtkView::frameRendered);
  for (int i = 0; i < 25 && frames.wait(400); ++i) {
  }
  frames.clear();
  QTest::qWait(300);
  EXPECT_LE(frames.count(), 1) << "the view renders without a reason";
  window_->view()->requestRender();
  EXPECT_TRUE(frames.wait(2000));
}

TEST_F(MainWindowTest, ABadLessonFileKeepsTheOpenLesson) {
  const ebm::LocalizedText before = window_->lesson().title;
  EXPECT_FALSE(window_->openLessonNamed(QStringLiteral("/nonexistent/lesson.json")));
  EXPECT_EQ(window_->lesson().title, before);
  EXPECT_TRUE(window_->messageBar()->isVisible());
  EXPECT_EQ(window_->messageBar()->level(), MessageBar::Level::Error);
  EXPECT_TRUE(window_->messageBar()->text().contains("nonexistent"))
      << window_->messageBar()->text().toStdString();
}

}  // namespace
}  // namespace ebmui
