// File ▸ Export Animation… as a teacher meets it: the dialog, a progress dialog while the window stays
// responsive, and a message box with the result.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include "export/export_dialog.h"
#include "export/export_launcher.h"
#include "session/lesson_library.h"

namespace {

// Saves a picture of a widget for a person to look at when EBMSCAPE_KEEP_FRAMES names a folder.
void keepForInspection(QWidget* widget, const QString& name) {
  const QString folder = qEnvironmentVariable("EBMSCAPE_KEEP_FRAMES");
  if (!folder.isEmpty() && widget) widget->grab().save(QDir(folder).filePath(name));
}

template <typename T>
T* topLevel() {
  for (QWidget* widget : QApplication::topLevelWidgets()) {
    if (auto* found = qobject_cast<T*>(widget); found && found->isVisible()) return found;
  }
  return nullptr;
}

TEST(ExportLauncher, DialogThenProgressThenAMessageWhileTheEventLoopRuns) {
  QTemporaryDir dir;
  ebm::Lesson lesson = ebmui::loadLesson(QStringLiteral("energy-and-probability"));
  lesson.sampler.particles = 300;
  lesson.animation.duration = 2;
  std::erase_if(lesson.animation.keyframes, [](const ebm::Keyframe& k) { return k.time > 2; });
  lesson.animation.framesPerSecond = 10;
  QWidget window;
  window.resize(400, 300);
  window.show();
  const QString path = dir.filePath(QStringLiteral("from-the-menu.gif"));

  QTimer::singleShot(0, [&] {
    auto* dialog = topLevel<ebmui::ExportDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChildren<QComboBox*>().at(0)->setCurrentIndex(1);  // GIF
    dialog->findChildren<QComboBox*>().at(1)->setCurrentIndex(0);  // 720p
    dialog->findChild<QLineEdit*>()->setText(path);
    keepForInspection(dialog, QStringLiteral("export-dialog.png"));
    dialog->accept();
  });
  ebmui::launchAnimationExport(&window, lesson, nullptr, QStringLiteral(EBMSCAPE_BINARY));

  // The export runs in another process: while it does, the event loop keeps turning with short gaps only.
  QElapsedTimer clock, gap;
  clock.start();
  gap.start();
  qint64 longestGap = 0;
  bool progressSeen = false;
  QMessageBox* result = nullptr;
  while (!result && clock.elapsed() < 120000) {
    QApplication::processEvents(QEventLoop::AllEvents, 20);
    const qint64 sinceLast = gap.restart();
    auto* progress = topLevel<QProgressDialog>();
    // While frames are being exported (the result's message box may take a moment to build the first time).
    if (progress && progress->value() < progress->maximum()) longestGap = std::max(longestGap, sinceLast);
    if (progress && !progressSeen && progress->value() > 3) {
      progressSeen = true;
      keepForInspection(progress, QStringLiteral("export-progress.png"));
    }
    result = topLevel<QMessageBox>();
  }
  ASSERT_NE(result, nullptr);
  keepForInspection(result, QStringLiteral("export-result.png"));
  EXPECT_EQ(result->icon(), QMessageBox::Information) << result->text().toStdString();
  EXPECT_TRUE(progressSeen);
  EXPECT_LT(longestGap, 500);
  EXPECT_GT(QFileInfo(path).size(), 1000);
  result->close();
}

}  // namespace
