// A throwaway home for a test that runs the real ebmscape window: its settings, recent lessons and autosave
// go to a temporary folder instead of the user's, through the variables QStandardPaths reads.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace ebmtest {

class IsolatedHome {
 public:
  IsolatedHome();

  [[nodiscard]] bool valid() const { return dir_.isValid(); }
  [[nodiscard]] QString path(const QString& relative) const { return dir_.filePath(relative); }
  /// HOME, XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME under the temporary folder, and an autosave
  /// every `autosaveMs`.
  [[nodiscard]] QProcessEnvironment environment(int autosaveMs = 30000) const;
  /// Where ebmscape keeps its autosave under this home (AppDataLocation for organization and application
  /// "ebmscape").
  [[nodiscard]] QString recoveryFile() const;

 private:
  QTemporaryDir dir_;
};

}  // namespace ebmtest
