// The views and an export frame against committed baseline pictures (tests/baselines/, tolerance in
// image_baseline.h): lesson 1's landscape and map, the 3D lesson's volume view, and a frame of lesson 1 as
// export draws it. The window's particles are hidden and paused, so what is left is a function of the lesson;
// the export frame keeps its particles, which the lesson's seed makes the same on every run.
#include <gtest/gtest.h>

#include <QTest>

#include "export/offscreen_scene.h"
#include "image_baseline.h"
#include "image_checks.h"
#include "session/lesson_library.h"
#include "session/session.h"
#include "simulation/simulation.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

/// The size of every baseline picture: small enough to commit, large enough to show a changed scene.
constexpr QSize kBaselineSize(480, 320);

class ImageBaselineTest : public ebmtest::WalkthroughFixture {
 protected:
  /// Opens `lesson` with its particles hidden and paused, and each of `views` fixed at the baseline size.
  void openStill(const QString& lesson, std::initializer_list<VtkView* (ViewArea::*)() const> views) {
    // Every render at full resolution: after a view streamed at a lower one, VTK places the axes' labels a
    // few pixels differently when it is back at full resolution, and how far a view streams depends on the
    // machine's load and on the tests before it (the first window of a process compiles its shaders).
    qputenv("EBMSCAPE_RENDER_SCALE", "1");
    open(lesson);
    qunsetenv("EBMSCAPE_RENDER_SCALE");
    if (HasFatalFailure()) return;
    window_->session()->applyWithoutUndo([](ebm::Lesson& l) { l.sampler.playing = false; },
                                         LessonPart::Sampler);
    window_->session()->applyWithoutUndo([](ebm::Lesson& l) { l.view.showParticles = false; },
                                         LessonPart::View);
    for (auto view : views)
      (window_->views()->*view)()->setFixedSize(kBaselineSize);
    QTest::qWait(500);  // the layout settles, the cameras refit, a frame already on its way arrives
  }

  QImage picture(VtkView* (ViewArea::*view)() const) {
    VtkView* v = (window_->views()->*view)();
    EXPECT_EQ(v->size(), kBaselineSize);
    return v->grabFramebuffer();
  }
};

TEST_F(ImageBaselineTest, LessonOneLandscapeAndMapMatchTheirBaselines) {
  openStill(QStringLiteral("energy-and-probability"), {&ViewArea::landscapeView, &ViewArea::mapView});
  EXPECT_TRUE(
      ebmtest::matchesBaseline(picture(&ViewArea::landscapeView), QStringLiteral("lesson1-landscape")));
  EXPECT_TRUE(ebmtest::matchesBaseline(picture(&ViewArea::mapView), QStringLiteral("lesson1-map")));
}

TEST_F(ImageBaselineTest, TheThreeDLessonMatchesItsBaseline) {
  openStill(QStringLiteral("landscapes-in-3d"), {&ViewArea::volumeView});
  EXPECT_TRUE(ebmtest::matchesBaseline(picture(&ViewArea::volumeView), QStringLiteral("lesson-3d-volume")));
}

TEST(ImageBaseline, AnExportFrameOfLessonOneMatchesItsBaseline) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display (xvfb-run)";
  const ebm::Lesson lesson = loadLesson(QStringLiteral("energy-and-probability"));
  OffscreenScene scene(lesson, kBaselineSize.width(), kBaselineSize.height());
  ebm::Simulation simulation(lesson);
  for (int frame = 0; frame < 30; ++frame)  // one second of export: the particles have begun to gather
    simulation.advanceFrame();
  scene.show(simulation.currentFrame());
  RgbImage image;
  scene.render(image);
  EXPECT_TRUE(ebmtest::matchesBaseline(ebmtest::toQImage(image), QStringLiteral("lesson1-export-frame")));
}

}  // namespace
}  // namespace ebmui
