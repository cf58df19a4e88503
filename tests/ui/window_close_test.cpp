// Closing the window stops what runs behind it: a training run's engine thread, and an animation export's
// child process with its half-written file, within a second and without a question or a crash.
#include <gtest/gtest.h>

#include <signal.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <cerrno>

#include "export/export_dialog.h"
#include "export/export_launcher.h"
#include "export/export_process.h"
#include "main_window.h"
#include "panels/training_panel.h"
#include "session/lesson_library.h"
#include "session/session.h"
#include "session/simulation_worker.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

template <typename T>
T* visibleTopLevel() {
  for (QWidget* widget : QApplication::topLevelWidgets()) {
    if (auto* found = qobject_cast<T*>(widget); found && found->isVisible()) return found;
  }
  return nullptr;
}

QStringList everything(const QString& folder) {
  return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

class WindowCloseTest : public ebmtest::WalkthroughFixture {
 protected:
  void open(const QString& lesson) { WalkthroughFixture::open(lesson, QSize(1400, 900)); }

  // Closes the window as the title bar's close button does; a question box (there should be none) is
  // answered "Discard" so the test cannot hang on it. Returns how long close() took.
  qint64 closeWindow() {
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [this] {
      if (auto* box = visibleTopLevel<QMessageBox>()) {
        questionAsked_ = true;
        box->button(QMessageBox::Discard) ? box->button(QMessageBox::Discard)->click() : box->reject();
      }
    });
    answer.start(50);
    QElapsedTimer clock;
    clock.start();
    window_->close();
    return clock.elapsed();
  }

  bool questionAsked_ = false;
};

TEST_F(WindowCloseTest, ClosingDuringTrainingStopsTheEngineWithinASecond) {
  open(QStringLiteral("training-an-ebm"));
  auto* train = window_->findChild<QPushButton*>(QStringLiteral("trainButton"));
  ASSERT_TRUE(train && train->isEnabled());
  QTest::mouseClick(train, Qt::LeftButton);
  QElapsedTimer waited;
  waited.start();
  while (waited.elapsed() < 20000) {
    const auto frame = window_->lastFrame();
    if (frame->training && frame->training->state == ebm::TrainingFrame::State::Running &&
        frame->training->iteration > 5)
      break;
    QTest::qWait(50);
  }
  ASSERT_EQ(window_->lastFrame()->training->state, ebm::TrainingFrame::State::Running);

  const qint64 closeMs = closeWindow();
  std::printf("[ measure  ] close during training: %lld ms\n", static_cast<long long>(closeMs));
  EXPECT_FALSE(window_->isVisible());
  EXPECT_FALSE(window_->worker()->running()) << "the engine thread is still running";
  EXPECT_LT(closeMs, 1000);
  EXPECT_FALSE(questionAsked_) << "a running training is not an unsaved change to ask about";
  // Frames and results already queued for the window arrive harmlessly after the close.
  QTest::qWait(300);
  window_.reset();
}

// Weights a paused run has written into the lesson are the teacher's work: closing asks before losing them.
TEST_F(WindowCloseTest, TrainedWeightsAreAnUnsavedChange) {
  open(QStringLiteral("training-an-ebm"));
  ASSERT_FALSE(window_->session()->modified());
  auto* train = window_->findChild<QPushButton*>(QStringLiteral("trainButton"));
  ASSERT_TRUE(train && train->isEnabled());
  QTest::mouseClick(train, Qt::LeftButton);
  QTest::qWait(1500);
  emit window_->trainingPanel()->pauseRequested();
  QElapsedTimer waited;
  waited.start();
  while (!window_->lesson().energies[0].spec.contains("layers") && waited.elapsed() < 10000)
    QTest::qWait(50);
  ASSERT_TRUE(window_->lesson().energies[0].spec.contains("layers")) << "the weights never arrived";
  EXPECT_TRUE(window_->session()->modified());
  EXPECT_TRUE(window_->windowTitle().contains(QStringLiteral("•"))) << window_->windowTitle().toStdString();
  closeWindow();
  EXPECT_TRUE(questionAsked_) << "closing should ask before losing trained weights";
  EXPECT_FALSE(window_->isVisible());
  window_.reset();
}

// Stop, then at once another lesson: the stopped run's weights belong to the old lesson, not the new one.
TEST_F(WindowCloseTest, WeightsOfAReplacedLessonDoNotLandInTheNextOne) {
  open(QStringLiteral("training-an-ebm"));
  auto* train = window_->findChild<QPushButton*>(QStringLiteral("trainButton"));
  ASSERT_TRUE(train && train->isEnabled());
  QTest::mouseClick(train, Qt::LeftButton);
  QTest::qWait(1500);
  emit window_->trainingPanel()->stopRequested();
  QThread::msleep(500);  // the engine stops and sends the weights; the window has not read them yet
  QSignalSpy shown(window_.get(), &MainWindow::landscapeShown);
  ASSERT_TRUE(window_->openLessonNamed(QStringLiteral("energy-and-probability")));
  ASSERT_TRUE(shown.wait(20000));
  QTest::qWait(300);
  const ebm::Lesson fresh = loadLesson(QStringLiteral("energy-and-probability"));
  ASSERT_EQ(window_->lesson().energies.size(), fresh.energies.size());
  for (std::size_t i = 0; i < fresh.energies.size(); ++i)
    EXPECT_TRUE(window_->lesson().energies[i].spec == fresh.energies[i].spec)
        << "energy " << i << " became " << window_->lesson().energies[i].spec.value("type", "?");
  EXPECT_FALSE(window_->session()->modified());
}

TEST_F(WindowCloseTest, ClosingDuringAnExportStopsTheChildAndLeavesNoFile) {
  open(QStringLiteral("energy-and-probability"));
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("class-video.mp4"));
  ebm::Lesson lesson = window_->lesson();
  lesson.sampler.particles = 300;
  lesson.animation.duration = 60;  // far longer than the test waits
  lesson.animation.framesPerSecond = 10;
  QTimer::singleShot(0, [&] {
    auto* dialog = visibleTopLevel<ExportDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChildren<QComboBox*>().at(0)->setCurrentIndex(0);  // MP4
    dialog->findChildren<QComboBox*>().at(1)->setCurrentIndex(0);  // 720p
    dialog->findChild<QLineEdit*>()->setText(path);
    dialog->accept();
  });
  launchAnimationExport(window_.get(), lesson, nullptr, QStringLiteral(EBMSCAPE_BINARY));
  auto* process = window_->findChild<ExportProcess*>();
  ASSERT_NE(process, nullptr);
  ASSERT_TRUE(process->running());
  const qint64 child = process->processId();
  QElapsedTimer waited;
  waited.start();
  QProgressDialog* progress = nullptr;
  while (waited.elapsed() < 60000) {
    progress = visibleTopLevel<QProgressDialog>();
    if (progress && progress->value() >= 3) break;
    QTest::qWait(50);
  }
  ASSERT_TRUE(progress && progress->value() >= 3) << "the export never got going";
  ASSERT_FALSE(everything(dir.path()).isEmpty()) << "the export's temporary file should exist by now";

  const qint64 closeMs = closeWindow();
  std::printf("[ measure  ] close during an export: %lld ms\n", static_cast<long long>(closeMs));
  EXPECT_LT(closeMs, 1000);
  EXPECT_FALSE(window_->isVisible());
  EXPECT_FALSE(questionAsked_);
  errno = 0;
  EXPECT_TRUE(::kill(pid_t(child), 0) == -1 && errno == ESRCH) << "the export's process is still there";
  EXPECT_TRUE(everything(dir.path()).isEmpty()) << everything(dir.path()).join(", ").toStdString();
  QTest::qWait(100);
  EXPECT_EQ(visibleTopLevel<QProgressDialog>(), nullptr) << "the progress dialog outlived the window";
  EXPECT_EQ(visibleTopLevel<QMessageBox>(), nullptr) << "a closed window should not report the export";
  window_.reset();
}

}  // namespace
}  // namespace ebmui
