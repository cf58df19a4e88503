#include "session/lesson_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "core/errors.h"

namespace ebmui {
namespace {

constexpr qint64 kLargestLessonBytes = 256LL * 1024 * 1024;

QString builtInPath(const QString& name) {
  return QStringLiteral(":/lessons/") + name + QStringLiteral(".json");
}

}  // namespace

QStringList builtInLessonNames() {
  QStringList names;
  for (const QFileInfo& info : QDir(QStringLiteral(":/lessons")).entryInfoList({"*.json"}, QDir::Files)) {
    names << info.completeBaseName();
  }
  names.sort();
  return names;
}

ebm::Lesson loadLesson(const QString& nameOrPath) {
  QString path = nameOrPath;
  if (!nameOrPath.contains('/') && !nameOrPath.endsWith(QStringLiteral(".json")) &&
      QFile::exists(builtInPath(nameOrPath))) {
    path = builtInPath(nameOrPath);
  }
  const QFileInfo info(path);
  if (!info.exists()) {
    throw ebm::LessonError("There is no lesson \"" + nameOrPath.toStdString() +
                           "\": it is neither a file nor a built-in lesson (" +
                           builtInLessonNames().join(", ").toStdString() + ").");
  }
  if (info.isDir())
    throw ebm::LessonError("\"" + nameOrPath.toStdString() + "\" is a folder, not a lesson file.");
  if (info.size() > kLargestLessonBytes) {
    throw ebm::LessonError("\"" + nameOrPath.toStdString() + "\" is too large to be a lesson (over 256 MB).");
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    throw ebm::LessonError("Cannot read \"" + nameOrPath.toStdString() +
                           "\": " + file.errorString().toStdString());
  }
  const QByteArray bytes = file.readAll();
  try {
    return ebm::readLesson(bytes.toStdString());
  } catch (const ebm::LessonError& e) {
    throw ebm::LessonError(info.fileName().toStdString() + ": " + e.what());
  }
}

}  // namespace ebmui
