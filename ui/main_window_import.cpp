// The window's point import: a file read on a pool thread with a cancellable progress dialog, its errors told
// with the file's line and column, and a box that follows data that lies outside it.
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>

#include "core/errors.h"
#include "data/point_file_reader.h"
#include "main_window.h"
#include "panels/message_bar.h"
#include "session/session.h"

namespace ebmui {
namespace {

// What the reading thread hands back. Exceptions stay on that thread: QtConcurrent would turn every
// non-Qt exception into "std::exception" and lose the line and column.
struct ImportOutcome {
  ebm::DataSet data;
  QString error;
  bool cancelled = false;
};

QString boxText(const ebm::Box& box) {
  QStringList sides;
  for (int axis = 0; axis < box.dimension; ++axis) {
    sides << QStringLiteral("[%1, %2]")
                 .arg(box.lower[std::size_t(axis)], 0, 'g', 3)
                 .arg(box.upper[std::size_t(axis)], 0, 'g', 3);
  }
  return sides.join(QStringLiteral(" × "));
}

ebm::Box unionOf(ebm::Box a, const ebm::Box& b) {
  for (std::size_t axis = 0; axis < 3; ++axis) {
    a.lower[axis] = std::min(a.lower[axis], b.lower[axis]);
    a.upper[axis] = std::max(a.upper[axis], b.upper[axis]);
  }
  return a;
}

}  // namespace

void MainWindow::importPoints() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Import Points"), QString(),
                                                    tr("Point files (*.csv *.tsv *.txt);;All files (*)"));
  if (!path.isEmpty()) importPointsFrom(path);
}

// The current data stays on failure; points outside the box make the box fit them (all outside) or offer to
// (some outside), so imported points are never silently invisible.
void MainWindow::importPointsFrom(const QString& path) {
  auto cancelled = std::make_shared<std::atomic<bool>>(false);
  importCancelled_ = cancelled;
  auto fraction = std::make_shared<std::atomic<int>>(0);
  auto* dialog =
      new QProgressDialog(tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, this);
  dialog->setWindowModality(Qt::WindowModal);
  dialog->setMinimumDuration(300);
  auto* watcher = new QFutureWatcher<ImportOutcome>(this);
  auto* poll = new QTimer(dialog);
  connect(poll, &QTimer::timeout, dialog, [dialog, fraction] { dialog->setValue(fraction->load()); });
  poll->start(50);
  connect(dialog, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
  connect(watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this, watcher, dialog, path] {
    dialog->deleteLater();
    watcher->deleteLater();
    ImportOutcome outcome = watcher->result();
    const ebm::Lesson& lesson = session_->lesson();
    if (outcome.error.isEmpty() && !outcome.cancelled && outcome.data.dimension != lesson.box.dimension) {
      outcome.error = tr("%1 holds %2D points, which do not fit a %3D lesson.")
                          .arg(QFileInfo(path).fileName())
                          .arg(outcome.data.dimension)
                          .arg(lesson.box.dimension);
    }
    if (outcome.cancelled) {
      messageBar_->showMessage(tr("Import cancelled; the data is unchanged."), MessageBar::Level::Info);
      return;
    }
    if (!outcome.error.isEmpty()) {
      showError(tr("%1 Nothing was imported; the data is unchanged.").arg(outcome.error));
      return;
    }
    ebm::DataSpec spec;
    spec.source = ebm::DataSpec::Source::Points;
    spec.points = std::move(outcome.data.points);
    spec.labels = std::move(outcome.data.labels);
    spec.labelNames = std::move(outcome.data.labelNames);
    const ebm::Index n = spec.points.cols(), outside = ebm::pointsOutside(lesson.box, spec.points);
    const QString file = QFileInfo(path).fileName();
    if (outside == n) {
      const ebm::Box fitted = ebm::boxAround(spec.points);
      session_->editData(spec, tr("Import points and fit the box"), fitted);
      messageBar_->showMessage(tr("Imported %1 points from %2. They all lay outside the box, so the box now "
                                  "fits them: %3 (Ctrl+Z puts the old box back).")
                                   .arg(n)
                                   .arg(file, boxText(fitted)),
                               MessageBar::Level::Info);
      return;
    }
    session_->editData(spec, tr("Import points"));
    if (outside == 0) {
      messageBar_->showMessage(tr("Imported %1 points from %2.").arg(n).arg(file), MessageBar::Level::Info);
      return;
    }
    const ebm::Box fitted = unionOf(session_->lesson().box, ebm::boxAround(spec.points));
    messageBar_->showMessage(
        tr("Imported %1 points from %2, but %3 of them lie outside the box %4 and are neither drawn nor "
           "learned.")
            .arg(n)
            .arg(file)
            .arg(outside)
            .arg(boxText(session_->lesson().box)),
        MessageBar::Level::Warning, tr("Fit the box"), [this, fitted] {
          ebm::Lesson lesson = session_->lesson();
          lesson.box = fitted;
          session_->editWhole(lesson, LessonPart::Box, tr("Fit the box to the data"));
        });
  });
  watcher->setFuture(QtConcurrent::run([path, cancelled, fraction] {
    ebm::PointFileOptions options;
    options.progress = [cancelled, fraction](std::uint64_t done, std::uint64_t total) {
      if (total > 0) *fraction = int(1000.0 * double(done) / double(total));
      return cancelled->load() ? ebm::ImportDecision::Stop : ebm::ImportDecision::Continue;
    };
    ImportOutcome outcome;
    try {
      outcome.data = ebm::readPointFile(path.toStdString(), options);
    } catch (const ebm::ImportCancelled&) {
      outcome.cancelled = true;
    } catch (const std::exception& e) {
      outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
  }));
}

}  // namespace ebmui
