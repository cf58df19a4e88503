// Crash safety for the open lesson: an autosave to a recovery file, and the offer to restore it after a
// crash.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

#include "io/lesson.h"

namespace ebmui {

/// A lesson found in the recovery file: what the teacher had open when ebmscape last stopped without closing.
struct RecoveredLesson {
  ebm::Lesson lesson;
  QString originalPath;  ///< the file it came from ("" for a built-in or new lesson)
  QDateTime savedAt;
  bool modified = false;  ///< it had changes that were not saved to its file
};

/// The recovery file lives in the application's data folder (or `folder`, for tests). Saves are atomic
/// (QSaveFile): a crash or a kill during an autosave leaves the previous recovery file or the new one, never
/// a broken one. A clean exit discards it, so its presence at start means the last session did not end
/// cleanly.
class RecoveryStore {
 public:
  explicit RecoveryStore(QString folder = {});

  /// Writes the lesson and where it came from. Throws ebm::Error if the folder cannot be written.
  void save(const ebm::Lesson& lesson, const QString& originalPath, bool modified);
  /// The recovered lesson, if a recovery file exists and can be read (an unreadable one is discarded).
  [[nodiscard]] std::optional<RecoveredLesson> pending() const;
  void discard();
  [[nodiscard]] QString filePath() const;

 private:
  QString folder_;
};

/// Milliseconds between autosaves: 30 s, or EBMSCAPE_AUTOSAVE_MS from the environment (tests).
[[nodiscard]] int autosaveIntervalMs();

}  // namespace ebmui
