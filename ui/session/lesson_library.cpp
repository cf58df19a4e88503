#include "session/lesson_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>

#include "core/errors.h"

namespace ebmui {
namespace {

constexpr qint64 kLargestLessonBytes = 256LL * 1024 * 1024;
constexpr int kRecentCount = 8;

QString builtInPath(const QString& name) {
  return QStringLiteral(":/lessons/") + name + QStringLiteral(".json");
}

}  // namespace

// The course order of the built-in lessons; any other lesson file found follows, alphabetically.
const QStringList kCourseOrder = {
    QStringLiteral("energy-and-probability"),
    QStringLiteral("langevin-sampling"),
    QStringLiteral("training-an-ebm"),
    QStringLiteral("composing-energies"),
    QStringLiteral("interpolating-energies"),
    QStringLiteral("noise-and-diffusion"),
    QStringLiteral("anomaly-detection"),
    QStringLiteral("landscapes-in-3d"),
    QStringLiteral("constraints"),
    QStringLiteral("reasoning-sudoku"),
    QStringLiteral("hopfield-memory"),
    QStringLiteral("attention-as-energy"),
    QStringLiteral("softmax-temperature"),
    QStringLiteral("classifier-energy"),
    QStringLiteral("contrastive-learning"),
    QStringLiteral("sequence-watchdog"),
};

QStringList builtInLessonNames() {
  QStringList found;
  for (const QFileInfo& info : QDir(QStringLiteral(":/lessons")).entryInfoList({"*.json"}, QDir::Files)) {
    found << info.completeBaseName();
  }
  found.sort();
  QStringList names;
  for (const QString& name : kCourseOrder) {
    if (found.removeAll(name) > 0) names << name;
  }
  return names + found;
}

QString builtInLessonTitle(const QString& name) {
  try {
    return QString::fromStdString(loadLesson(name).title.shown());
  } catch (const ebm::Error&) {
    return {};
  }
}

QString suggestedLessonFileName(const ebm::Lesson& lesson) {
  QString title = QString::fromStdString(lesson.title.english).toLower();
  title.remove(QRegularExpression(QStringLiteral("^\\s*\\d+\\.\\s*")));  // "8. " of the course order
  QString name = title.replace(
      QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
      QStringLiteral("-"));
  while (name.startsWith('-'))
    name.remove(0, 1);
  while (name.endsWith('-'))
    name.chop(1);
  return (name.isEmpty() ? QStringLiteral("lesson") : name) + QStringLiteral(".json");
}

bool isBuiltInLesson(const QString& nameOrPath) {
  return !nameOrPath.contains('/') && !nameOrPath.endsWith(QStringLiteral(".json")) &&
         QFile::exists(builtInPath(nameOrPath));
}

ebm::LessonReadResult loadLessonWithWarnings(const QString& nameOrPath) {
  const QString path = isBuiltInLesson(nameOrPath) ? builtInPath(nameOrPath) : nameOrPath;
  const QFileInfo info(path);
  const std::string shown = nameOrPath.toStdString();
  if (!info.exists()) {
    throw ebm::LessonError("There is no lesson \"" + shown +
                           "\": it is neither a file nor a built-in lesson (" +
                           builtInLessonNames().join(", ").toStdString() + ").");
  }
  if (info.isDir()) throw ebm::LessonError("\"" + shown + "\" is a folder, not a lesson file.");
  if (info.size() > kLargestLessonBytes) {
    throw ebm::LessonError("\"" + shown + "\" is too large to be a lesson (over 256 MB).");
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    throw ebm::LessonError("Cannot read \"" + shown + "\": " + file.errorString().toStdString());
  }
  const QByteArray bytes = file.readAll();
  try {
    return ebm::readLessonWithWarnings(bytes.toStdString());
  } catch (const ebm::Error& e) {
    throw ebm::LessonError(info.fileName().toStdString() + ": " + e.what());
  }
}

ebm::Lesson loadLesson(const QString& nameOrPath) {
  return loadLessonWithWarnings(nameOrPath).lesson;
}

void saveLesson(const ebm::Lesson& lesson, const QString& path) {
  const std::string text = ebm::writeLesson(lesson);
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    throw ebm::Error("Cannot save \"" + path.toStdString() + "\": " + file.errorString().toStdString());
  }
  if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
    throw ebm::Error("Cannot save \"" + path.toStdString() + "\": " + file.errorString().toStdString() +
                     " The previous file is unchanged.");
  }
}

QStringList recentLessons() {
  QStringList recent = QSettings().value(QStringLiteral("recentLessons")).toStringList();
  recent.erase(
      std::remove_if(recent.begin(), recent.end(), [](const QString& p) { return !QFile::exists(p); }),
      recent.end());
  return recent;
}

void rememberRecentLesson(const QString& path) {
  QStringList recent = QSettings().value(QStringLiteral("recentLessons")).toStringList();
  const QString absolute = QFileInfo(path).absoluteFilePath();
  recent.removeAll(absolute);
  recent.prepend(absolute);
  while (recent.size() > kRecentCount)
    recent.removeLast();
  QSettings().setValue(QStringLiteral("recentLessons"), recent);
}

}  // namespace ebmui
