// Where lessons come from: the built-in ones compiled into the program, or a file the teacher picks.
#pragma once

#include <QString>
#include <QStringList>

#include "io/lesson.h"

namespace ebmui {

/// The name every command uses when no lesson is given.
inline const QString kDefaultLesson = QStringLiteral("energy-and-probability");

/// Names of the built-in lessons (file names under resources/lessons without ".json"), sorted.
[[nodiscard]] QStringList builtInLessonNames();

/// Loads a lesson by built-in name or by file path. Throws ebm::LessonError with a message that names the
/// lesson (missing file, unreadable file, or the parser's error with its JSON path).
[[nodiscard]] ebm::Lesson loadLesson(const QString& nameOrPath);

}  // namespace ebmui
