#include "isolated_home.h"

#include <QDir>

namespace ebmtest {

IsolatedHome::IsolatedHome() {
  for (const char* folder : {"config", "data", "cache"})
    QDir(dir_.path()).mkpath(QString::fromLatin1(folder));
}

QProcessEnvironment IsolatedHome::environment(int autosaveMs) const {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(QStringLiteral("HOME"), dir_.path());
  env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
  env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
  env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
  env.insert(QStringLiteral("EBMSCAPE_AUTOSAVE_MS"), QString::number(autosaveMs));
  return env;
}

QString IsolatedHome::recoveryFile() const {
  return path(QStringLiteral("data/ebmscape/ebmscape/recovery/autosave.json"));
}

}  // namespace ebmtest
