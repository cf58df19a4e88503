// Drawing points on the map in the real window: Draw sprays along a mouse drag within the brush's radius, in
// the chosen class, without moving the camera, as one undo step the engine sees; Erase removes the points
// under the brush; Clear empties the map as one step; drawn points survive saving and opening the lesson.
#include <gtest/gtest.h>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <functional>

#include "main_window.h"
#include "panels/data_panel.h"
#include "panels/point_drawing_controls.h"
#include "session/lesson_files.h"
#include "session/session.h"
#include "session/simulation_worker.h"
#include "view_points.h"
#include "vtk/view_area.h"
#include "vtk/view_grab.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

// The distance from p to the segment [a, b].
double distanceToStroke(const Eigen::Vector2d& p, const Eigen::Vector2d& a, const Eigen::Vector2d& b) {
  const Eigen::Vector2d ab = b - a;
  const double t = ab.squaredNorm() > 0 ? std::clamp((p - a).dot(ab) / ab.squaredNorm(), 0.0, 1.0) : 0.0;
  return (p - (a + t * ab)).norm();
}

class PointDrawingTest : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override {
    // The classifier lesson: three labelled blobs in the box [−7, 7]².
    open(QStringLiteral("classifier-energy"));
    if (HasFatalFailure()) return;
    showDataTab();
    controls_ = window_->findChild<PointDrawingControls*>();
    ASSERT_NE(controls_, nullptr);
    ASSERT_TRUE(controls_->isVisible());
    map_ = window_->views()->mapView();
    ASSERT_TRUE(map_->isVisible());
    QTest::qWait(300);  // a still map, drawn at full resolution
  }

  // The teacher opens the Data tab, where the brush is.
  void showDataTab() {
    QTabWidget* panels = window_->panels();
    for (int i = 0; i < panels->count(); ++i) {
      auto* area = qobject_cast<QScrollArea*>(panels->widget(i));
      if (area && qobject_cast<DataPanel*>(area->widget())) panels->setCurrentIndex(i);
    }
  }

  template <class Widget>
  Widget* control(const char* name) const {
    auto* widget = controls_->findChild<Widget*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
  }

  const ebm::DataSpec& data() const { return window_->session()->lesson().data; }
  QUndoStack* undo() const { return window_->session()->undoStack(); }

  // Drags across the map in twelve steps, as a hand would.
  void dragOnTheMap(QPointF from, QPointF to) { dragWithLeftButton(map_, from, to, 12, 15); }

  // The world point (x₁, x₂) the map shows at a widget point.
  Eigen::Vector2d worldAt(QPointF widget) const {
    const auto display = map_->displayPoint(widget);
    const auto point = pointOnPlane(map_->renderer(), display[0], display[1], 0.0);
    EXPECT_TRUE(point.has_value());
    return point.value_or(Eigen::Vector2d::Zero());
  }

  // Waits (up to 20 s) until the newest frame satisfies `ready`.
  bool waitForFrame(const std::function<bool(const ebm::Frame&)>& ready) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
      const auto frame = window_->lastFrame();
      if (frame && window_->worker()->frameIsCurrent() && ready(*frame)) return true;
      QTest::qWait(50);
    }
    return false;
  }

  static ebm::Index dataPointsOf(const ebm::Frame& frame) {
    return frame.data ? frame.data->positions.cols() : 0;
  }

  PointDrawingControls* controls_ = nullptr;
  VtkView* map_ = nullptr;
};

TEST_F(PointDrawingTest, ADragSpraysPointsAlongItsPathAsOneUndoStepAndEraseRemovesThem) {
  ASSERT_EQ(data().source, ebm::DataSpec::Source::Generated);
  const ebm::Index before = data().count;
  auto* classes = control<QComboBox>("drawClass");
  ASSERT_EQ(classes->count(), 3) << "three-blobs has three classes";
  classes->setCurrentIndex(1);
  QTest::mouseClick(control<QPushButton>("drawPoints"), Qt::LeftButton);
  ASSERT_TRUE(window_->views()->hasMapBrush());
  const double radius = controls_->brushRadius();
  EXPECT_NEAR(radius, 0.05 * 14, 1e-9) << "5 % of the box's side";

  // The brush is a cross over the map.
  const QPointF from = widgetPointOfWorld(map_, -5, -3, 0), to = widgetPointOfWorld(map_, 5, 2, 0);
  ASSERT_TRUE(map_->rect().contains(from.toPoint()) && map_->rect().contains(to.toPoint()));
  QMouseEvent hover(QEvent::MouseMove, from, map_->mapToGlobal(from), Qt::NoButton, Qt::NoButton,
                    Qt::NoModifier);
  QApplication::sendEvent(map_, &hover);
  EXPECT_EQ(map_->cursor().shape(), Qt::CrossCursor);

  double cameraBefore[3];
  map_->renderer()->GetActiveCamera()->GetFocalPoint(cameraBefore);
  const int steps = undo()->count();
  dragOnTheMap(from, to);

  // More points, every new one within the brush's radius of the dragged path, in the chosen class.
  ASSERT_EQ(data().source, ebm::DataSpec::Source::Points);
  const ebm::Index after = data().points.cols();
  EXPECT_GT(after, before + 50);
  const Eigen::Vector2d a = worldAt(from), b = worldAt(to);
  EXPECT_NEAR(a.x(), -5, 0.05);
  EXPECT_NEAR(b.y(), 2, 0.05);
  // The mouse lands on whole pixels of a view that may have been drawn at a lower resolution while the
  // points streamed in: the path is known to about two pixels.
  const double pixels = 2 * (worldAt(from + QPointF(1, 0)) - a).norm();
  ASSERT_LT(pixels, 0.2 * radius);
  ASSERT_EQ(data().labels.size(), std::size_t(after));
  for (ebm::Index i = before; i < after; ++i) {
    EXPECT_LE(distanceToStroke(data().points.col(i).cast<double>(), a, b), radius + pixels) << "point " << i;
    EXPECT_EQ(data().labels[std::size_t(i)], 1);
  }
  // One stroke, one step; the camera did not pan; the engine draws (and would train on) the new points.
  EXPECT_EQ(undo()->count(), steps + 1);
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Draw points"));
  double cameraAfter[3];
  map_->renderer()->GetActiveCamera()->GetFocalPoint(cameraAfter);
  EXPECT_DOUBLE_EQ(cameraAfter[0], cameraBefore[0]);
  EXPECT_DOUBLE_EQ(cameraAfter[1], cameraBefore[1]);
  EXPECT_TRUE(waitForFrame([&](const ebm::Frame& f) { return dataPointsOf(f) == after; }));

  // Undo: the data set as it was.
  undo()->undo();
  EXPECT_EQ(data().source, ebm::DataSpec::Source::Generated);
  EXPECT_EQ(data().count, before);
  EXPECT_TRUE(waitForFrame([&](const ebm::Frame& f) { return dataPointsOf(f) == before; }));
  undo()->redo();
  ASSERT_EQ(data().points.cols(), after);

  // Erase along the same path: no point is left under the brush, and the rest stay.
  QTest::mouseClick(control<QPushButton>("erasePoints"), Qt::LeftButton);
  EXPECT_FALSE(control<QPushButton>("drawPoints")->isChecked());
  ebm::Index under = 0;
  for (ebm::Index i = 0; i < after; ++i)
    under += distanceToStroke(data().points.col(i).cast<double>(), a, b) <= radius - pixels;
  ASSERT_GT(under, after - before - 50);
  dragOnTheMap(from, to);
  EXPECT_LE(data().points.cols(), after - under);
  EXPECT_GT(data().points.cols(), before / 2);
  for (ebm::Index i = 0; i < data().points.cols(); ++i) {
    EXPECT_GT(distanceToStroke(data().points.col(i).cast<double>(), a, b), radius - pixels) << "point " << i;
  }
  EXPECT_EQ(undo()->count(), steps + 2);
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Erase points"));
  undo()->undo();
  EXPECT_EQ(data().points.cols(), after);

  // Leaving the Data tab gives the map back to the camera.
  window_->panels()->setCurrentIndex(0);
  EXPECT_FALSE(window_->views()->hasMapBrush());
}

TEST_F(PointDrawingTest, ClearEmptiesTheMapAsOneStepAndDrawnPointsSurviveSavingAndOpening) {
  const ebm::Index before = data().count;
  QTest::mouseClick(control<QPushButton>("clearPoints"), Qt::LeftButton);
  EXPECT_EQ(data().source, ebm::DataSpec::Source::Points);
  EXPECT_EQ(data().points.cols(), 0);
  EXPECT_EQ(data().labelNames.size(), 3u) << "the classes stay, to draw on with";
  EXPECT_EQ(undo()->undoText(), QStringLiteral("Clear points"));
  EXPECT_TRUE(waitForFrame([](const ebm::Frame& f) { return dataPointsOf(f) == 0; }));
  EXPECT_FALSE(control<QPushButton>("clearPoints")->isEnabled());
  undo()->undo();
  EXPECT_EQ(data().source, ebm::DataSpec::Source::Generated);
  EXPECT_EQ(data().count, before);
  EXPECT_TRUE(waitForFrame([&](const ebm::Frame& f) { return dataPointsOf(f) == before; }));
  undo()->redo();
  EXPECT_EQ(data().points.cols(), 0);

  // Draw one class on the empty map; it is kept in the lesson file.
  QTest::mouseClick(control<QPushButton>("drawPoints"), Qt::LeftButton);
  control<QComboBox>("drawClass")->setCurrentIndex(2);
  dragOnTheMap(widgetPointOfWorld(map_, -3, 3, 0), widgetPointOfWorld(map_, 3, 3, 0));
  const ebm::DataSpec drawn = data();
  ASSERT_GT(drawn.points.cols(), 50);
  EXPECT_TRUE(std::all_of(drawn.labels.begin(), drawn.labels.end(), [](int label) { return label == 2; }));
  QTemporaryDir folder;
  const QString path = folder.filePath(QStringLiteral("drawn.json"));
  ASSERT_TRUE(window_->lessonFiles()->saveTo(path));
  ASSERT_TRUE(window_->openLessonNamed(path));
  EXPECT_EQ(data().points, drawn.points);
  EXPECT_EQ(data().labels, drawn.labels);
  EXPECT_TRUE(data().drawn);
  EXPECT_FALSE(window_->views()->hasMapBrush()) << "another lesson: the brush is put down";

  // In the lesson opened again, Clear and its undo give the drawn points back.
  showDataTab();
  QTest::mouseClick(control<QPushButton>("clearPoints"), Qt::LeftButton);
  EXPECT_EQ(data().points.cols(), 0);
  undo()->undo();
  EXPECT_EQ(data().points, drawn.points);
}

}  // namespace
}  // namespace ebmui
