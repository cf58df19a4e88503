#include "run_ebmscape.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>

namespace ebmtest {

ProcessResult runEbmscape(const QStringList& arguments, int timeoutMs) {
  QProcess process;
  QElapsedTimer clock;
  clock.start();
  process.start(QStringLiteral(EBMSCAPE_BINARY), arguments);
  EXPECT_TRUE(process.waitForFinished(timeoutMs)) << "ebmscape did not finish";
  ProcessResult run;
  run.seconds = double(clock.elapsed()) / 1000;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
  run.err = QString::fromLocal8Bit(process.readAllStandardError());
  return run;
}

QJsonObject parseJsonObject(const QString& text) {
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
  EXPECT_TRUE(document.isObject()) << text.toStdString();
  return document.object();
}

}  // namespace ebmtest
