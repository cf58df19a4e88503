// A window on a built-in lesson for tests that click through it as a teacher would, with helpers to wait for
// frames, import a file and answer the next question box.
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
#include <memory>

#include "main_window.h"
#include "panels/message_bar.h"
#include "panels/point_import.h"

namespace ebmtest {

class WalkthroughFixture : public ::testing::Test {
 protected:
  void open(const QString& lesson, QSize size = QSize(1600, 1000)) {
    window_ = std::make_unique<ebmui::MainWindow>();
    window_->resize(size);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    // Without a window manager (Xvfb) nothing activates the window; shortcuts need an active window.
    QApplication::setActiveWindow(window_.get());
    QSignalSpy shown(window_.get(), &ebmui::MainWindow::landscapeShown);
    ASSERT_TRUE(window_->openLessonNamed(lesson));
    ASSERT_TRUE(shown.wait(20000)) << "the lesson's first frame never arrived";
    QTest::qWait(100);
  }

  void waitFrames(int frames) {
    QSignalSpy spy(window_.get(), &ebmui::MainWindow::frameShown);
    for (int i = 0; i < frames; ++i) {
      if (!spy.wait(5000)) break;
    }
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
