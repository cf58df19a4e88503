#include "export/export_process.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryFile>
#include <system_error>

#include "export/export_error.h"
#include "export/export_progress_line.h"
#include "export/output_target.h"

namespace ebmui {

ExportProcess::ExportProcess(QObject* parent)
    : QObject(parent), program_(QCoreApplication::applicationFilePath()) {
  process_.setProcessChannelMode(QProcess::SeparateChannels);
  connect(&process_, &QProcess::readyReadStandardError, this, &ExportProcess::readProgress);
  connect(&process_, &QProcess::finished, this, &ExportProcess::ended);
  connect(&process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
    if (error != QProcess::FailedToStart) return;
    emit failed(tr("The export could not start (%1): %2").arg(program_, process_.errorString()));
  });
}

ExportProcess::~ExportProcess() {
  if (running()) stopChild();
}

void ExportProcess::abandon() {
  if (!running()) return;
  stopChild();
  emit cancelled();
}

// The window is closing and must not wait for a frame to finish: SIGTERM lets the child stop between frames;
// if it has not within a moment, SIGKILL. Either way its temporary file is removed here by name.
void ExportProcess::stopChild() {
  constexpr int kGraceMs = 300;
  disconnect(&process_, nullptr, this, nullptr);
  process_.terminate();
  if (!process_.waitForFinished(kGraceMs)) {
    process_.kill();
    process_.waitForFinished(1000);
  }
  lessonFile_.reset();
  removeLeftovers();
}

bool ExportProcess::running() const {
  return process_.state() != QProcess::NotRunning;
}

void ExportProcess::start(const ebm::Lesson& lesson, const ExportSettings& settings) {
  lessonFile_ =
      std::make_unique<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("ebmscape-export-XXXXXX.json")));
  const std::string text = ebm::writeLesson(lesson);
  if (!lessonFile_->open() || lessonFile_->write(text.data(), qint64(text.size())) != qint64(text.size()) ||
      !lessonFile_->flush()) {
    throw ExportError("The lesson could not be handed to the export (" +
                      lessonFile_->errorString().toStdString() +
                      "); check the space in the temporary folder.");
  }
  lessonFile_->close();
  destination_ = settings.outputPath;
  cancelRequested_ = false;
  messages_.clear();
  pendingError_.clear();
  QStringList arguments{QStringLiteral("export"),   lessonFile_->fileName(),
                        QStringLiteral("--out"),    QString::fromStdString(settings.outputPath),
                        QStringLiteral("--width"),  QString::number(settings.width),
                        QStringLiteral("--height"), QString::number(settings.height)};
  if (settings.framesPerSecond > 0)
    arguments << QStringLiteral("--fps") << QString::number(settings.framesPerSecond);
  if (settings.durationSeconds > 0) {
    arguments << QStringLiteral("--duration") << QString::number(settings.durationSeconds, 'g', 12);
  }
  process_.start(program_, arguments);
  childId_ = process_.processId();
}

void ExportProcess::cancel() {
  if (!running()) return;
  cancelRequested_ = true;
  process_.terminate();  // SIGTERM: the child finishes its frame, removes its files and exits
}

// The child writes "frame N/M" lines (export_progress_line.h), and "ebmscape: …" for what went wrong.
void ExportProcess::readProgress() {
  pendingError_ += process_.readAllStandardError();
  qsizetype end;
  while ((end = pendingError_.indexOf('\n')) >= 0) {
    const QString line = QString::fromLocal8Bit(pendingError_.left(end)).trimmed();
    pendingError_.remove(0, end + 1);
    if (const auto count = parseExportProgressLine(line)) {
      emit progress(count->done, count->total);
    } else if (line.startsWith(QStringLiteral("ebmscape: "))) {
      messages_ << line.mid(10);
    } else if (!line.isEmpty() && !line.startsWith(QStringLiteral("Usage:")) && !line.startsWith(' ')) {
      messages_ << line;
    }
  }
}

void ExportProcess::ended(int exitCode, QProcess::ExitStatus status) {
  readProgress();
  lessonFile_.reset();
  if (cancelRequested_) {
    removeLeftovers();
    emit cancelled();
    return;
  }
  if (status == QProcess::NormalExit && exitCode == 0) {
    emit finished(QString::fromLocal8Bit(process_.readAllStandardOutput()).trimmed());
    return;
  }
  removeLeftovers();
  if (status != QProcess::NormalExit) {
    emit failed(tr("The export stopped unexpectedly (its renderer crashed); nothing was written. %1")
                    .arg(messages_.join(QLatin1Char(' '))));
  } else {
    emit failed(messages_.isEmpty()
                    ? tr("The export failed (exit code %1); nothing was written.").arg(exitCode)
                    : messages_.join(QLatin1Char('\n')));
  }
}

// A child that crashed or was killed cannot remove its temporary file: its name is known, so remove it here.
void ExportProcess::removeLeftovers() const {
  if (childId_ <= 0 || destination_.empty()) return;
  std::filesystem::path destination(destination_);
  if (!destination.has_filename()) destination = destination.parent_path();
  std::error_code ignored;
  std::filesystem::remove_all(ebm::temporaryPathFor(destination, long(childId_)), ignored);
}

}  // namespace ebmui
