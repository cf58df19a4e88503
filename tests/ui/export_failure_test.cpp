// Exports that cannot finish leave nothing behind: a cancel, a missing folder, a folder that vanishes during
// the export, a disk that fills up, a destination folder holding other files.
#include <gtest/gtest.h>

#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <csignal>

#include "core/errors.h"
#include "export/animation_exporter.h"
#include "export/export_error.h"
#include "session/lesson_library.h"

namespace {

using ebmui::ExportSettings;
using ebmui::ExportStep;

ebm::Lesson lesson() {
  ebm::Lesson lesson = ebmui::loadLesson(QStringLiteral("energy-and-probability"));
  lesson.sampler.particles = 300;
  return lesson;
}

ExportSettings settingsFor(const QString& path, double seconds = 1.0) {
  ExportSettings settings;
  settings.outputPath = path.toStdString();
  settings.width = 160;
  settings.height = 96;
  settings.framesPerSecond = 10;
  settings.durationSeconds = seconds;
  return settings;
}

QStringList everything(const QString& folder) {
  return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

TEST(ExportFailures, CancelLeavesNoFileInAnyFormat) {
  for (const char* name : {"cancelled.mp4", "cancelled.gif", "cancelled/"}) {
    QTemporaryDir dir;
    int calls = 0;
    const auto summary = ebmui::exportAnimation(
        lesson(), settingsFor(dir.filePath(QString::fromLatin1(name))), [&](int done, int total) {
          ++calls;
          EXPECT_EQ(total, 10);
          return done >= 3 ? ExportStep::Stop : ExportStep::Continue;
        });
    EXPECT_EQ(summary.outcome, ebmui::ExportSummary::Outcome::Cancelled) << name;
    EXPECT_EQ(summary.frames, 3);
    EXPECT_EQ(calls, 4);  // 0, 1, 2, 3
    EXPECT_TRUE(everything(dir.path()).isEmpty())
        << name << ": " << everything(dir.path()).join(", ").toStdString();
  }
}

TEST(ExportFailures, ACancelBeforeTheFirstFrameWritesNothing) {
  QTemporaryDir dir;
  const auto summary = ebmui::exportAnimation(lesson(), settingsFor(dir.filePath(QStringLiteral("x.mp4"))),
                                              [](int, int) { return ExportStep::Stop; });
  EXPECT_EQ(summary.outcome, ebmui::ExportSummary::Outcome::Cancelled);
  EXPECT_EQ(summary.frames, 0);
  EXPECT_TRUE(everything(dir.path()).isEmpty());
}

TEST(ExportFailures, AMissingFolderFailsBeforeRenderingWithItsName) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("no-such-folder/video.mp4"));
  bool progressed = false;
  try {
    ebmui::exportAnimation(lesson(), settingsFor(path), [&](int, int) {
      progressed = true;
      return ExportStep::Continue;
    });
    FAIL() << "expected an ExportError";
  } catch (const ebmui::ExportError& e) {
    EXPECT_NE(std::string(e.what()).find("no-such-folder"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("does not exist"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(progressed);
  EXPECT_TRUE(everything(dir.path()).isEmpty());
}

TEST(ExportFailures, AFolderThatVanishesDuringTheExportFailsCleanly) {
  for (const char* name : {"video.mp4", "anim.gif", "frames/"}) {
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("lesson-videos"));
    ASSERT_TRUE(QDir().mkdir(folder));
    try {
      ebmui::exportAnimation(lesson(), settingsFor(QDir(folder).filePath(QString::fromLatin1(name))),
                             [&](int done, int) {
                               if (done == 4) QDir(folder).removeRecursively();
                               return ExportStep::Continue;
                             });
      FAIL() << name << ": expected an ExportError";
    } catch (const ebmui::ExportError& e) {
      EXPECT_NE(std::string(e.what()).find("lesson-videos"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(everything(parent.path()).isEmpty()) << name;
  }
}

// A full disk, simulated by a file size limit: writes past it fail with EFBIG instead of ENOSPC, through
// the same checks.
TEST(ExportFailures, ADiskThatFillsUpFailsWithAClearMessageAndNoFile) {
  QTemporaryDir dir;
  struct sigaction ignore = {}, previous = {};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGXFSZ, &ignore, &previous);
  rlimit before{};
  getrlimit(RLIMIT_FSIZE, &before);
  rlimit small = before;
  small.rlim_cur = 20000;
  setrlimit(RLIMIT_FSIZE, &small);
  std::string message;
  for (const char* name : {"full.mp4", "full.gif"}) {
    try {
      ebmui::exportAnimation(lesson(), settingsFor(dir.filePath(QString::fromLatin1(name)), 2.0));
    } catch (const ebmui::ExportError& e) {
      message = e.what();
    }
    EXPECT_NE(message.find("larger than this disk allows"), std::string::npos) << name << ": " << message;
    message.clear();
  }
  setrlimit(RLIMIT_FSIZE, &before);
  sigaction(SIGXFSZ, &previous, nullptr);
  EXPECT_TRUE(everything(dir.path()).isEmpty()) << everything(dir.path()).join(", ").toStdString();
}

TEST(ExportFailures, AFolderWithOtherFilesIsNotTakenForFrames) {
  QTemporaryDir dir;
  QFile notes(dir.filePath(QStringLiteral("notes.txt")));
  ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
  notes.write("lesson plan");
  notes.close();
  EXPECT_THROW(ebmui::exportAnimation(lesson(), settingsFor(dir.path() + "/")), ebmui::ExportError);
  EXPECT_EQ(everything(dir.path()), QStringList{QStringLiteral("notes.txt")});
}

TEST(ExportFailures, AnExistingFileIsReplacedOnlyWhenTheNewOneIsComplete) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("keep.mp4"));
  QFile old(path);
  ASSERT_TRUE(old.open(QIODevice::WriteOnly));
  old.write("the old video");
  old.close();
  ebmui::exportAnimation(lesson(), settingsFor(path),
                         [](int done, int) { return done == 5 ? ExportStep::Stop : ExportStep::Continue; });
  ASSERT_TRUE(old.open(QIODevice::ReadOnly));
  EXPECT_EQ(old.readAll(), QByteArray("the old video"));
}

}  // namespace
