// `ebmscape export` end to end: it writes MP4, GIF and PNG frames with progress, exits 2 with the usage for
// settings it cannot export, 1 with a message for failures (a folder removed during the export, a full
// disk), and a SIGTERM cancels it without leftovers.
#include <gtest/gtest.h>

#include "run_ebmscape.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <csignal>
#include <vector>

namespace {

using ebmtest::ProcessResult;
using ebmtest::runEbmscape;

QStringList small(const QString& out) {
  return {"export",     "energy-and-probability",
          "--out",      out,
          "--width",    "160",
          "--height",   "96",
          "--fps",      "10",
          "--duration", "0.5"};
}

QStringList everything(const QString& folder) {
  return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

TEST(ExportCommand, WritesEachFormatWithProgress) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display: run the tests under xvfb-run";
  QTemporaryDir dir;
  for (const char* name : {"a.mp4", "a.gif"}) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    const ProcessResult run = runEbmscape(small(path));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_GT(QFileInfo(path).size(), 1000) << name;
    EXPECT_TRUE(run.err.contains(QStringLiteral("frame 5/5"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("wrote ")));
  }
  const QString frames = dir.filePath(QStringLiteral("frames/"));
  const ProcessResult run = runEbmscape(small(frames));
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QStringList files = QDir(frames).entryList(QDir::Files);
  ASSERT_EQ(files.size(), 5);
  EXPECT_EQ(QImage(QDir(frames).filePath(files.front())).size(), QSize(160, 96));
}

// Settings the parser lets through but the lesson cannot be exported with (the parser's own refusals:
// command_line_test.cpp).
TEST(ExportCommand, SettingsThatCannotBeExportedExitTwoWithUsage) {
  QTemporaryDir dir;
  const QString mp4 = dir.filePath(QStringLiteral("x.mp4"));
  struct Case {
    QStringList arguments;
    QString reason;
  };
  const std::vector<Case> bad = {
      {{"export", "--out", dir.filePath(QStringLiteral("x.mov"))}, "is none of these"},
      {{"export", "--out", mp4, "--width", "161", "--height", "96"}, "needs an even width and height"},
      {{"export", "--out", dir.filePath(QStringLiteral("x.gif")), "--fps", "60"},
       "The frame rate must be 1 to"},
      {{"export", "--out", mp4, "--duration", "1e308"}, "at most 600 seconds"},
  };
  for (const Case& c : bad) {
    const ProcessResult run = runEbmscape(c.arguments);
    const std::string shown = c.arguments.join(' ').toStdString() + "\n" + run.err.toStdString();
    EXPECT_EQ(run.exitCode, 2) << shown;
    EXPECT_TRUE(run.err.contains(c.reason)) << shown;
    EXPECT_TRUE(run.err.contains(QStringLiteral("Usage:"))) << shown;
  }
  EXPECT_TRUE(everything(dir.path()).isEmpty());
}

TEST(ExportCommand, FailuresExitOneWithAMessageAndNoFile) {
  QTemporaryDir dir;
  const ProcessResult unwritable = runEbmscape(small(dir.filePath(QStringLiteral("missing/x.mp4"))));
  EXPECT_EQ(unwritable.exitCode, 1);
  EXPECT_TRUE(unwritable.err.contains(QStringLiteral("does not exist"))) << unwritable.err.toStdString();
  const ProcessResult unknown =
      runEbmscape({"export", "no-such-lesson", "--out", dir.filePath(QStringLiteral("y.mp4"))});
  EXPECT_EQ(unknown.exitCode, 1);
  EXPECT_TRUE(unknown.err.contains(QStringLiteral("no-such-lesson"))) << unknown.err.toStdString();
  EXPECT_TRUE(everything(dir.path()).isEmpty());
}

TEST(ExportCommand, SigtermCancelsCleanly) {
  QTemporaryDir dir;
  QStringList arguments = small(dir.filePath(QStringLiteral("long.mp4")));
  arguments.last() = QStringLiteral("120");
  ebmtest::TestProcess process(arguments);
  ASSERT_TRUE(process.started());
  ASSERT_TRUE(process.waitForError("frame 3/")) << process.errorSoFar().toStdString();
  ASSERT_TRUE(process.signal(SIGTERM));
  const ProcessResult run = process.finish(30000);
  ASSERT_TRUE(run.finished);
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_TRUE(run.err.contains(QStringLiteral("cancelled"))) << run.err.toStdString();
  EXPECT_TRUE(everything(dir.path()).isEmpty()) << everything(dir.path()).join(", ").toStdString();
}

// The teacher (or a cleanup script) removes the destination folder while the export runs.
TEST(ExportCommand, AFolderRemovedDuringTheExportExitsOneAndLeavesNothing) {
  for (const char* name : {"video.mp4", "frames/"}) {
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("lesson-videos"));
    ASSERT_TRUE(QDir().mkdir(folder));
    QStringList arguments = small(QDir(folder).filePath(QString::fromLatin1(name)));
    arguments.last() = QStringLiteral("4");
    ebmtest::TestProcess process(arguments);
    ASSERT_TRUE(process.started());
    ASSERT_TRUE(process.waitForError("frame 3/")) << process.errorSoFar().toStdString();
    ASSERT_TRUE(QDir(folder).removeRecursively());
    const ProcessResult run = process.finish(60000);
    ASSERT_TRUE(run.finished);
    EXPECT_EQ(run.exitCode, 1) << name << ": " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("lesson-videos")) &&
                run.err.contains(QStringLiteral("does not exist")))
        << name << ": " << run.err.toStdString();
    EXPECT_TRUE(everything(parent.path()).isEmpty())
        << name << ": " << everything(parent.path()).join(", ").toStdString();
  }
}

// A full disk: a 32 KiB tmpfs mounted in a private mount namespace (unshare, no privileges needed where user
// namespaces are allowed). What is left on it is listed from inside the namespace, where the mount lives.
TEST(ExportCommand, AFullDiskExitsOneWithTheReasonAndLeavesNothing) {
  for (const char* name : {"full.mp4", "frames/"}) {
    QTemporaryDir dir;
    // sh -c SCRIPT sh DISK PROGRAM ARGUMENTS…: mount DISK, run the export, list what is left on DISK.
    const QString script = QStringLiteral(
        "disk=$1; shift\n"
        "mount -t tmpfs -o size=32k ebmscape-full \"$disk\" || exit 77\n"
        "\"$@\"\n"
        "status=$?\n"
        "echo \"left:$(ls -A \"$disk\" | tr '\\n' ' ')\"\n"
        "exit $status\n");
    QStringList arguments = small(dir.filePath(QStringLiteral("disk/")) + QString::fromLatin1(name));
    arguments.replace(arguments.indexOf(QStringLiteral("160")), QStringLiteral("640"));
    arguments.replace(arguments.indexOf(QStringLiteral("96")), QStringLiteral("384"));
    arguments.last() = QStringLiteral("3");
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("disk")));
    const QStringList command = QStringList{"-rm",
                                            "sh",
                                            "-c",
                                            script,
                                            "sh",
                                            dir.filePath(QStringLiteral("disk")),
                                            ebmtest::ebmscapeBinary()} +
                                arguments;
    const ProcessResult run = ebmtest::runProcess(QStringLiteral("unshare"), command);
    if (!run.started || run.exitCode == 77)
      GTEST_SKIP() << "cannot mount a small tmpfs here (unshare -rm): " << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1) << name << ": " << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("The disk is full")))
        << name << ": " << run.err.toStdString();
    const QString left = run.out.mid(run.out.indexOf(QStringLiteral("left:")) + 5).trimmed();
    EXPECT_TRUE(run.out.contains(QStringLiteral("left:")) && left.isEmpty())
        << name << " left files behind: " << run.out.toStdString();
  }
}

}  // namespace
