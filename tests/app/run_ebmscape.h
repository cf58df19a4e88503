// Runs the real ebmscape program (or a program that starts it) for a command-line test: to its end,
// collecting its exit code and output, or left running, to read its progress, signal it or drive its window.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ebmtest {

/// The ebmscape program under test.
[[nodiscard]] inline QString ebmscapeBinary() {
  return QStringLiteral(EBMSCAPE_BINARY);
}

/// What a run of a program left: whether it started and finished, its exit code (−1 if it crashed, was killed
/// or has not finished) and its output.
struct ProcessResult {
  bool started = false;
  bool finished = false;
  int exitCode = -1;
  QString out, err;
  double seconds = 0;  ///< wall time from the start to the end (or to the wait's timeout)
};

/// A program started for a test and left running; it is killed when this goes out of scope unfinished.
class TestProcess {
 public:
  /// Starts `program` with `arguments` in `environment` (by default the test's own).
  TestProcess(const QString& program, const QStringList& arguments,
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
  /// Starts ebmscape with `arguments`.
  explicit TestProcess(const QStringList& arguments,
                       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
      : TestProcess(ebmscapeBinary(), arguments, environment) {}

  /// Whether the program started (waits for it up to 30 s).
  [[nodiscard]] bool started() { return process_.waitForStarted(30000); }
  [[nodiscard]] qint64 pid() const { return process_.processId(); }
  [[nodiscard]] bool running() const { return process_.state() == QProcess::Running; }
  /// Reads its standard error until it holds `text` (true), or until it ends or `timeoutMs` pass (false).
  bool waitForError(const QByteArray& text, int timeoutMs = 30000);
  /// All it has written to its standard error so far (what waitForError() read, and more).
  [[nodiscard]] QByteArray errorSoFar();
  /// Sends the signal `number` (SIGINT, SIGTERM, SIGKILL); returns whether it was sent.
  bool signal(int number);
  /// Waits up to `timeoutMs` for its end: its exit code and the rest of its output.
  ProcessResult finish(int timeoutMs = 30000);

 private:
  QProcess process_;
  QElapsedTimer clock_;
  QByteArray err_;
};

/// Runs `program` with `arguments` to its end, waiting up to `timeoutMs` (a run that takes longer fails the
/// test; one that cannot start does not, and says so in `started`).
ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 120000);

/// Runs ebmscape with `arguments` and waits up to `timeoutMs` (a run that takes longer fails the test).
ProcessResult runEbmscape(const QStringList& arguments, int timeoutMs = 120000);

/// The JSON object a command printed (`--json`); a text that is not one fails the test.
QJsonObject parseJsonObject(const QString& text);

}  // namespace ebmtest
