// Runs the real ebmscape program for a command-line test and collects its exit code and output.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ebmtest {

/// What a finished run of ebmscape left: its exit code (−1 if it crashed or timed out) and its output.
struct ProcessResult {
  int exitCode = -1;
  QString out, err;
  double seconds = 0;  ///< wall time of the run
};

/// Runs ebmscape with `arguments` and waits up to `timeoutMs` (a run that takes longer fails the test).
ProcessResult runEbmscape(const QStringList& arguments, int timeoutMs = 120000);

/// The JSON object a command printed (`--json`); a text that is not one fails the test.
QJsonObject parseJsonObject(const QString& text);

}  // namespace ebmtest
