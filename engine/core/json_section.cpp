#include "core/json_section.h"

#include <cmath>

#include "core/errors.h"
#include "core/json_read.h"
#include "core/number_text.h"

namespace ebm {
std::string integerOutOfRange(const std::string& path, long long value, long long lowest, long long highest) {
  return "`" + path + "` is " + std::to_string(value) + "; it must be between " + std::to_string(lowest) +
         " and " + std::to_string(highest) + ".";
}

std::string numberOutOfRange(const std::string& path, double value, double lowest, double highest) {
  return "`" + path + "` is " + shortNumber(value) + "; it must be between " + shortNumber(lowest) + " and " +
         shortNumber(highest) + ".";
}

JsonSection::JsonSection(const nlohmann::json& node, std::string path) : node_(node), path_(std::move(path)) {
  json_read::object(node_, path_.empty() ? "lesson" : path_);
}

bool JsonSection::has(const std::string& key) {
  known_.insert(key);
  return node_.contains(key);
}

const nlohmann::json& JsonSection::at(const std::string& key) {
  known_.insert(key);
  auto it = node_.find(key);
  if (it == node_.end()) throw LessonError("`" + path(key) + "` is missing.");
  return *it;
}

double JsonSection::number(const std::string& key, double fallback, double lowest, double highest) {
  if (!has(key)) return fallback;
  const double value = json_read::number(node_[key], path(key));
  if (value < lowest || value > highest)
    throw LessonError(numberOutOfRange(path(key), value, lowest, highest));
  return value;
}

int JsonSection::integer(const std::string& key, int fallback, int lowest, int highest) {
  if (!has(key)) return fallback;
  const auto& value = node_[key];
  if (!value.is_number_integer()) throw LessonError("`" + path(key) + "` must be a whole number.");
  const long long n = value.get<long long>();
  if (n < lowest || n > highest) throw LessonError(integerOutOfRange(path(key), n, lowest, highest));
  return int(n);
}

std::uint64_t JsonSection::seed(const std::string& key, std::uint64_t fallback) {
  if (!has(key)) return fallback;
  const auto& value = node_[key];
  if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<long long>() >= 0)) {
    throw LessonError("`" + path(key) + "` must be a whole number ≥ 0.");
  }
  return value.get<std::uint64_t>();
}

bool JsonSection::flag(const std::string& key, bool fallback) {
  if (!has(key)) return fallback;
  if (!node_[key].is_boolean()) throw LessonError("`" + path(key) + "` must be true or false.");
  return node_[key].get<bool>();
}

std::string JsonSection::text(const std::string& key, const std::string& fallback) {
  if (!has(key)) return fallback;
  return json_read::text(node_[key], path(key));
}

LocalizedText JsonSection::localized(const std::string& key, const LocalizedText& fallback) {
  if (!has(key)) return fallback;
  return readLocalizedText(node_[key], path(key));
}

nlohmann::json JsonSection::unknownMembers() const {
  nlohmann::json unknown = nlohmann::json::object();
  for (auto it = node_.begin(); it != node_.end(); ++it) {
    if (!known_.count(it.key())) unknown[it.key()] = it.value();
  }
  return unknown;
}

}  // namespace ebm
