// The language the window speaks: Qt's translators (ebmscape_zh_CN.qm from resources/translations, Qt's own
// qtbase_zh_CN.qm for its dialogs) and the engine's text language for lesson text, chosen from the user's
// setting or else the system locale (LANGUAGE, LANG).
#pragma once

#include <string>
#include <vector>

#include <QString>
#include <nlohmann/json.hpp>

#include "core/localized_text.h"

namespace ebmui {

struct Language {
  QString tag;         ///< "en", "zh_CN"
  QString nativeName;  ///< as the language writes itself: "English", "简体中文"
};

/// The languages the interface is translated into (English first).
[[nodiscard]] const std::vector<Language>& languages();
/// The saved choice (View ▸ Language), or "" to follow the system.
[[nodiscard]] QString savedLanguage();
void saveLanguage(const QString& tag);
/// The first of the system's UI languages that the program speaks, else "en".
[[nodiscard]] QString systemLanguage();
/// Installs the translators of `tag` ("" = the saved choice, else the system's) on the application and sets
/// the engine's text language; returns the tag installed. Call with no window open (widgets keep their
/// texts).
QString installLanguage(const QString& tag = {});
/// The tag installLanguage() installed last ("en" before).
[[nodiscard]] QString currentLanguage();

/// A text of an engine table (marked EBM_TRANSLATE_NOOP("ebm", …)) in the current language.
[[nodiscard]] QString engineText(const std::string& text);
/// A data set's class name ("outer moon", "gaussian 3") in the current language.
[[nodiscard]] QString classText(const std::string& name);
/// Lesson text in the current language, English where it has none.
[[nodiscard]] QString shownText(const ebm::LocalizedText& text);

/// A lesson JSON member that is a string or a {"en": …, "zh_CN": …} object, in the current language;
/// `fallback` if it is missing or neither.
[[nodiscard]] QString jsonText(const nlohmann::json& node, const char* key, const QString& fallback = {});

}  // namespace ebmui
