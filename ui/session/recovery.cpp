#include "session/recovery.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <nlohmann/json.hpp>

#include "core/errors.h"

namespace ebmui {

RecoveryStore::RecoveryStore(QString folder) : folder_(std::move(folder)) {
  if (folder_.isEmpty()) {
    folder_ = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
  }
}

QString RecoveryStore::filePath() const {
  return folder_ + QStringLiteral("/autosave.json");
}

// The recovery file is the lesson's own JSON with a small envelope, so restoring it is reading a lesson.
void RecoveryStore::save(const ebm::Lesson& lesson, const QString& originalPath, bool modified) {
  if (!QDir().mkpath(folder_))
    throw ebm::Error("Cannot create the recovery folder " + folder_.toStdString() + ".");
  nlohmann::json envelope = {{"originalPath", originalPath.toStdString()},
                             {"savedAt", QDateTime::currentDateTime().toString(Qt::ISODate).toStdString()},
                             {"modified", modified},
                             {"lesson", nlohmann::json::parse(ebm::writeLesson(lesson))}};
  const std::string text = envelope.dump();
  QSaveFile file(filePath());
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
    throw ebm::Error("Cannot write the recovery file: " + file.errorString().toStdString());
  }
}

std::optional<RecoveredLesson> RecoveryStore::pending() const {
  QFile file(filePath());
  if (!file.exists() || !file.open(QIODevice::ReadOnly)) return std::nullopt;
  try {
    const auto envelope = nlohmann::json::parse(file.readAll().toStdString());
    RecoveredLesson recovered;
    recovered.lesson = ebm::readLesson(envelope.at("lesson").dump());
    recovered.originalPath = QString::fromStdString(envelope.value("originalPath", std::string()));
    recovered.savedAt =
        QDateTime::fromString(QString::fromStdString(envelope.value("savedAt", std::string())), Qt::ISODate);
    recovered.modified = envelope.value("modified", false);
    return recovered;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void RecoveryStore::discard() {
  QFile::remove(filePath());
}

int autosaveIntervalMs() {
  bool ok = false;
  const int ms = qEnvironmentVariableIntValue("EBMSCAPE_AUTOSAVE_MS", &ok);
  return ok && ms > 0 ? ms : 30000;
}

}  // namespace ebmui
