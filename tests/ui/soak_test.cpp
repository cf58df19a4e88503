// A class period compressed: the window under Xvfb is driven for EBMSCAPE_SOAK_SECONDS (60 s by default) with
// slider drags, particle counts, training runs and lesson switches across every built-in lesson. Memory must
// level off after a warm-up (settled RSS, the median of three quiet moments at each end, grows < 5 % from the
// warm-up's end to the end), and nothing may go wrong on the way: no error in the message bar, no Qt warning
// about an error, no NaN in a frame. To hunt a leak, EBMSCAPE_SOAK_ACTIONS picks the kinds of action
// ("drag,particles,train,switch"; default all of them), and EBMSCAPE_SOAK_SETTLE_EACH_ROUND=1 also measures
// settled memory after every round of lessons (a trend).
#include <gtest/gtest.h>

#include <malloc.h>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <algorithm>
#include <cstdlib>
#include <random>
#include <vector>

#include "main_window.h"
#include "panels/message_bar.h"
#include "panels/training_panel.h"
#include "session/lesson_library.h"
#include "session/session.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

int soakSeconds() {
  bool ok = false;
  const int seconds = qEnvironmentVariableIntValue("EBMSCAPE_SOAK_SECONDS", &ok);
  return ok && seconds > 0 ? seconds : 60;
}

// Resident memory in KiB (VmRSS in /proc/self/status).
long residentKb() {
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly)) return 0;
  for (const QByteArray& line : status.readAll().split('\n')) {
    if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').front().toLong();
  }
  return 0;
}

QStringList qtErrors;
QtMessageHandler previousHandler = nullptr;

// Anything critical, any warning VTK gives (routeVtkMessagesToQt: a texture unit that could not be had is
// a warning there, and a picture without text), any warning about an error.
void collectErrors(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  const bool warning = type != QtDebugMsg && type != QtInfoMsg;
  if (type == QtCriticalMsg || (warning && message.startsWith(QStringLiteral("VTK:"))) ||
      (warning && message.contains(QStringLiteral("error"), Qt::CaseInsensitive)))
    qtErrors << message;
  if (previousHandler) previousHandler(type, context, message);
}

// Bytes malloc has handed out and not had back (the heap in use, whatever RSS says about fragmentation).
long heapInUseKb() {
  const struct mallinfo2 info = mallinfo2();
  return long((info.uordblks + info.hblkhd) / 1024);
}

bool enabled(const char* kind) {
  const QString kinds = qEnvironmentVariable("EBMSCAPE_SOAK_ACTIONS");
  return kinds.isEmpty() || kinds.split(QLatin1Char(',')).contains(QLatin1String(kind));
}

bool hasNaN(const std::shared_ptr<const ebm::EnergyGrid>& grid) {
  return grid && grid->values.hasNaN();
}

class Soak {
 public:
  explicit Soak(MainWindow& window) : window_(window), random_(20261123) {
    QObject::connect(&window_, &MainWindow::frameShown, &window_, [this] { checkFrame(); });
    QObject::connect(window_.messageBar(), &MessageBar::messageShown, &window_,
                     [this](const QString& text, MessageBar::Level level) {
                       if (level == MessageBar::Level::Error) errors << text;
                       if (level == MessageBar::Level::Warning) warnings << text;
                     });
  }

  bool openLesson(const QString& name) {
    QSignalSpy shown(&window_, &MainWindow::landscapeShown);
    if (!window_.openLessonNamed(name)) return false;
    current_ = name;
    return shown.wait(30000);
  }

  // One random thing a teacher does; returns what it was.
  QString act() {
    ++actions;
    const int choice = std::uniform_int_distribution<int>(0, 99)(random_);
    if (choice < 55) return enabled("drag") ? dragSlider() : QString();
    if (choice < 70) return enabled("particles") ? setParticles() : QString();
    if (choice < 90) return enabled("train") ? toggleTraining() : QString();
    if (choice < 95) return enabled("train") ? stopTraining() : QString();
    if (enabled("drag")) window_.session()->undoStack()->undo();
    return QStringLiteral("undo");
  }

  // Back to the first lesson, quiet, with freed memory handed back: comparable moments to measure RSS.
  // Quiet means the particles stopped and no frame for a second (nothing in flight between the threads).
  long settledResidentKb() {
    window_.trainingPanel()->stopRequested();
    EXPECT_TRUE(openLesson(QStringLiteral("energy-and-probability")));
    window_.session()->applyWithoutUndo([](ebm::Lesson& l) { l.sampler.playing = false; },
                                        LessonPart::Sampler);
    QElapsedTimer quiet;
    quiet.start();
    const int framesBefore = frames;
    int lastFrames = frames;
    QElapsedTimer sinceFrame;
    sinceFrame.start();
    while (sinceFrame.elapsed() < 1000 && quiet.elapsed() < 10000) {
      QTest::qWait(50);
      if (frames != lastFrames) {
        lastFrames = frames;
        sinceFrame.restart();
      }
    }
    // What software OpenGL holds for the views (render targets, textures, compiled shader variants) depends
    // on what was drawn last, by tens of MiB: give it back, so two settled moments compare what the program
    // itself keeps. The views draw again right after.
    for (VtkView* view : window_.findChildren<VtkView*>())
      view->releaseGraphicsResources();
    malloc_trim(0);
    const long rss = residentKb();
    for (VtkView* view : window_.findChildren<VtkView*>())
      view->update();
    std::printf("[ measure  ] settled after %lld ms (%d frames), RSS %ld KiB\n",
                static_cast<long long>(quiet.elapsed()), frames - framesBefore, rss);
    return rss;
  }

  int actions = 0;
  int frames = 0;
  int nanFrames = 0;
  QStringList errors, warnings;

 private:
  QString dragSlider() {
    static const char* names[] = {"temperatureSlider", "alphaSlider", "stepSizeSlider"};
    const char* name = names[std::uniform_int_distribution<int>(0, 2)(random_)];
    auto* slider = window_.findChild<QSlider*>(QString::fromLatin1(name));
    if (!slider || !slider->isEnabled()) return QStringLiteral("no %1").arg(QString::fromLatin1(name));
    const int target = std::uniform_int_distribution<int>(slider->minimum(), slider->maximum())(random_);
    const int start = slider->value();
    for (int step = 1; step <= 8; ++step) {
      slider->setValue(start + (target - start) * step / 8);
      QCoreApplication::processEvents();
    }
    return QStringLiteral("drag %1 to %2").arg(QString::fromLatin1(name)).arg(target);
  }

  QString setParticles() {
    static const int counts[] = {100, 400, 1000, 2500};
    const int n = counts[std::uniform_int_distribution<int>(0, 3)(random_)];
    window_.session()->setParameter(QStringLiteral("particles"), n);
    return QStringLiteral("%1 particles").arg(n);
  }

  QString toggleTraining() {
    auto* train = window_.findChild<QPushButton*>(QStringLiteral("trainButton"));
    auto* action = window_.findChild<QAction*>(QStringLiteral("trainAction"));
    const bool trainable =
        train && train->isEnabled() && window_.lesson().data.source != ebm::DataSpec::Source::None;
    if (!trainable || !action) return QStringLiteral("nothing to train");
    action->trigger();  // start, or pause a running run (T)
    return QStringLiteral("train/pause");
  }

  QString stopTraining() {
    emit window_.trainingPanel()->stopRequested();
    return QStringLiteral("stop training");
  }

  void checkFrame() {
    ++frames;
    const auto frame = window_.lastFrame();
    if (!frame) return;
    const bool nan = hasNaN(frame->energyGrid) || hasNaN(frame->shownGrid) ||
                     (frame->particles && frame->particles->positions.hasNaN()) ||
                     (frame->density && frame->density->hasNaN());
    if (nan && nanFrames++ < 3) {
      ADD_FAILURE() << "a frame of " << current_.toStdString() << " holds NaN (serial " << frame->serial
                    << ")";
    }
  }

  MainWindow& window_;
  std::mt19937 random_;
  QString current_;
};

TEST(Soak, TheWindowRunsForMinutesWithoutLeakingOrErrors) {
  const int seconds = soakSeconds();
  qtErrors.clear();
  previousHandler = qInstallMessageHandler(collectErrors);
  MainWindow window;
  window.resize(1200, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  QApplication::setActiveWindow(&window);
  Soak soak(window);
  const QStringList lessons = builtInLessonNames();
  ASSERT_GE(lessons.size(), 8);
  ASSERT_TRUE(soak.openLesson(lessons.front()));

  // Lessons change on a clock, in turn; the warm-up lasts at least a quarter of the run and one round of
  // every lesson (first-time costs: shaders, fonts, caches).
  const qint64 runMs = qint64(seconds) * 1000;
  const qint64 switchEveryMs = std::max<qint64>(2000, runMs / 40);
  QElapsedTimer clock;
  clock.start();
  qint64 nextSwitch = switchEveryMs;
  int switches = 0;
  QStringList rssSeries;  // MiB at each lesson switch
  std::mt19937 pause(7);
  bool warm = false;
  // One moment of the class: the next lesson when its time has come, else one action; then a short pause.
  const auto step = [&]() -> bool {
    if (clock.elapsed() >= nextSwitch && (enabled("switch") || switches < lessons.size())) {
      ++switches;
      if (warm && switches % lessons.size() == 0 &&
          qEnvironmentVariableIsSet("EBMSCAPE_SOAK_SETTLE_EACH_ROUND")) {
        const long r = soak.settledResidentKb();
        std::printf("[ round    ] %lld s: settled RSS %ld KiB, heap in use %ld KiB\n",
                    static_cast<long long>(clock.elapsed() / 1000), r, heapInUseKb());
        std::fflush(stdout);
      }
      rssSeries << QString::number(residentKb() / 1024);
      const QString next = lessons[switches % lessons.size()];
      if (!soak.openLesson(next)) {
        ADD_FAILURE() << "lesson " << next.toStdString() << " did not show";
        return false;
      }
      nextSwitch = clock.elapsed() + switchEveryMs;
    } else {
      soak.act();
    }
    QTest::qWait(std::uniform_int_distribution<int>(20, 150)(pause));
    return true;
  };
  // The level of memory: the median of three settled moments with two lesson switches of use between
  // them. One settled moment varies by a few per cent with what was drawn and freed just before (software
  // OpenGL's buffers, which thread's heap a block came back to); the median does not jump with it.
  struct Level {
    long residentKb = 0, heapKb = 0;
  };
  const auto level = [&](const char* when) -> Level {
    std::vector<long> resident, heap;
    for (int sample = 0; sample < 3; ++sample) {
      if (sample > 0) {  // use between two samples
        const qint64 until = clock.elapsed() + 2 * switchEveryMs;
        while (clock.elapsed() < until)
          if (!step()) return {};
      }
      resident.push_back(soak.settledResidentKb());
      heap.push_back(heapInUseKb());
    }
    std::printf("[ measure  ] %s, %lld s: settled RSS %ld / %ld / %ld KiB, heap in use %ld / %ld / %ld KiB\n",
                when, static_cast<long long>(clock.elapsed() / 1000), resident[0], resident[1], resident[2],
                heap[0], heap[1], heap[2]);
    std::sort(resident.begin(), resident.end());
    std::sort(heap.begin(), heap.end());
    return {resident[1], heap[1]};
  };

  Level warmLevel;
  int warmActions = 0;
  while (clock.elapsed() < runMs || !warm) {
    ASSERT_TRUE(step());
    if (!warm && switches >= lessons.size() && clock.elapsed() >= runMs / 4) {
      warmLevel = level("warm-up over");
      ASSERT_GT(warmLevel.residentKb, 0);
      warm = true;
      warmActions = soak.actions;
    }
  }
  const Level endLevel = level("end");
  ASSERT_GT(endLevel.residentKb, 0);
  qInstallMessageHandler(previousHandler);
  const double growth =
      100.0 * double(endLevel.residentKb - warmLevel.residentKb) / double(warmLevel.residentKb);
  std::printf(
      "[ measure  ] soak %lld s: %d actions (%d after the warm-up), %d lesson switches, %d frames, %lld "
      "warnings; settled RSS (median of three) %ld KiB after the warm-up, %ld KiB at the end (%+.1f %%)\n",
      static_cast<long long>(clock.elapsed() / 1000), soak.actions, soak.actions - warmActions, switches,
      soak.frames, static_cast<long long>(soak.warnings.size()), warmLevel.residentKb, endLevel.residentKb,
      growth);
  std::printf(
      "[ measure  ] heap in use %ld KiB after the warm-up, %ld KiB at the end; RSS (MiB) at each "
      "lesson switch: %s\n",
      warmLevel.heapKb, endLevel.heapKb, qPrintable(rssSeries.join(QLatin1Char(' '))));
  for (const QString& w : soak.warnings.mid(0, 5))
    std::printf("[ warning  ] %s\n", qPrintable(w));
  // For a leak hunt under heaptrack: end here, so everything still alive is reported as "leaked" and two
  // runs of different lengths can be compared (heaptrack_print -d short.zst long.zst).
  if (qEnvironmentVariableIsSet("EBMSCAPE_SOAK_EXIT_AT_END")) {
    std::fflush(stdout);
    std::_Exit(0);
  }
  EXPECT_LT(growth, 5.0) << "memory keeps growing";
  EXPECT_TRUE(soak.errors.isEmpty()) << soak.errors.join(QStringLiteral("\n")).toStdString();
  EXPECT_TRUE(qtErrors.isEmpty()) << qtErrors.size() << " messages, the first: "
                                  << qtErrors.mid(0, 5).join(QStringLiteral("\n")).toStdString();
  EXPECT_EQ(soak.nanFrames, 0);
  EXPECT_GT(soak.frames, seconds);  // the window kept drawing
}

}  // namespace
}  // namespace ebmui
