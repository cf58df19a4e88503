#include "run_ebmscape.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonParseError>

namespace ebmtest {

TestProcess::TestProcess(const QString& program, const QStringList& arguments,
                         const QProcessEnvironment& environment) {
  process_.setProcessEnvironment(environment);
  clock_.start();
  process_.start(program, arguments);
}

bool TestProcess::waitForError(const QByteArray& text, int timeoutMs) {
  const QDeadlineTimer deadline(timeoutMs);
  process_.setReadChannel(QProcess::StandardError);
  err_ += process_.readAllStandardError();
  while (!err_.contains(text) && process_.waitForReadyRead(int(deadline.remainingTime())))
    err_ += process_.readAllStandardError();
  return err_.contains(text);
}

QByteArray TestProcess::errorSoFar() {
  err_ += process_.readAllStandardError();
  return err_;
}

bool TestProcess::signal(int number) {
  return running() && ::kill(pid_t(process_.processId()), number) == 0;
}

ProcessResult TestProcess::finish(int timeoutMs) {
  ProcessResult run;
  const bool ended = process_.state() == QProcess::NotRunning || process_.waitForFinished(timeoutMs);
  run.started = process_.error() != QProcess::FailedToStart;
  run.finished = run.started && ended;
  run.seconds = double(clock_.elapsed()) / 1000;
  run.exitCode = run.finished && process_.exitStatus() == QProcess::NormalExit ? process_.exitCode() : -1;
  run.out = QString::fromLocal8Bit(process_.readAllStandardOutput());
  run.err = QString::fromLocal8Bit(errorSoFar());
  return run;
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, int timeoutMs) {
  TestProcess process(program, arguments);
  const ProcessResult run = process.finish(timeoutMs);
  if (run.started) EXPECT_TRUE(run.finished) << program.toStdString() << " did not finish";
  return run;
}

ProcessResult runEbmscape(const QStringList& arguments, int timeoutMs) {
  const ProcessResult run = runProcess(ebmscapeBinary(), arguments, timeoutMs);
  EXPECT_TRUE(run.started) << "ebmscape did not start";
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
