// How the window feels, measured (not asserted: the figures depend on the machine and its load). Run by hand
// on a quiet machine and copy the printed lines into the notes:
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/tests/ui_tests --gtest_also_run_disabled_tests
//       --gtest_filter='Feel*'
// Frames are counted as the window shows them; "render" is the landscape view's last VTK render, "gui" the
// GUI thread's whole handling of a frame (copying it into the scenes and rendering both views).
#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "main_window.h"
#include "session/session.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

double percentile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::size_t(q * double(values.size() - 1))];
}

class FeelMeasurement : public ::testing::Test {
 protected:
  void open(const QString& lesson) {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1600, 1000);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    QApplication::setActiveWindow(window_.get());
    QSignalSpy shown(window_.get(), &MainWindow::landscapeShown);
    ASSERT_TRUE(window_->openLessonNamed(lesson));
    ASSERT_TRUE(shown.wait(20000));
    QTest::qWait(1500);  // shaders compiled, caches warm
  }

  // Runs the event loop for `seconds` while `step` (if any) is called every 16 ms, and prints the frame rate,
  // the landscape's render time and the event loop's lateness.
  // Runs the event loop for `seconds` while `step` (if any) is called every 16 ms, and prints how often the
  // landscape was drawn (its renders per second; several engine frames can fold into one render), the
  // engine frames the window took in, the landscape's render time, the gaps between renders and the event
  // loop's lateness.
  void measure(const char* what, double seconds, const std::function<void(int)>& step = {}) {
    std::vector<double> render, gaps, lateness, scales;
    QElapsedTimer clock, sinceRender;
    clock.start();
    sinceRender.start();
    int frames = 0, renders = 0, ticks = 0;
    VtkView* landscape = window_->views()->landscapeView();
    auto shown = QObject::connect(window_.get(), &MainWindow::frameShown, [&] { ++frames; });
    auto rendered = QObject::connect(landscape, &VtkView::frameRendered, [&](double milliseconds) {
      ++renders;
      gaps.push_back(double(sinceRender.restart()));
      render.push_back(milliseconds);
      scales.push_back(landscape->renderScale());
    });
    QTimer timer;
    timer.setInterval(16);
    qint64 last = 0;
    QObject::connect(&timer, &QTimer::timeout, [&] {
      const qint64 now = clock.elapsed();
      if (last > 0) lateness.push_back(double(now - last - 16));
      last = now;
      if (step) step(ticks);
      ++ticks;
    });
    timer.start();
    QTest::qWait(int(seconds * 1000));
    timer.stop();
    QObject::disconnect(shown);
    QObject::disconnect(rendered);
    std::printf(
        "[ measure  ] %s: %.1f renders/s (%.1f engine frames/s taken in); landscape render median %.1f ms "
        "(p90 "
        "%.1f); gap between renders median %.0f ms (p90 %.0f); event-loop lateness median %.0f ms, p99 %.0f "
        "ms, worst %.0f ms\n",
        what, renders / seconds, frames / seconds, percentile(render, 0.5), percentile(render, 0.9),
        percentile(gaps, 0.5), percentile(gaps, 0.9), percentile(lateness, 0.5), percentile(lateness, 0.99),
        percentile(lateness, 1.0));
    std::printf("[ measure  ]   render scale median %.2f (min %.2f)\n", percentile(scales, 0.5),
                percentile(scales, 0.0));
  }

  std::unique_ptr<MainWindow> window_;
};

TEST_F(FeelMeasurement, DISABLED_DraggingSlidersOnTwoTrainedNetworks) {
  open(QStringLiteral("composing-energies"));
  Session* session = window_->session();
  measure("composing-energies, T dragged 0.3↔3 at 60 Hz", 5, [&](int tick) {
    session->setParameter(QStringLiteral("temperature"), 0.3 + 2.7 * std::abs(std::sin(tick * 0.05)));
  });
  using Operation = ebm::Composition::Operation;
  for (auto [operation, name] :
       {std::pair{Operation::Blend, "alpha"}, std::pair{Operation::Mixture, "weight"}}) {
    session->applyWithoutUndo([operation](ebm::Lesson& l) { l.composition.operation = operation; },
                              LessonPart::Energies);
    QTest::qWait(1500);
    measure((std::string("composing-energies, ") + name + " dragged at 60 Hz").c_str(), 5, [&](int tick) {
      session->setParameter(QString::fromLatin1(name), 0.5 + 0.45 * std::sin(tick * 0.05));
    });
  }
}

TEST_F(FeelMeasurement, DISABLED_TenThousandParticles) {
  open(QStringLiteral("langevin-sampling"));
  window_->session()->setParameter(QStringLiteral("particles"), 10000);
  QTest::qWait(1000);
  measure("10,000 particles on an analytic double well", 5);
  open(QStringLiteral("composing-energies"));
  window_->session()->setParameter(QStringLiteral("particles"), 10000);
  QTest::qWait(1000);
  measure("10,000 particles on a composition of two networks", 5);
}

TEST_F(FeelMeasurement, DISABLED_EventLoopWhileTraining) {
  open(QStringLiteral("training-an-ebm"));
  QTest::keyClick(window_.get(), Qt::Key_T);
  QTest::qWait(1500);
  measure("training-an-ebm while PCD trains", 8);
  QTest::keyClick(window_.get(), Qt::Key_T);
}

}  // namespace
}  // namespace ebmui
