// How the window feels, measured from inside the program: renders per second, the landscape's render time,
// the gaps between renders and the event loop's lateness while something runs. Frames are counted as the
// window shows them; "render" is the landscape view's last VTK render.
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "main_window.h"
#include "session/session.h"
#include "ui_measurements.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"

namespace ebmui::measure {
namespace {

double percentile(std::vector<double> values, double q) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::size_t(q * double(values.size() - 1))];
}

/// The window at 1600×1000 on one lesson after another.
class FeelWindow {
 public:
  /// A fresh window on `lesson`, its shaders compiled and caches warm; false (and a message) if it never
  /// showed the lesson.
  bool open(const QString& lesson) {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1600, 1000);
    window_->show();
    // Without a window manager (Xvfb) nothing activates the window; shortcuts need an active window.
    if (QTest::qWaitForWindowExposed(window_.get())) QApplication::setActiveWindow(window_.get());
    QSignalSpy shown(window_.get(), &MainWindow::landscapeShown);
    if (!window_->openLessonNamed(lesson) || !shown.wait(20000)) {
      std::fprintf(stderr, "%s never showed its landscape\n", qPrintable(lesson));
      return false;
    }
    QTest::qWait(1500);
    return true;
  }

  MainWindow* window() const { return window_.get(); }

  /// Runs the event loop for `seconds` while `step` (if any) is called every 16 ms, and prints how often the
  /// landscape was drawn (its renders per second; several engine frames can fold into one render), the
  /// engine frames the window took in, the landscape's render time, the gaps between renders and the event
  /// loop's lateness.
  void measure(const std::string& what, double seconds, const std::function<void(int)>& step = {}) {
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
        "  %s: %.1f renders/s (%.1f engine frames/s taken in); landscape render median %.1f ms (p90 %.1f); "
        "gap between renders median %.0f ms (p90 %.0f); event-loop lateness median %.0f ms, p99 %.0f ms, "
        "worst %.0f ms\n",
        what.c_str(), renders / seconds, frames / seconds, percentile(render, 0.5), percentile(render, 0.9),
        percentile(gaps, 0.5), percentile(gaps, 0.9), percentile(lateness, 0.5), percentile(lateness, 0.99),
        percentile(lateness, 1.0));
    std::printf("    render scale median %.2f (min %.2f)\n", percentile(scales, 0.5),
                percentile(scales, 0.0));
    std::fflush(stdout);
  }

 private:
  std::unique_ptr<MainWindow> window_;
};

}  // namespace

void draggingSlidersOnTwoTrainedNetworks() {
  FeelWindow feel;
  if (!feel.open(QStringLiteral("composing-energies"))) return;
  Session* session = feel.window()->session();
  feel.measure("composing-energies, T dragged 0.3↔3 at 60 Hz", 5, [&](int tick) {
    session->setParameter(QStringLiteral("temperature"), 0.3 + 2.7 * std::abs(std::sin(tick * 0.05)));
  });
  using Operation = ebm::Composition::Operation;
  for (auto [operation, name] :
       {std::pair{Operation::Blend, "alpha"}, std::pair{Operation::Mixture, "weight"}}) {
    session->applyWithoutUndo(
        [operation = operation](ebm::Lesson& l) { l.composition.operation = operation; },
        LessonPart::Energies);
    QTest::qWait(1500);
    feel.measure(std::string("composing-energies, ") + name + " dragged at 60 Hz", 5, [&](int tick) {
      session->setParameter(QString::fromLatin1(name), 0.5 + 0.45 * std::sin(tick * 0.05));
    });
  }
}

void tenThousandParticles() {
  FeelWindow feel;
  if (!feel.open(QStringLiteral("langevin-sampling"))) return;
  feel.window()->session()->setParameter(QStringLiteral("particles"), 10000);
  QTest::qWait(1000);
  feel.measure("10,000 particles on an analytic double well", 5);
  if (!feel.open(QStringLiteral("composing-energies"))) return;
  feel.window()->session()->setParameter(QStringLiteral("particles"), 10000);
  QTest::qWait(1000);
  feel.measure("10,000 particles on a composition of two networks", 5);
}

void eventLoopWhileTraining() {
  FeelWindow feel;
  if (!feel.open(QStringLiteral("training-an-ebm"))) return;
  QTest::keyClick(feel.window(), Qt::Key_T);
  QTest::qWait(1500);
  feel.measure("training-an-ebm while PCD trains", 8);
  QTest::keyClick(feel.window(), Qt::Key_T);
}

}  // namespace ebmui::measure
