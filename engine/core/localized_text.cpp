#include "core/localized_text.h"

#include <mutex>

#include "core/errors.h"

namespace ebm {

namespace {
std::mutex& languageMutex() {
  static std::mutex mutex;
  return mutex;
}
std::string& languageStore() {
  static std::string language = "en";
  return language;
}
}  // namespace

void setTextLanguage(const std::string& language) {
  const std::lock_guard<std::mutex> lock(languageMutex());
  languageStore() = language.empty() ? std::string("en") : language;
}

std::string textLanguage() {
  const std::lock_guard<std::mutex> lock(languageMutex());
  return languageStore();
}

std::string baseLanguage(const std::string& language) {
  const auto cut = language.find_first_of("_-");
  return cut == std::string::npos ? language : language.substr(0, cut);
}

const std::string& LocalizedText::in(const std::string& language) const {
  if (language.empty() || language == "en") return english;
  auto it = translations.find(language);
  if (it == translations.end()) it = translations.find(baseLanguage(language));
  if (it == translations.end()) {
    // "zh" asked, "zh_CN" written: the first text of the same base language.
    const std::string base = baseLanguage(language);
    for (auto other = translations.begin(); other != translations.end(); ++other)
      if (baseLanguage(other->first) == base) return other->second;
    return english;
  }
  return it->second;
}

void LocalizedText::set(const std::string& language, std::string text) {
  if (language.empty() || language == "en") {
    english = std::move(text);
  } else {
    translations[language] = std::move(text);
  }
}

LocalizedText readLocalizedText(const nlohmann::json& node, const std::string& path) {
  if (node.is_string()) return LocalizedText(node.get<std::string>());
  if (!node.is_object())
    throw LessonError("`" + path + "` must be a string or an object of languages ({\"en\": …, \"zh_CN\": …}).");
  if (!node.contains("en")) throw LessonError("`" + path + "` has no English text (\"en\").");
  LocalizedText text;
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->is_string()) throw LessonError("`" + path + "." + it.key() + "` must be a string.");
    text.set(it.key(), it->get<std::string>());
  }
  return text;
}

nlohmann::json toJson(const LocalizedText& text) {
  if (text.translations.empty()) return text.english;
  nlohmann::json object = nlohmann::json::object();
  object["en"] = text.english;
  for (const auto& [language, translation] : text.translations) object[language] = translation;
  return object;
}

}  // namespace ebm
