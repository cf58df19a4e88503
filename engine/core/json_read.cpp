#include "core/json_read.h"

#include "core/localized_text.h"

#include <cmath>

#include "core/errors.h"

namespace ebm::json_read {

void fail(const std::string& path, const std::string& what) {
  throw LessonError("`" + path + "` " + what + ".");
}

const nlohmann::json& object(const nlohmann::json& node, const std::string& path) {
  if (!node.is_object()) fail(path, "must be an object");
  return node;
}

const nlohmann::json& array(const nlohmann::json& node, const std::string& path) {
  if (!node.is_array()) fail(path, "must be an array");
  return node;
}

const nlohmann::json& member(const nlohmann::json& node, const std::string& key, const std::string& path) {
  object(node, path);
  auto it = node.find(key);
  if (it == node.end()) fail(path + "." + key, "is missing");
  return *it;
}

double number(const nlohmann::json& node, const std::string& path) {
  if (!node.is_number()) fail(path, "must be a number");
  const double value = node.get<double>();
  if (!std::isfinite(value)) fail(path, "must be finite");
  return value;
}

double numberOr(const nlohmann::json& node, const std::string& key, double fallback,
                const std::string& path) {
  object(node, path);
  auto it = node.find(key);
  return it == node.end() ? fallback : number(*it, path + "." + key);
}

double positiveOr(const nlohmann::json& node, const std::string& key, double fallback,
                  const std::string& path) {
  const double value = numberOr(node, key, fallback, path);
  if (!(value > 0)) fail(path + "." + key, "must be positive");
  return value;
}

int integerOr(const nlohmann::json& node, const std::string& key, int fallback, const std::string& path) {
  object(node, path);
  auto it = node.find(key);
  if (it == node.end()) return fallback;
  if (!it->is_number_integer()) fail(path + "." + key, "must be a whole number");
  const auto value = it->get<long long>();
  if (value < -2147483647LL || value > 2147483647LL) fail(path + "." + key, "is out of range");
  return int(value);
}

std::string text(const nlohmann::json& node, const std::string& path) {
  if (node.is_object()) return readLocalizedText(node, path).shown();  // {"en": …, "zh_CN": …}
  if (!node.is_string()) fail(path, "must be a string");
  return node.get<std::string>();
}

std::string textOr(const nlohmann::json& node, const std::string& key, const std::string& fallback,
                   const std::string& path) {
  object(node, path);
  auto it = node.find(key);
  return it == node.end() ? fallback : text(*it, path + "." + key);
}

bool flagOr(const nlohmann::json& node, const std::string& key, bool fallback, const std::string& path) {
  object(node, path);
  auto it = node.find(key);
  if (it == node.end()) return fallback;
  if (!it->is_boolean()) fail(path + "." + key, "must be true or false");
  return it->get<bool>();
}

Eigen::VectorXd vector(const nlohmann::json& node, const std::string& path, int size) {
  array(node, path);
  if (size >= 0 && int(node.size()) != size) {
    fail(path, "must have " + std::to_string(size) + " numbers, not " + std::to_string(node.size()));
  }
  Eigen::VectorXd out(Eigen::Index(node.size()));
  for (std::size_t i = 0; i < node.size(); ++i)
    out[Eigen::Index(i)] = number(node[i], path + "[" + std::to_string(i) + "]");
  return out;
}

Eigen::MatrixXd matrix(const nlohmann::json& node, const std::string& path, int rows, int cols) {
  array(node, path);
  if (int(node.size()) != rows) fail(path, "must have " + std::to_string(rows) + " rows");
  Eigen::MatrixXd out(rows, cols);
  for (int r = 0; r < rows; ++r)
    out.row(r) = vector(node[r], path + "[" + std::to_string(r) + "]", cols).transpose();
  return out;
}

}  // namespace ebm::json_read
