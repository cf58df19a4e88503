// The lesson survives a crash: the real ebmscape, killed with SIGKILL after an edit, restores the edit with
// --recover from its autosave, which is always a whole file; a clean close leaves no autosave behind.
#include <gtest/gtest.h>

#include <X11/keysym.h>
#include <signal.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include "isolated_home.h"
#include "run_ebmscape.h"
#include "x11_client.h"

namespace {

QJsonObject readJson(const QString& path, bool* whole = nullptr) {
  QFile file(path);
  if (whole) *whole = true;
  if (!file.open(QIODevice::ReadOnly)) return {};
  QJsonParseError error{};
  const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
  if (whole) *whole = error.error == QJsonParseError::NoError;
  return document.object();
}

QString shownField(const QJsonObject& lesson) {
  return lesson.value(QStringLiteral("view")).toObject().value(QStringLiteral("field")).toString();
}

// Polls `condition` every 50 ms for up to `timeoutMs`.
template <typename Condition>
bool waitFor(Condition condition, int timeoutMs) {
  QElapsedTimer clock;
  clock.start();
  while (!condition()) {
    if (clock.elapsed() > timeoutMs) return false;
    QThread::msleep(50);
  }
  return true;
}

TEST(Recovery, AnEditSurvivesSigkillAndComesBackWithRecover) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display: run the tests under xvfb-run";
  ebmtest::X11Client x;
  ASSERT_TRUE(x.connected());
  ebmtest::IsolatedHome home;
  ASSERT_TRUE(home.valid());
  const QString lessonPath = home.path(QStringLiteral("my-lesson.json"));
  ASSERT_TRUE(QFile::copy(QStringLiteral(EBMSCAPE_LESSONS_DIR "/energy-and-probability.json"), lessonPath));
  ASSERT_EQ(shownField(readJson(lessonPath)), QStringLiteral("energy"));

  // The teacher opens their lesson and switches the view to the density (D): an unsaved change.
  ebmtest::TestProcess first({lessonPath, "--width", "1000", "--height", "700"}, home.environment(300));
  ASSERT_TRUE(first.started());
  const unsigned long window = x.waitForWindow(first.pid(), QStringLiteral("my-lesson.json"), 30000);
  ASSERT_NE(window, 0UL) << "the window never appeared";
  ASSERT_TRUE(waitFor([&] { return QFile::exists(home.recoveryFile()); }, 20000))
      << "no autosave at " << home.recoveryFile().toStdString();
  x.focus(window);
  QThread::msleep(200);
  x.pressKey(window, XK_d);
  ASSERT_TRUE(waitFor([&] { return x.title(window).contains(QStringLiteral("•")); }, 10000))
      << "the edit did not mark the lesson modified: " << x.title(window).toStdString();

  // The autosave catches up with the edit; every read of it is a whole JSON file (it is replaced
  // atomically, never written in place).
  int reads = 0;
  bool alwaysWhole = true;
  const bool saved = waitFor(
      [&] {
        bool whole = false;
        const QJsonObject envelope = readJson(home.recoveryFile(), &whole);
        ++reads;
        alwaysWhole = alwaysWhole && whole;
        return envelope.value(QStringLiteral("modified")).toBool() &&
               shownField(envelope.value(QStringLiteral("lesson")).toObject()) == QStringLiteral("density");
      },
      15000);
  ASSERT_TRUE(saved) << "the autosave never held the edit";
  EXPECT_TRUE(alwaysWhole) << "a read of the autosave found a half-written file";

  // The crash.
  ASSERT_TRUE(first.signal(SIGKILL));
  const ebmtest::ProcessResult killed = first.finish(10000);
  ASSERT_TRUE(killed.finished);
  EXPECT_EQ(killed.exitCode, -1) << "SIGKILL ends the program as a crash";
  ASSERT_TRUE(QFile::exists(home.recoveryFile()));
  EXPECT_EQ(shownField(readJson(lessonPath)), QStringLiteral("energy")) << "the lesson file itself changed";
  const QJsonObject envelope = readJson(home.recoveryFile());
  EXPECT_EQ(QDir(envelope.value(QStringLiteral("originalPath")).toString()), QDir(lessonPath));

  // --recover brings the lesson back as it was: from its file, with the edit, still unsaved. Saving (Ctrl+S)
  // writes the edit to the teacher's file; a clean close then discards the autosave.
  ebmtest::TestProcess second({"--recover", "--width", "1000", "--height", "700"}, home.environment(300));
  ASSERT_TRUE(second.started());
  const unsigned long restored = x.waitForWindow(second.pid(), QStringLiteral("my-lesson.json"), 30000);
  ASSERT_NE(restored, 0UL) << "the recovered lesson's window never appeared";
  EXPECT_TRUE(x.title(restored).contains(QStringLiteral("•"))) << x.title(restored).toStdString();
  x.focus(restored);
  QThread::msleep(200);
  x.pressKey(restored, XK_s, true);
  EXPECT_TRUE(waitFor([&] { return shownField(readJson(lessonPath)) == QStringLiteral("density"); }, 10000))
      << "saving the recovered lesson did not write the edit";
  EXPECT_TRUE(waitFor([&] { return !x.title(restored).contains(QStringLiteral("•")); }, 5000));
  x.requestClose(restored);
  const ebmtest::ProcessResult closed = second.finish(10000);
  ASSERT_TRUE(closed.finished) << "the window did not close";
  EXPECT_EQ(closed.exitCode, 0) << closed.err.toStdString();
  EXPECT_FALSE(QFile::exists(home.recoveryFile())) << "a clean exit should discard the autosave";
  std::printf("[ measure  ] autosave read %d times while being replaced every 300 ms\n", reads);
}

}  // namespace
