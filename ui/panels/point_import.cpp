#include "panels/point_import.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent>
#include <optional>

#include "core/errors.h"
#include "data/point_file_reader.h"
#include "io/lesson_import.h"
#include "panels/import_dialog.h"
#include "session/session.h"

namespace ebmui {
namespace {

const char* const kFolderKey = "import/folder";

// What a read on the pool thread hands back. Exceptions stay on that thread: their text is what the teacher
// reads, and QFuture would replace a std::exception's by "std::exception".
struct ReadResult {
  std::optional<ebm::DataSet> data;
  ebm::PointFileReport report;
  QString error;
  bool cancelled = false;
};

QString describeColumns(const ebm::DataSet& data, const ebm::ImportChoice& choice) {
  static const char* const axes[] = {"x", "y", "z"};
  QStringList parts;
  for (int axis = 0; axis < int(data.columnNames.size()) && axis < 3; ++axis)
    parts << QStringLiteral("%1: %2").arg(axes[axis],
                                          QString::fromStdString(data.columnNames[std::size_t(axis)]));
  if (!choice.label.empty()) parts << QObject::tr("label: %1").arg(QString::fromStdString(choice.label));
  return parts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
}

}  // namespace

PointImport::PointImport(Session* session, QWidget* dialogParent)
    : QObject(dialogParent), session_(session), dialogParent_(dialogParent) {
  // The points were meant for the lesson that was open: a read still under way when another opens is dropped.
  connect(session_, &Session::lessonReplaced, this, &PointImport::cancel);
}

PointImport::~PointImport() {
  cancel();
}

void PointImport::chooseAndImport() {
  QSettings settings;
  const QString path = QFileDialog::getOpenFileName(dialogParent_, tr("Import Points"),
                                                    settings.value(QLatin1String(kFolderKey)).toString(),
                                                    tr("Point files (*.csv *.tsv *.txt);;All files (*)"));
  if (path.isEmpty()) return;
  settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
  chooseColumnsAndImport(path);
}

bool PointImport::chooseColumnsAndImport(const QString& path) {
  const ebm::Lesson& lesson = session_->lesson();
  // The same file again: start from the columns chosen last time (a lesson remembers them).
  ebm::ImportChoice initial;
  if (lesson.data.source == ebm::DataSpec::Source::Points &&
      lesson.data.importedFrom == QFileInfo(path).fileName().toStdString())
    initial = lesson.data.importChoice;
  ImportDialog dialog(path, lesson.box.dimension, initial, dialogParent_);
  if (dialog.exec() != QDialog::Accepted) return false;
  importFile(path, dialog.choice());
  return true;
}

void PointImport::importFile(const QString& path, const ebm::ImportChoice& choice) {
  cancel();
  auto running = std::make_shared<std::atomic<bool>>(false);
  running_ = running;
  auto fraction = std::make_shared<std::atomic<int>>(0);
  const QString name = QFileInfo(path).fileName();
  auto* progress = new QProgressDialog(tr("Reading %1…").arg(name), tr("Cancel"), 0, 1000, dialogParent_);
  progress->setWindowModality(Qt::WindowModal);
  progress->setMinimumDuration(300);
  auto* poll = new QTimer(progress);
  connect(poll, &QTimer::timeout, progress, [progress, fraction] { progress->setValue(fraction->load()); });
  poll->start(50);
  connect(progress, &QProgressDialog::canceled, this, [running] { *running = true; });
  auto* watcher = new QFutureWatcher<ReadResult>(this);
  connect(
      watcher, &QFutureWatcher<ReadResult>::finished, this, [this, watcher, progress, running, choice, name] {
        progress->deleteLater();
        watcher->deleteLater();
        if (running_ == running) running_ = nullptr;
        ReadResult result = watcher->result();
        // Cancelled after the read was done (another lesson opened, another import began) is cancelled too.
        if (result.cancelled || *running) {
          emit cancelled(tr("Import cancelled; the data is unchanged."));
          return;
        }
        if (!result.data) {
          emit failed(tr("Not imported: %1 The data is unchanged.").arg(result.error));
          return;
        }
        try {
          const QString columns = describeColumns(*result.data, choice);
          const auto count = result.data->size();
          ebm::Lesson lesson = session_->lesson();
          ebm::adoptImportedPoints(lesson, std::move(*result.data), name.toStdString(), choice,
                                   result.report.skippedRows);
          // An anomaly lesson learns its threshold again from the new data.
          if (lesson.anomaly.count > 0) lesson.anomaly.calibrate = true;
          // The box is fitted to the points: a new box is a new lattice, new particles and new cameras.
          session_->editWhole(lesson, LessonPart::Box, tr("Import points"));
          QString message = tr("Imported %1 points from %2%3.").arg(count).arg(name, columns);
          if (result.report.skippedRows > 0)
            message += QLatin1Char(' ') + QString::fromStdString(result.report.describe());
          emit imported(message);
        } catch (const ebm::Error& e) {
          emit failed(tr("Not imported: %1 The data is unchanged.").arg(QString::fromStdString(e.what())));
        }
      });
  watcher->setFuture(QtConcurrent::run([file = path.toStdString(), choice, running, fraction] {
    ReadResult result;
    ebm::PointFileOptions options;
    options.choice = choice;
    options.progress = [running, fraction](std::uint64_t done, std::uint64_t total) {
      if (total > 0) *fraction = int(1000.0 * double(done) / double(total));
      return running->load() ? ebm::ImportDecision::Stop : ebm::ImportDecision::Continue;
    };
    try {
      result.data = ebm::readPointFile(file, options, &result.report);
    } catch (const ebm::ImportCancelled&) {
      result.cancelled = true;
    } catch (const std::exception& e) {
      result.error = QString::fromStdString(e.what());
    }
    return result;
  }));
}

void PointImport::cancel() {
  if (running_) *running_ = true;
  running_ = nullptr;
}

}  // namespace ebmui
