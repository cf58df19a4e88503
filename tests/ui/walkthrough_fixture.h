// A window on a built-in lesson for tests that click through it as a teacher would, with helpers to wait for
// frames (or an experiment's frame that satisfies a condition), import a file and answer the next question
// box.
#pragma once

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

#include "main_window.h"
#include "panels/message_bar.h"
#include "panels/point_import.h"

namespace ebmtest {

class WalkthroughFixture : public ::testing::Test {
 protected:
  /// Shows a fresh window of `size`, active: without a window manager (Xvfb) nothing activates it, and
  /// shortcuts need an active window.
  void showWindow(QSize size = QSize(1600, 1000)) {
    window_ = std::make_unique<ebmui::MainWindow>();
    window_->resize(size);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    QApplication::setActiveWindow(window_.get());
  }

  /// Opens a built-in lesson (or a lesson file) in the window shown and waits for its first frame.
  void openLesson(const QString& lesson) {
    QSignalSpy shown(window_.get(), &ebmui::MainWindow::landscapeShown);
    ASSERT_TRUE(window_->openLessonNamed(lesson));
    ASSERT_TRUE(shown.wait(20000)) << "the lesson's first frame never arrived";
    QTest::qWait(100);
  }

  /// A fresh window of `size` on `lesson`.
  void open(const QString& lesson, QSize size = QSize(1600, 1000)) {
    showWindow(size);
    if (!::testing::Test::HasFatalFailure()) openLesson(lesson);
  }

  /// Waits until `frames` more frames from the engine have been shown (at most 5 s each).
  void waitFrames(int frames) {
    QSignalSpy spy(window_.get(), &ebmui::MainWindow::frameShown);
    for (int i = 0; i < frames; ++i) {
      if (!spy.wait(5000)) break;
    }
  }

  /// Waits (up to `milliseconds`) until the newest frame satisfies `ready`.
  bool waitForFrame(const std::function<bool(const ebm::Frame&)>& ready, int milliseconds = 10000) {
    for (int waited = 0; waited < milliseconds; waited += 50) {
      if (const auto frame = window_->lastFrame(); frame && ready(*frame)) return true;
      QSignalSpy spy(window_.get(), &ebmui::MainWindow::frameShown);
      spy.wait(50);
    }
    return false;
  }

  /// The newest frame's experiment as its kind's frame type, or null.
  template <class ExperimentFrame>
  const ExperimentFrame* experimentFrame() const {
    const auto frame = window_->lastFrame();
    return frame ? dynamic_cast<const ExperimentFrame*>(frame->experiment.get()) : nullptr;
  }

  /// Waits (up to `milliseconds`) until the newest frame's experiment is an `ExperimentFrame` that satisfies
  /// `ready`.
  template <class ExperimentFrame>
  bool waitForExperiment(const std::function<bool(const ExperimentFrame&)>& ready, int milliseconds = 10000) {
    return waitForFrame(
        [&ready](const ebm::Frame& frame) {
          const auto* experiment = dynamic_cast<const ExperimentFrame*>(frame.experiment.get());
          return experiment && ready(*experiment);
        },
        milliseconds);
  }

  QString writeFile(const QString& name, const QByteArray& text) {
    const QString path = folder_.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
  }

  /// Imports a point file through the window and returns the message it shows when done.
  QString importAndWait(const QString& path) {
    QSignalSpy shown(window_->messageBar(), &ebmui::MessageBar::messageShown);
    window_->pointImport()->importFile(path, {});
    if (!shown.wait(10000)) return QStringLiteral("(no message)");
    return shown.last().at(0).toString();
  }

  /// Clicks `button` in the next question box that opens (within 5 s).
  void answerNextQuestion(QMessageBox::StandardButton button) {
    auto* poll = new QTimer(window_.get());
    poll->setInterval(50);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
      if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
        box->button(button)->click();
        poll->deleteLater();
      }
    });
    poll->start();
    QTimer::singleShot(5000, poll, &QObject::deleteLater);
  }

  std::unique_ptr<ebmui::MainWindow> window_;
  QTemporaryDir folder_;
};

}  // namespace ebmtest
