// The command line against nonsense, end to end: a refused command line exits 2 with the reason and the usage
// (which reasons, for which arguments: command_line_test.cpp); an output path that cannot be written exits 1
// with a message and leaves no file behind; a lesson file of 1 GB is refused from its size at once.
#include <gtest/gtest.h>

#include "run_ebmscape.h"

#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

using ebmtest::ProcessResult;
using ebmtest::runEbmscape;

QStringList entries(const QString& folder) {
  return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Each command line must exit 2 with `reason` in its message and the usage after it.
void expectUsageError(const QStringList& arguments, const QString& reason) {
  const ProcessResult run = runEbmscape(arguments);
  const std::string shown = arguments.join(' ').toStdString() + "\n" + run.err.toStdString();
  EXPECT_EQ(run.exitCode, 2) << shown;
  EXPECT_TRUE(run.err.startsWith(QStringLiteral("ebmscape: "))) << shown;
  EXPECT_TRUE(run.err.contains(reason)) << "expected \"" << reason.toStdString() << "\" in\n" << shown;
  EXPECT_TRUE(run.err.contains(QStringLiteral("Usage:"))) << shown;
  EXPECT_TRUE(run.out.isEmpty()) << shown;
}

// A folder nobody may write to: for root (who ignores permissions) sysfs, which refuses new files to all.
QString readOnlyFolder(const QTemporaryDir& dir) {
  if (::geteuid() == 0) return QStringLiteral("/sys");
  const QString folder = dir.filePath(QStringLiteral("read-only"));
  QDir().mkpath(folder);
  QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
  return folder;
}

struct BadOutput {
  QString path;
  QString reason;
};

std::vector<BadOutput> badOutputs(const QTemporaryDir& dir, const QString& name) {
  const QString folder = dir.filePath(QStringLiteral("a-folder.") + name.section('.', -1));
  QDir().mkpath(folder);
  return {
      {QStringLiteral("/nonexistent/dir/") + name,
       "/nonexistent/dir\" does not exist; choose an existing folder."},
      {readOnlyFolder(dir) + "/" + name, "There is no permission to write in"},
      {folder, "is a folder; give a file name instead."},
  };
}

// Exit 1, a message that says what is wrong with the path, and nothing new in the temporary folder.
void expectOutputRefused(const QStringList& arguments, const BadOutput& bad, const QTemporaryDir& dir) {
  const QStringList before = entries(dir.path());
  const ProcessResult run = runEbmscape(arguments);
  const std::string shown = arguments.join(' ').toStdString() + "\n" + run.err.toStdString();
  EXPECT_EQ(run.exitCode, 1) << shown;
  EXPECT_TRUE(run.err.contains(bad.reason, Qt::CaseInsensitive))
      << "expected " << bad.reason.toStdString() << " in\n"
      << shown;
  EXPECT_FALSE(run.err.contains(QStringLiteral("Usage:"))) << shown;
  EXPECT_EQ(entries(dir.path()), before) << shown;
  if (QFileInfo(bad.path).isDir()) {
    EXPECT_TRUE(entries(bad.path).isEmpty()) << "nothing written into the folder: " << shown;
  } else {
    EXPECT_FALSE(QFile::exists(bad.path)) << shown;
  }
}

TEST(CommandLineReliability, ARefusedCommandLineExitsTwoWithTheReasonAndTheUsageOnly) {
  expectUsageError({"--width", "inf"}, "--width needs a whole number from 16 to 3840, not \"inf\".");
  expectUsageError({"train", "--dataset", "8gaussians", "--seconds", "nan"},
                   "--seconds needs a positive number, not \"nan\".");
}

TEST(CommandLineReliability, RenderToAPathThatCannotBeWrittenExitsOne) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display (xvfb-run)";
  QTemporaryDir dir;
  for (const BadOutput& bad : badOutputs(dir, QStringLiteral("still.png"))) {
    expectOutputRefused({"render", "--out", bad.path, "--width", "64", "--height", "64"}, bad, dir);
  }
}

TEST(CommandLineReliability, ExportToAPathThatCannotBeWrittenExitsOne) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display (xvfb-run)";
  QTemporaryDir dir;
  auto bad = badOutputs(dir, QStringLiteral("film.gif"));
  bad.pop_back();  // a folder is where PNG frames go: not an error for export
  for (const BadOutput& output : bad) {
    expectOutputRefused({"export", "--out", output.path, "--width", "64", "--height", "64", "--fps", "10",
                         "--duration", "0.2"},
                        output, dir);
  }
}

TEST(CommandLineReliability, TrainToAPathThatCannotBeWrittenExitsOneBeforeTraining) {
  QTemporaryDir dir;
  for (const BadOutput& bad : badOutputs(dir, QStringLiteral("model.json"))) {
    QElapsedTimer clock;
    clock.start();
    expectOutputRefused({"train", "--dataset", "8gaussians", "--seconds", "60", "--out", bad.path}, bad, dir);
    EXPECT_LT(clock.elapsed(), 20000) << "refused before a minute of training";
  }
}

TEST(CommandLineReliability, AGigabyteLessonIsRefusedFromItsSize) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display (xvfb-run)";
  QTemporaryDir dir;
  const QString lesson = dir.filePath(QStringLiteral("huge.json"));
  {
    QFile file(lesson);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(qint64(1) << 30));  // sparse: no gigabyte is written
  }
  QElapsedTimer clock;
  clock.start();
  const ProcessResult run = runEbmscape({"render", lesson, "--out", dir.filePath(QStringLiteral("x.png"))});
  EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
  EXPECT_TRUE(run.err.contains(QStringLiteral("is too large to be a lesson"))) << run.err.toStdString();
  EXPECT_LT(clock.elapsed(), 10000) << "refused without reading it";
  EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

}  // namespace
