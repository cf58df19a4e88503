// The label column of a point file: which header names mean "label", and label texts turned into class
// numbers.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ebm::pointfile {

/// True for a header name that announces a label column: label(s), class(es), target, category, cluster,
/// group, species (any case).
[[nodiscard]] bool isLabelName(const std::string& name);

/// True for a header name that announces the third coordinate: z, x3, x_3 (any case).
[[nodiscard]] bool isDepthName(const std::string& name);

/// Label texts → class numbers 0…K−1 in order of first appearance.
class LabelTable {
 public:
  /// A label column names classes; more distinct values than this is an id or a measurement, not a label.
  static constexpr std::size_t kMaxLabels = 1000;

  /// The class number of `name`, new names numbered in order. Throws LineFailure (at `column`) for the
  /// (kMaxLabels + 1)-th distinct name.
  int add(std::string_view name, int column);

  /// The names of classes 0…K−1. If every name is a whole number, classes are renumbered in numeric order
  /// ("0", "1", "2" stay 0, 1, 2 whatever came first) and `labels` is rewritten to match.
  [[nodiscard]] std::vector<std::string> finish(std::vector<int>& labels) const;

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> ids_;
  std::string key_;
  int lastId_ = 0;
};

}  // namespace ebm::pointfile
