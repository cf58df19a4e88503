// The window's export: the dialog's choices and checks, and the child process that exports in the background
// with progress, a result, a cancel that leaves nothing behind, and failures reported in words.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include "export/export_dialog.h"
#include "export/export_process.h"
#include "export/export_progress_line.h"
#include "session/lesson_library.h"

namespace {

using ebmui::ExportProcess;
using ebmui::ExportSettings;

ebm::Lesson exportedLesson() {
  ebm::Lesson lesson = ebmui::loadLesson(QStringLiteral("energy-and-probability"));
  lesson.sampler.particles = 300;
  return lesson;
}

ExportSettings small(const QString& path, double seconds) {
  ExportSettings settings;
  settings.outputPath = path.toStdString();
  settings.width = 160;
  settings.height = 96;
  settings.framesPerSecond = 10;
  settings.durationSeconds = seconds;
  return settings;
}

TEST(ExportProcess, ExportsInTheBackgroundWithProgress) {
  QTemporaryDir dir;
  ExportProcess process;
  process.setProgram(QStringLiteral(EBMSCAPE_BINARY));
  QSignalSpy progress(&process, &ExportProcess::progress);
  QSignalSpy finished(&process, &ExportProcess::finished);
  QSignalSpy failed(&process, &ExportProcess::failed);
  const QString path = dir.filePath(QStringLiteral("background.gif"));
  process.start(exportedLesson(), small(path, 1.0));
  EXPECT_TRUE(process.running());
  ASSERT_TRUE(finished.wait(60000)) << (failed.isEmpty() ? ""
                                                         : failed.front().front().toString().toStdString());
  EXPECT_TRUE(QFileInfo(path).size() > 0);
  ASSERT_FALSE(progress.isEmpty());
  EXPECT_EQ(progress.back().at(0).toInt(), 10);
  EXPECT_EQ(progress.back().at(1).toInt(), 10);
  EXPECT_TRUE(finished.front().front().toString().startsWith(QStringLiteral("wrote")));
}

TEST(ExportProcess, CancelStopsTheChildAndLeavesNothing) {
  QTemporaryDir dir;
  ExportProcess process;
  process.setProgram(QStringLiteral(EBMSCAPE_BINARY));
  QSignalSpy cancelled(&process, &ExportProcess::cancelled);
  QSignalSpy finished(&process, &ExportProcess::finished);
  QObject::connect(&process, &ExportProcess::progress, &process, [&](int done, int) {
    if (done == 2) process.cancel();
  });
  process.start(exportedLesson(), small(dir.filePath(QStringLiteral("long.mp4")), 60.0));
  ASSERT_TRUE(cancelled.wait(60000));
  EXPECT_TRUE(finished.isEmpty());
  EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST(ExportProcess, AFailureArrivesAsTheChildsMessage) {
  QTemporaryDir dir;
  ExportProcess process;
  process.setProgram(QStringLiteral(EBMSCAPE_BINARY));
  QSignalSpy failed(&process, &ExportProcess::failed);
  process.start(exportedLesson(), small(dir.filePath(QStringLiteral("gone/video.mp4")), 1.0));
  ASSERT_TRUE(failed.wait(60000));
  const QString message = failed.front().front().toString();
  EXPECT_TRUE(message.contains(QStringLiteral("does not exist"))) << message.toStdString();
  EXPECT_FALSE(message.contains(QStringLiteral("Usage")));
}

TEST(ExportDialog, StartsFromTheLessonAndRefusesAnOddMp4Size) {
  ebm::Lesson source = exportedLesson();
  source.animation.framesPerSecond = 24;
  source.animation.duration = 4;
  QTemporaryDir dir;
  ebmui::ExportDialog dialog(source, QStringLiteral("energy"));
  auto* format = dialog.findChildren<QComboBox*>().at(0);
  auto* resolution = dialog.findChildren<QComboBox*>().at(1);
  auto* path = dialog.findChild<QLineEdit*>();
  ASSERT_TRUE(format && resolution && path);
  EXPECT_EQ(dialog.settings().framesPerSecond, 24);
  EXPECT_DOUBLE_EQ(dialog.settings().durationSeconds, 4.0);

  format->setCurrentIndex(1);  // GIF
  EXPECT_TRUE(path->text().endsWith(QStringLiteral(".gif")));
  format->setCurrentIndex(2);  // PNG frames
  EXPECT_EQ(dialog.settings().format(), ebmui::ExportFormat::PngFrames);
  format->setCurrentIndex(0);  // MP4
  EXPECT_TRUE(path->text().endsWith(QStringLiteral(".mp4")));

  resolution->setCurrentIndex(2);  // 4K
  EXPECT_EQ(dialog.settings().width, 3840);
  EXPECT_EQ(dialog.settings().height, 2160);
  resolution->setCurrentIndex(3);  // custom
  dialog.findChildren<QSpinBox*>().at(0)->setValue(641);
  path->setText(dir.filePath(QStringLiteral("odd.mp4")));
  dialog.show();
  dialog.accept();
  EXPECT_TRUE(dialog.isVisible());  // refused: the reason is shown, the dialog stays open
  bool reasonShown = false;
  for (QLabel* label : dialog.findChildren<QLabel*>())
    reasonShown = reasonShown || (label->isVisible() && label->text().contains(QStringLiteral("even")));
  EXPECT_TRUE(reasonShown);
  dialog.findChildren<QSpinBox*>().at(0)->setValue(640);
  dialog.accept();
  EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

// The "frame N/M" line the export command writes is what the window's export reads back.
TEST(ExportProgressLine, WhatIsWrittenIsReadBack) {
  EXPECT_EQ(ebmui::exportProgressLine(3, 10), "frame 3/10");
  const auto count =
      ebmui::parseExportProgressLine(QString::fromStdString(ebmui::exportProgressLine(3, 10)) + "\r\n");
  ASSERT_TRUE(count.has_value());
  EXPECT_EQ(count->done, 3);
  EXPECT_EQ(count->total, 10);
}

TEST(ExportProgressLine, OtherLinesAreNotProgress) {
  EXPECT_FALSE(ebmui::parseExportProgressLine(QStringLiteral("ebmscape: frame 3/10 failed")).has_value());
  EXPECT_FALSE(ebmui::parseExportProgressLine(QStringLiteral("frame 3")).has_value());
  EXPECT_FALSE(ebmui::parseExportProgressLine(QString()).has_value());
}

}  // namespace
