// Reading one JSON object of a file section by section: typed members with ranges, and the members nobody
// asked for reported as "unknown, kept" instead of silently dropped.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/localized_text.h"

namespace ebm {

/// "`path` is 0; it must be between 1 and 100000." — the message of a value outside its range.
[[nodiscard]] std::string integerOutOfRange(const std::string& path, long long value, long long lowest,
                                            long long highest);
[[nodiscard]] std::string numberOutOfRange(const std::string& path, double value, double lowest,
                                           double highest);

/// A view on one JSON object at `path` (e.g. "sampler"). Every getter records the key as known;
/// unknownMembers() returns the members never asked for, so the caller can warn and keep them. Getters throw
/// LessonError naming `path.key` for a wrong type or a value out of [lowest, highest].
class JsonSection {
 public:
  /// Throws LessonError if `node` is not an object.
  JsonSection(const nlohmann::json& node, std::string path);

  [[nodiscard]] bool has(const std::string& key);
  /// The member itself (required): throws "`path.key` is missing".
  [[nodiscard]] const nlohmann::json& at(const std::string& key);
  [[nodiscard]] double number(const std::string& key, double fallback, double lowest, double highest);
  [[nodiscard]] int integer(const std::string& key, int fallback, int lowest, int highest);
  [[nodiscard]] std::uint64_t seed(const std::string& key, std::uint64_t fallback);
  [[nodiscard]] bool flag(const std::string& key, bool fallback);
  /// A string; a {"en": …, "zh_CN": …} object gives its text in textLanguage() (core/localized_text.h).
  [[nodiscard]] std::string text(const std::string& key, const std::string& fallback);
  /// Text in every language the file gives, for a lesson that is written back whole.
  [[nodiscard]] LocalizedText localized(const std::string& key, const LocalizedText& fallback);
  [[nodiscard]] std::string path(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
  }

  /// The members never asked for (an object, possibly empty).
  [[nodiscard]] nlohmann::json unknownMembers() const;

 private:
  const nlohmann::json& node_;
  std::string path_;
  std::set<std::string> known_;
};

}  // namespace ebm
