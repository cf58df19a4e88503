// Text a person reads in a lesson — a title, an explanation, an energy's name — in more than one language.
// In a file it is either a string (English, or the only text) or an object of language tags:
//   "title": {"en": "1. Energy and probability", "zh_CN": "1. 能量与概率"}
// English is required and is the fallback for any language the text lacks.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

/// Marks a table's text (a parameter's label, a view layer's tooltip, a data set's title) for the
/// translators: it stays English here, and lupdate (scripts/update-translations.sh) collects it under
/// `context` for the ui to translate where it shows it (ebmui::engineText).
#define EBM_TRANSLATE_NOOP(context, text) text

namespace ebm {

/// The language the program shows text in: a tag such as "en" or "zh_CN" (the ui sets it from the locale or
/// the user's choice). Lesson text, experiment names and anything else read through LocalizedText follows it.
void setTextLanguage(const std::string& language);
[[nodiscard]] std::string textLanguage();

/// "zh_CN" → "zh": the language without its region.
[[nodiscard]] std::string baseLanguage(const std::string& language);

struct LocalizedText {
  LocalizedText() = default;
  LocalizedText(std::string englishText)
      : english(std::move(englishText)) {}                          // NOLINT: a plain string is English
  LocalizedText(const char* englishText) : english(englishText) {}  // NOLINT

  std::string english;
  std::map<std::string, std::string> translations;  ///< by language tag ("zh_CN"); never "en"

  /// The text in `language` (exactly, then without its region, e.g. "zh"), else English.
  [[nodiscard]] const std::string& in(const std::string& language) const;
  /// The text in textLanguage().
  [[nodiscard]] const std::string& shown() const { return in(textLanguage()); }
  /// Replaces the text of `language` (English for "en" or ""), as a rename in the window does.
  void set(const std::string& language, std::string text);
  [[nodiscard]] bool empty() const { return english.empty() && translations.empty(); }

  bool operator==(const LocalizedText& other) const {
    return english == other.english && translations == other.translations;
  }
  bool operator!=(const LocalizedText& other) const { return !(*this == other); }
};

/// Reads a string or a {"en": …, "zh_CN": …} object; throws LessonError naming `path` otherwise ("en"
/// missing, a value that is not a string).
[[nodiscard]] LocalizedText readLocalizedText(const nlohmann::json& node, const std::string& path);
/// A string when the text has no translation, else the object form.
[[nodiscard]] nlohmann::json toJson(const LocalizedText& text);

}  // namespace ebm
