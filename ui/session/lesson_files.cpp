#include "session/lesson_files.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "core/errors.h"
#include "panels/message_bar.h"
#include "session/lesson_library.h"
#include "session/session.h"

namespace ebmui {
LessonFiles::LessonFiles(Session* session, MessageBar* messages, QWidget* window)
    : QObject(window), session_(session), messages_(messages), window_(window) {
  autosaveTimer_ = new QTimer(this);
  autosaveTimer_->setInterval(autosaveIntervalMs());
  connect(autosaveTimer_, &QTimer::timeout, this, &LessonFiles::autosave);
  autosaveTimer_->start();
}

LessonFiles::~LessonFiles() = default;

void LessonFiles::addToMenu(QMenu* file) {
  file->addAction(tr("&Open Lesson…"), QKeySequence::Open, this, &LessonFiles::chooseAndOpen);
  QMenu* builtIn = file->addMenu(tr("&Built-in Lessons"));
  for (const QString& name : builtInLessonNames()) {
    const QString title = builtInLessonTitle(name);
    builtIn->addAction(title.isEmpty() ? name : title, this, [this, name] { openAfterAsking(name); });
  }
  QMenu* recent = file->addMenu(tr("Open &Recent"));
  connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecentMenu(recent); });
  file->addSeparator();
  file->addAction(tr("&Save"), QKeySequence::Save, this, &LessonFiles::save);
  // Spelled out: QKeySequence::SaveAs is empty on desktops without a platform theme (Xvfb, some WMs).
  file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &LessonFiles::saveAs)
      ->setObjectName(QStringLiteral("saveAsAction"));
}

void LessonFiles::fillRecentMenu(QMenu* menu) {
  menu->clear();
  const QStringList recent = recentLessons();
  for (const QString& path : recent)
    menu->addAction(QFileInfo(path).fileName(), this, [this, path] { openAfterAsking(path); })
        ->setToolTip(path);
  if (recent.isEmpty()) menu->addAction(tr("(none yet)"))->setEnabled(false);
}

// A lesson file opened or saved is the first of the recent ones, and the lesson the next start reopens.
void LessonFiles::remember(const QString& nameOrPath, bool builtIn) {
  if (!builtIn) rememberRecentLesson(nameOrPath);
  QSettings().setValue(QStringLiteral("lastLesson"),
                       builtIn ? nameOrPath : QFileInfo(nameOrPath).absoluteFilePath());
}

bool LessonFiles::openNamed(const QString& nameOrPath) {
  try {
    const ebm::LessonReadResult result = loadLessonWithWarnings(nameOrPath);
    const bool builtIn = isBuiltInLesson(nameOrPath);
    session_->replaceLesson(result.lesson, builtIn ? QString() : QFileInfo(nameOrPath).absoluteFilePath());
    remember(nameOrPath, builtIn);
    messages_->showWarnings(result.warnings);
    return true;
  } catch (const ebm::Error& e) {
    messages_->showMessage(QString::fromStdString(e.what()), MessageBar::Level::Error);
    return false;
  }
}

void LessonFiles::openAfterAsking(const QString& nameOrPath) {
  if (confirmDiscard()) openNamed(nameOrPath);
}

void LessonFiles::chooseAndOpen() {
  if (!confirmDiscard()) return;
  const QString path =
      QFileDialog::getOpenFileName(window_, tr("Open Lesson"), QString(), tr("Lessons (*.json)"));
  if (!path.isEmpty()) openNamed(path);
}

bool LessonFiles::saveTo(const QString& path) {
  try {
    saveLesson(session_->lesson(), path);
  } catch (const ebm::Error& e) {
    messages_->showMessage(QString::fromStdString(e.what()), MessageBar::Level::Error);
    return false;
  }
  session_->setFilePath(QFileInfo(path).absoluteFilePath());
  session_->markSaved();
  remember(path, false);
  messages_->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), MessageBar::Level::Info);
  return true;
}

bool LessonFiles::save() {
  if (session_->filePath().isEmpty()) return saveAs();
  return saveTo(session_->filePath());
}

bool LessonFiles::saveAs() {
  QString path = QFileDialog::getSaveFileName(
      window_, tr("Save Lesson"),
      session_->filePath().isEmpty() ? suggestedLessonFileName(session_->lesson()) : session_->filePath(),
      tr("Lessons (*.json)"));
  if (path.isEmpty()) return false;
  if (!path.endsWith(QStringLiteral(".json"))) path += QStringLiteral(".json");
  return saveTo(path);
}

bool LessonFiles::confirmDiscard() {
  if (!session_->modified()) return true;
  const auto answer = QMessageBox::question(
      window_, tr("Unsaved changes"), tr("The lesson has unsaved changes. Save them first?"),
      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Cancel) return false;
  if (answer == QMessageBox::Save) return save();
  return true;
}

// The lesson is copied on the GUI thread (cheap) and written on a pool thread (JSON of inline weights is
// not).
void LessonFiles::autosave() {
  if (autosaveRun_.isRunning()) return;  // the last one is still being written: the next tick catches up
  const ebm::Lesson lesson = session_->lesson();
  const QString path = session_->filePath();
  const bool modified = session_->modified();
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
    const QString error = watcher->result();
    watcher->deleteLater();
    if (!error.isEmpty() && !autosaveFailedShown_) {
      autosaveFailedShown_ = true;
      messages_->showMessage(tr("Autosave failed: %1").arg(error), MessageBar::Level::Warning);
    }
  });
  autosaveRun_ = QtConcurrent::run([store = recovery_, lesson, path, modified]() mutable {
    try {
      store.save(lesson, path, modified);
      return QString();
    } catch (const std::exception& e) {
      return QString::fromStdString(e.what());
    }
  });
  watcher->setFuture(autosaveRun_);
}

void LessonFiles::closeCleanly() {
  autosaveTimer_->stop();
  autosaveRun_.waitForFinished();  // an autosave still being written would outlive the discard
  recovery_.discard();             // a clean exit: nothing to recover next time
}

bool LessonFiles::offerRecovery(bool ask) {
  const auto recovered = recovery_.pending();
  if (!recovered) return false;
  if (ask) {
    const QString what = recovered->originalPath.isEmpty() ? QString::fromStdString(recovered->lesson.title.shown())
                                                           : QFileInfo(recovered->originalPath).fileName();
    const auto answer =
        QMessageBox::question(window_, tr("Restore lesson?"),
                              tr("ebmscape did not close properly last time. Restore “%1” as it was at %2?")
                                  .arg(what, recovered->savedAt.toString(QStringLiteral("HH:mm:ss"))),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
      recovery_.discard();
      return false;
    }
  }
  session_->replaceLesson(recovered->lesson, recovered->originalPath);
  if (recovered->modified) session_->markModified();
  messages_->showMessage(tr("Restored the lesson autosaved at %1.").arg(recovered->savedAt.toString()),
                         MessageBar::Level::Info);
  return true;
}

}  // namespace ebmui
