#include "export/export_launcher.h"

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QRegularExpression>

#include "core/errors.h"
#include "export/export_dialog.h"
#include "export/export_process.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

// "Energy and probability" → "energy-and-probability": a file name suggestion.
QString fileNameFor(const ebm::Lesson& lesson) {
  QString name = QString::fromStdString(lesson.title.english).toLower();
  name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
  name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
  return name.isEmpty() ? QStringLiteral("ebmscape-animation") : name;
}

// The teacher's camera, if they turned the view: the export starts where the window looks.
ebm::Lesson withWindowCamera(ebm::Lesson lesson, VtkView* view) {
  if (!view || !view->cameraTouched()) return lesson;
  vtkCamera* camera = view->renderer()->GetActiveCamera();
  ebm::CameraSettings& saved = lesson.view.camera;
  saved.set = true;
  camera->GetPosition(saved.position.data());
  camera->GetFocalPoint(saved.focalPoint.data());
  camera->GetViewUp(saved.viewUp.data());
  saved.viewAngle = camera->GetViewAngle();
  return lesson;
}

void report(QWidget* parent, QMessageBox::Icon icon, const QString& text, const QString& details = {}) {
  auto* box = new QMessageBox(icon, QObject::tr("Export Animation"), text, QMessageBox::Ok, parent);
  box->setDetailedText(details);
  box->setAttribute(Qt::WA_DeleteOnClose);
  box->open();
}

}  // namespace

void launchAnimationExport(QWidget* parent, const ebm::Lesson& lesson, VtkView* mainView,
                           const QString& program) {
  ExportDialog dialog(lesson, fileNameFor(lesson), parent);
  if (dialog.exec() != QDialog::Accepted) return;
  const ExportSettings settings = dialog.settings();
  const QString name = QFileInfo(QString::fromStdString(settings.outputPath)).fileName().isEmpty()
                           ? QString::fromStdString(settings.outputPath)
                           : QFileInfo(QString::fromStdString(settings.outputPath)).fileName();

  // Owned by the parent window: closing the window cancels the export (ExportProcess's destructor).
  auto* process = new ExportProcess(parent);
  if (!program.isEmpty()) process->setProgram(program);
  auto* progress =
      new QProgressDialog(QObject::tr("Exporting %1…").arg(name), QObject::tr("Cancel"), 0, 0, parent);
  progress->setWindowTitle(QObject::tr("Export Animation"));
  progress->setWindowModality(Qt::NonModal);
  progress->setAutoClose(false);
  progress->setAutoReset(false);
  progress->setMinimumDuration(0);
  progress->setAttribute(Qt::WA_DeleteOnClose);
  QPointer<QProgressDialog> guard(progress);

  auto done = [process, guard] {
    if (guard) guard->close();
    process->deleteLater();
  };
  QObject::connect(progress, &QProgressDialog::canceled, process, [process, guard] {
    process->cancel();
    if (guard) guard->setLabelText(QObject::tr("Cancelling…"));
  });
  QObject::connect(process, &ExportProcess::progress, progress, [guard](int doneFrames, int total) {
    if (!guard) return;
    guard->setMaximum(total);
    guard->setValue(doneFrames);
  });
  QObject::connect(process, &ExportProcess::finished, process,
                   [parent, done, settings](const QString& summary) {
                     done();
                     report(parent, QMessageBox::Information,
                            QObject::tr("Exported %1 s of animation as %2 (%3 × %4) to %5.")
                                .arg(settings.durationSeconds)
                                .arg(QString::fromStdString(formatName(settings.format())))
                                .arg(settings.width)
                                .arg(settings.height)
                                .arg(QString::fromStdString(settings.outputPath)),
                            summary);
                   });
  QObject::connect(process, &ExportProcess::failed, process, [parent, done](const QString& message) {
    done();
    report(parent, QMessageBox::Warning, message);
  });
  QObject::connect(process, &ExportProcess::cancelled, process, done);

  try {
    process->start(withWindowCamera(lesson, mainView), settings);
  } catch (const ebm::Error& e) {
    done();
    report(parent, QMessageBox::Warning, QString::fromStdString(e.what()));
    return;
  }
  progress->show();
}

}  // namespace ebmui
