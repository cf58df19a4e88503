// Typed reads from JSON with errors that name the path of the offending value.
#pragma once

#include <string>
#include <vector>

#include <Eigen/Core>
#include <nlohmann/json.hpp>

namespace ebm::json_read {

/// Throws LessonError "`path` what." — the one form of every lesson and spec error that names a value.
[[noreturn]] void fail(const std::string& path, const std::string& what);

/// The member `key` of object `node`; throws LessonError "`path.key` is missing" if absent.
const nlohmann::json& member(const nlohmann::json& node, const std::string& key, const std::string& path);
double number(const nlohmann::json& node, const std::string& path);
double numberOr(const nlohmann::json& node, const std::string& key, double fallback, const std::string& path);
/// numberOr() that must be > 0 (a temperature, a width, a scale); throws "`path.key` must be positive".
double positiveOr(const nlohmann::json& node, const std::string& key, double fallback,
                  const std::string& path);
int integerOr(const nlohmann::json& node, const std::string& key, int fallback, const std::string& path);
std::string text(const nlohmann::json& node, const std::string& path);
std::string textOr(const nlohmann::json& node, const std::string& key, const std::string& fallback,
                   const std::string& path);
bool flagOr(const nlohmann::json& node, const std::string& key, bool fallback, const std::string& path);
/// A numeric array of length `size` (any length if size < 0).
Eigen::VectorXd vector(const nlohmann::json& node, const std::string& path, int size = -1);
/// A rows×cols array of arrays.
Eigen::MatrixXd matrix(const nlohmann::json& node, const std::string& path, int rows, int cols);
const nlohmann::json& array(const nlohmann::json& node, const std::string& path);
const nlohmann::json& object(const nlohmann::json& node, const std::string& path);

}  // namespace ebm::json_read
