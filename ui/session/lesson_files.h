// The lesson as a file: opening one (built-in, from disk, recent), saving it (Save, Save As), asking before
// unsaved changes are lost, and crash safety — an autosave every 30 s and the offer to restore it.
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include "io/lesson.h"
#include "session/recovery.h"

class QMenu;
class QTimer;
class QWidget;

namespace ebmui {

class MessageBar;
class Session;

/// The File menu's lesson commands, kept out of the window. Dialogs open over `window`; errors, warnings and
/// "Saved …" go to `messages`. A failed open or save never loses the open lesson.
class LessonFiles : public QObject {
  Q_OBJECT
 public:
  LessonFiles(Session* session, MessageBar* messages, QWidget* window);
  ~LessonFiles() override;

  /// Adds Open Lesson…, Built-in Lessons, Open Recent, Save and Save As… to the File menu.
  void addToMenu(QMenu* file);

  /// Loads a built-in lesson by name or a lesson file; on error shows the message and keeps the open lesson.
  bool openNamed(const QString& nameOrPath);
  /// Asks to save unsaved changes first (a menu's lesson), then opens it.
  void openAfterAsking(const QString& nameOrPath);
  /// File ▸ Open Lesson…: asks to save unsaved changes, then for a file.
  void chooseAndOpen();
  /// Saves to `path` atomically; on error shows the message (the old file stays). Returns success.
  bool saveTo(const QString& path);
  /// Saves to the lesson's file, or asks where (Save As) when it has none.
  bool save();
  /// Asks for a file name (the lesson's name suggested) and saves there.
  bool saveAs();
  /// With unsaved changes, asks whether to save them: false if the teacher cancelled.
  bool confirmDiscard();

  /// If the last session ended without closing, reopens the lesson it autosaved: after asking, or at once
  /// when `ask` is false. Returns true if a lesson was restored.
  bool offerRecovery(bool ask);
  /// Writes the autosave now (normally every 30 s, on a pool thread).
  void autosave();
  /// The window closes cleanly: no more autosaves, the one being written is finished, and nothing is left
  /// to recover next time.
  void closeCleanly();

 private:
  void fillRecentMenu(QMenu* menu);
  void remember(const QString& nameOrPath, bool builtIn);

  Session* session_;
  MessageBar* messages_;
  QWidget* window_;
  RecoveryStore recovery_;
  QTimer* autosaveTimer_;
  QFuture<QString> autosaveRun_;  ///< the autosave being written, if any
  bool autosaveFailedShown_ = false;
};

}  // namespace ebmui
