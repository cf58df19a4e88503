// Where lessons come from and go: the built-in ones compiled into the program, files a teacher opens and
// saves (atomically), and the list of recent files.
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "io/lesson.h"

namespace ebmui {

/// The name every command uses when no lesson is given.
inline const QString kDefaultLesson = QStringLiteral("energy-and-probability");

/// Names of the built-in lessons (file names under resources/lessons without ".json"), in course order.
[[nodiscard]] QStringList builtInLessonNames();
/// The title of a built-in lesson ("" if it cannot be read).
[[nodiscard]] QString builtInLessonTitle(const QString& name);
/// True if `nameOrPath` names a built-in lesson rather than a file.
[[nodiscard]] bool isBuiltInLesson(const QString& nameOrPath);

/// Loads a lesson by built-in name or by file path, with the reader's warnings (unknown settings kept, format
/// migrated). Throws ebm::LessonError with a message that names the file (missing, unreadable, a folder, too
/// large, or the parser's error with its JSON path).
[[nodiscard]] ebm::LessonReadResult loadLessonWithWarnings(const QString& nameOrPath);
[[nodiscard]] ebm::Lesson loadLesson(const QString& nameOrPath);

/// Writes a lesson atomically (QSaveFile): a crash or a full disk leaves the old file or the new one, never a
/// broken one. Throws ebm::Error with the reason.
void saveLesson(const ebm::Lesson& lesson, const QString& path);

/// The file name Save As suggests for a lesson not saved yet: its title without the course number, in lower
/// case with dashes ("8. Landscapes in 3D" → "landscapes-in-3d.json", the built-in lesson's own name).
[[nodiscard]] QString suggestedLessonFileName(const ebm::Lesson& lesson);

/// Recent lesson files, newest first (kept in QSettings).
[[nodiscard]] QStringList recentLessons();
void rememberRecentLesson(const QString& path);

}  // namespace ebmui
