// `ebmscape export` end to end: it writes MP4, GIF and PNG frames with progress, exits 2 with the usage for
// settings it cannot export, 1 with a message for failures (a folder removed during the export, a full
// disk), and a SIGTERM cancels it without leftovers.
#include <gtest/gtest.h>

#include "run_ebmscape.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

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

TEST(ExportCommand, SettingsThatCannotBeExportedExitTwoWithUsage) {
  QTemporaryDir dir;
  const QString mp4 = dir.filePath(QStringLiteral("x.mp4"));
  const QList<QStringList> bad = {
      {"export"},                                                                 // no --out
      {"export", "--out", dir.filePath(QStringLiteral("x.mov"))},                 // unknown format
      {"export", "--out", mp4, "--width", "161", "--height", "96"},               // odd MP4 size
      {"export", "--out", mp4, "--width", "5000"},                                // larger than 4K
      {"export", "--out", mp4, "--fps", "0"},                                     //
      {"export", "--out", mp4, "--fps", "many"},                                  //
      {"export", "--out", mp4, "--duration", "-1"},                               //
      {"export", "--out", mp4, "--duration"},                                     // missing value
      {"export", "--out", dir.filePath(QStringLiteral("x.gif")), "--fps", "60"},  // too fast for GIF
      {"export", "--out", mp4, "--bogus"},                                        //
      {"export", "one", "two", "--out", mp4},                                     //
  };
  for (const QStringList& arguments : bad) {
    const ProcessResult run = runEbmscape(arguments);
    EXPECT_EQ(run.exitCode, 2) << arguments.join(' ').toStdString() << "\n" << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Usage:"))) << arguments.join(' ').toStdString();
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
  QProcess process;
  QStringList arguments = small(dir.filePath(QStringLiteral("long.mp4")));
  arguments.last() = QStringLiteral("120");
  process.start(QStringLiteral(EBMSCAPE_BINARY), arguments);
  ASSERT_TRUE(process.waitForStarted());
  process.setReadChannel(QProcess::StandardError);
  QByteArray err;
  while (!err.contains("frame 3/") && process.waitForReadyRead(30000))
    err += process.readAllStandardError();
  ASSERT_TRUE(err.contains("frame 3/")) << err.toStdString();
  process.terminate();
  ASSERT_TRUE(process.waitForFinished(30000));
  EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
  EXPECT_EQ(process.exitCode(), 1);
  EXPECT_TRUE(process.readAllStandardError().contains("cancelled"));
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
    QProcess process;
    process.start(QStringLiteral(EBMSCAPE_BINARY), arguments);
    ASSERT_TRUE(process.waitForStarted());
    process.setReadChannel(QProcess::StandardError);
    QByteArray err;
    while (!err.contains("frame 3/") && process.waitForReadyRead(30000))
      err += process.readAllStandardError();
    ASSERT_TRUE(err.contains("frame 3/")) << err.toStdString();
    ASSERT_TRUE(QDir(folder).removeRecursively());
    ASSERT_TRUE(process.waitForFinished(60000));
    err += process.readAllStandardError();
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 1) << name << ": " << err.toStdString();
    EXPECT_TRUE(err.contains("lesson-videos") && err.contains("does not exist"))
        << name << ": " << err.toStdString();
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
    QStringList command = {"-rm",
                           "sh",
                           "-c",
                           script,
                           "sh",
                           dir.filePath(QStringLiteral("disk")),
                           QStringLiteral(EBMSCAPE_BINARY)};
    command << arguments;
    QProcess process;
    process.start(QStringLiteral("unshare"), command);
    ASSERT_TRUE(process.waitForFinished(120000));
    const QString stdOut = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString stdErr = QString::fromLocal8Bit(process.readAllStandardError());
    if (process.error() == QProcess::FailedToStart || process.exitCode() == 77)
      GTEST_SKIP() << "cannot mount a small tmpfs here (unshare -rm): " << stdErr.toStdString();
    EXPECT_EQ(process.exitCode(), 1) << name << ": " << stdErr.toStdString();
    EXPECT_TRUE(stdErr.contains(QStringLiteral("The disk is full"))) << name << ": " << stdErr.toStdString();
    const QString left = stdOut.mid(stdOut.indexOf(QStringLiteral("left:")) + 5).trimmed();
    EXPECT_TRUE(stdOut.contains(QStringLiteral("left:")) && left.isEmpty())
        << name << " left files behind: " << stdOut.toStdString();
  }
}

}  // namespace
