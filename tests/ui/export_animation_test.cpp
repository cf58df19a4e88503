// Animation export end to end: MP4, GIF and PNG frames of a built-in lesson have the asked frame count, size
// and duration as FFmpeg reads them back, their frames are drawn (not blank) and move, and the same lesson
// and seed give the same frames.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include "export/animation_exporter.h"
#include "export/video_probe.h"
#include "image_checks.h"
#include "session/lesson_library.h"

namespace {

using ebmtest::toQImage;
using ebmui::ExportSettings;
using ebmui::probeVideo;

ebm::Lesson shortLesson() {
  ebm::Lesson lesson = ebmui::loadLesson(QStringLiteral("energy-and-probability"));
  lesson.sampler.particles = 400;
  return lesson;
}

ExportSettings smallSettings(const QString& path) {
  ExportSettings settings;
  settings.outputPath = path.toStdString();
  settings.width = 240;
  settings.height = 136;
  settings.framesPerSecond = 10;
  settings.durationSeconds = 1.0;
  return settings;
}

// Keeps decoded frames for a person to look at when EBMSCAPE_KEEP_FRAMES names a folder.
void keepForInspection(const QImage& image, const QString& name) {
  const QString folder = qEnvironmentVariable("EBMSCAPE_KEEP_FRAMES");
  if (!folder.isEmpty()) image.save(QDir(folder).filePath(name));
}

void expectDrawnAndMoving(const QImage& first, const QImage& last) {
  // The landscape's viridis colours, the orange particles and the grey-blue background: many colours.
  EXPECT_GT(ebmtest::distinctColours(first), 200);
  EXPECT_GT(ebmtest::distinctColours(last), 200);
  EXPECT_GT(ebmtest::colouredShare(first, QRectF(0, 0, 1, 1)), 0.15);
  // Particles flow into the valleys and the camera turns: the last frame is clearly not the first.
  EXPECT_GT(ebmtest::meanDifference(first, last), 3.0);
}

TEST(AnimationExport, Mp4HasTheAskedFramesSizeAndDuration) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display (xvfb-run)";
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("energy.mp4"));
  const ebmui::ExportSummary summary = ebmui::exportAnimation(shortLesson(), smallSettings(path));
  EXPECT_EQ(summary.outcome, ebmui::ExportSummary::Outcome::Finished);
  EXPECT_EQ(summary.frames, 10);

  const ebmui::VideoProbe probe = probeVideo(path.toStdString(), {0, -1});
  EXPECT_EQ(probe.codec, "h264");
  EXPECT_EQ(probe.width, 240);
  EXPECT_EQ(probe.height, 136);
  EXPECT_EQ(probe.frames, 10);
  EXPECT_NEAR(probe.durationSeconds, 1.0, 1e-3);
  EXPECT_NEAR(probe.framesPerSecond, 10.0, 1e-6);
  ASSERT_EQ(probe.images.size(), 2u);
  const QImage first = toQImage(probe.images[0]), last = toQImage(probe.images[1]);
  keepForInspection(first, QStringLiteral("mp4-first.png"));
  keepForInspection(last, QStringLiteral("mp4-last.png"));
  expectDrawnAndMoving(first, last);
  EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("energy.mp4")});
}

TEST(AnimationExport, GifHasTheAskedFramesSizeAndDuration) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("energy.gif"));
  ebmui::exportAnimation(shortLesson(), smallSettings(path));

  const ebmui::VideoProbe probe = probeVideo(path.toStdString(), {0, -1});
  EXPECT_EQ(probe.codec, "gif");
  EXPECT_EQ(probe.width, 240);
  EXPECT_EQ(probe.height, 136);
  EXPECT_EQ(probe.frames, 10);
  EXPECT_NEAR(probe.durationSeconds, 1.0, 1e-6);  // ten delays of exactly 10 cs
  ASSERT_EQ(probe.images.size(), 2u);
  const QImage first = toQImage(probe.images[0]), last = toQImage(probe.images[1]);
  keepForInspection(first, QStringLiteral("gif-first.png"));
  keepForInspection(last, QStringLiteral("gif-last.png"));
  expectDrawnAndMoving(first, last);
}

TEST(AnimationExport, PngFolderHoldsOneNumberedPictureAFrame) {
  QTemporaryDir dir;
  const QString folder = dir.filePath(QStringLiteral("frames/"));
  ebmui::exportAnimation(shortLesson(), smallSettings(folder));
  const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
  ASSERT_EQ(files.size(), 10);
  EXPECT_EQ(files.front(), QStringLiteral("frame-00001.png"));
  EXPECT_EQ(files.back(), QStringLiteral("frame-00010.png"));
  const QImage first(QDir(folder).filePath(files.front())), last(QDir(folder).filePath(files.back()));
  EXPECT_EQ(first.size(), QSize(240, 136));
  expectDrawnAndMoving(first, last);
  // Only the folder: no temporary leftovers beside it.
  EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("frames")});
}

TEST(AnimationExport, APngFolderOfEarlierFramesIsReplaced) {
  QTemporaryDir dir;
  const QString folder = dir.filePath(QStringLiteral("frames"));
  ExportSettings settings = smallSettings(folder);
  ebmui::exportAnimation(shortLesson(), settings);
  settings.durationSeconds = 0.5;
  ebmui::exportAnimation(shortLesson(), settings);
  EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 5);
}

TEST(AnimationExport, SameLessonAndSeedGiveIdenticalFrames) {
  QTemporaryDir dir;
  const ebm::Lesson lesson = shortLesson();
  for (const char* name : {"a", "b"})
    ebmui::exportAnimation(lesson, smallSettings(dir.filePath(QString::fromLatin1(name) + "/")));
  for (const char* frame : {"frame-00001.png", "frame-00010.png"}) {
    QFile a(dir.filePath(QStringLiteral("a/") + frame)), b(dir.filePath(QStringLiteral("b/") + frame));
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll()) << frame;
  }

  for (const char* name : {"a.mp4", "b.mp4"})
    ebmui::exportAnimation(lesson, smallSettings(dir.filePath(QString::fromLatin1(name))));
  const auto a = probeVideo(dir.filePath(QStringLiteral("a.mp4")).toStdString(), {0, -1});
  const auto b = probeVideo(dir.filePath(QStringLiteral("b.mp4")).toStdString(), {0, -1});
  ASSERT_EQ(a.images.size(), 2u);
  ASSERT_EQ(b.images.size(), 2u);
  EXPECT_EQ(a.images[0].pixels, b.images[0].pixels);
  EXPECT_EQ(a.images[1].pixels, b.images[1].pixels);

  // Another particle seed moves the particles differently.
  ebm::Lesson reseeded = lesson;
  reseeded.sampler.seed += 1;
  ebmui::exportAnimation(reseeded, smallSettings(dir.filePath(QStringLiteral("c/"))));
  QFile lastA(dir.filePath(QStringLiteral("a/frame-00010.png"))),
      lastC(dir.filePath(QStringLiteral("c/frame-00010.png")));
  ASSERT_TRUE(lastA.open(QIODevice::ReadOnly) && lastC.open(QIODevice::ReadOnly));
  EXPECT_NE(lastA.readAll(), lastC.readAll());
}

TEST(AnimationExport, KeyframesDriveTheLessonParameters) {
  // Temperature from 0.3 to 6 over the second: a hot landscape spreads the particles over the whole box.
  ebm::Lesson lesson = shortLesson();
  lesson.animation.keyframes = {{0.0, "temperature", 0.3}, {1.0, "temperature", 6.0}, {0.0, "playing", 1.0}};
  QTemporaryDir dir;
  const QString folder = dir.filePath(QStringLiteral("hot/"));
  ebmui::exportAnimation(lesson, smallSettings(folder));
  const QImage first(QDir(folder).filePath(QStringLiteral("frame-00001.png")));
  const QImage last(QDir(folder).filePath(QStringLiteral("frame-00010.png")));
  // No camera keyframes: the view stays where it is, only the landscape and its particles change.
  EXPECT_GT(ebmtest::meanDifference(first, last), 1.0);
}

}  // namespace
