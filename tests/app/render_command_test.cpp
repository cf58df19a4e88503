// The command line end to end: `ebmscape render` writes the asked PNG, fails cleanly for an unknown lesson or
// an unwritable path; --help, --version and lessons print what they promise.
#include <gtest/gtest.h>

#include "run_ebmscape.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>

namespace {

using ebmtest::ProcessResult;
using ebmtest::runEbmscape;

TEST(RenderCommand, WritesAPngOfTheAskedSizeThatIsNotUniform) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty())
      << "needs an X display: run the tests with `make test` (xvfb-run)";
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("still.png"));
  const ProcessResult run = runEbmscape({"render", "--out", path, "--width", "640", "--height", "360"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QImage image(path);
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.width(), 640);
  EXPECT_EQ(image.height(), 360);
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += 3) {
    for (int x = 0; x < image.width(); x += 3)
      colours.insert(image.pixel(x, y));
  }
  EXPECT_GT(colours.size(), 300);
}

TEST(RenderCommand, NamedBuiltInLessonRenders) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("named.png"));
  const ProcessResult run =
      runEbmscape({"render", "energy-and-probability", "--out", path, "--width", "320", "--height", "200"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_EQ(QImage(path).size(), QSize(320, 200));
}

TEST(RenderCommand, UnknownLessonAndUnwritablePathFailCleanly) {
  QTemporaryDir dir;
  const ProcessResult unknown = runEbmscape({"render", "no-such-lesson", "--out", dir.filePath("a.png")});
  EXPECT_EQ(unknown.exitCode, 1);
  EXPECT_TRUE(unknown.err.contains("no-such-lesson")) << unknown.err.toStdString();
  EXPECT_FALSE(QFile::exists(dir.filePath("a.png")));

  const QString unwritable = dir.filePath("missing-folder/b.png");
  const ProcessResult run = runEbmscape({"render", "--out", unwritable, "--width", "64", "--height", "64"});
  EXPECT_NE(run.exitCode, 0);
  EXPECT_FALSE(run.err.isEmpty());
  EXPECT_FALSE(QFile::exists(unwritable));
}

TEST(CommandLine, HelpAndVersionAndLessons) {
  const ProcessResult help = runEbmscape({"--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_TRUE(help.out.contains("ebmscape render"));
  EXPECT_EQ(runEbmscape({"--version"}).exitCode, 0);
  const ProcessResult lessons = runEbmscape({"lessons"});
  EXPECT_EQ(lessons.exitCode, 0);
  EXPECT_TRUE(lessons.out.contains("energy-and-probability"));
}

}  // namespace
