// Runs an animation export for the window in a child `ebmscape export` process, so the window stays live:
// the child has its own OpenGL context, its own VTK (whose text rendering is not thread-safe) and the other
// CPU core, and a crash there cannot take the open lesson down.
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <memory>

#include "export/animation_exporter.h"
#include "io/lesson.h"

class QTemporaryFile;

namespace ebmui {

/// One background export. Signals arrive on the thread that owns the object (the GUI thread); exactly one of
/// finished(), failed() or cancelled() ends every started export.
class ExportProcess : public QObject {
  Q_OBJECT
 public:
  explicit ExportProcess(QObject* parent = nullptr);
  /// Stops a running export at once (see abandon()).
  ~ExportProcess() override;

  /// The program to run with "export …" (default: this program itself).
  void setProgram(const QString& program) { program_ = program; }

  /// Hands the lesson (as it is now, slider values and trained weights included) to a child process that
  /// exports it with `settings`; returns at once. Throws ExportError if the lesson cannot be handed over.
  void start(const ebm::Lesson& lesson, const ExportSettings& settings);
  /// Asks the child to stop after the frame it is drawing; it removes everything it wrote.
  void cancel();
  /// Stops a running export now, for a closing window: the child gets a moment to stop, then is killed, and
  /// its partial output is removed. Emits cancelled(). Returns within about half a second.
  void abandon();
  [[nodiscard]] bool running() const;
  /// The child's process id (0 before start()).
  [[nodiscard]] qint64 processId() const { return childId_; }

 signals:
  void progress(int framesDone, int frameCount);
  /// The result is in place; `report` is the child's one-line summary ("wrote …").
  void finished(const QString& report);
  void failed(const QString& message);
  void cancelled();

 private:
  void readProgress();
  void ended(int exitCode, QProcess::ExitStatus status);
  void removeLeftovers() const;
  void stopChild();

  QString program_;
  QProcess process_;
  std::unique_ptr<QTemporaryFile> lessonFile_;
  std::string destination_;
  QByteArray pendingError_;
  QStringList messages_;
  qint64 childId_ = 0;
  bool cancelRequested_ = false;
};

}  // namespace ebmui
