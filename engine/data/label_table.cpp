#include "data/label_table.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <numeric>

#include "data/point_line.h"

namespace ebm::pointfile {
namespace {

std::string lowercase(std::string text) {
  for (char& c : text)
    c = char(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

bool isLabelName(const std::string& name) {
  static const char* const names[] = {"label",    "labels",  "class", "classes", "target",
                                      "category", "cluster", "group", "species"};
  const std::string lower = lowercase(name);
  return std::any_of(std::begin(names), std::end(names), [&](const char* n) { return lower == n; });
}

bool isDepthName(const std::string& name) {
  const std::string lower = lowercase(name);
  return lower == "z" || lower == "x3" || lower == "x_3";
}

int LabelTable::add(std::string_view name, int column) {
  if (!names_.empty() && name == names_[std::size_t(lastId_)]) return lastId_;  // labels often come in runs
  key_.assign(name);
  const auto found = ids_.find(key_);
  if (found != ids_.end()) return lastId_ = found->second;
  if (names_.size() == kMaxLabels) {
    throw LineFailure{column, "more than " + std::to_string(kMaxLabels) +
                                  " different labels: a label column names classes (is this column an id?)"};
  }
  names_.push_back(key_);
  ids_.emplace(key_, int(names_.size() - 1));
  return lastId_ = int(names_.size() - 1);
}

std::vector<std::string> LabelTable::finish(std::vector<int>& labels) const {
  if (!std::all_of(names_.begin(), names_.end(), [](const std::string& n) { return isWholeNumberText(n); })) {
    return names_;
  }
  std::vector<int> order(names_.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return std::stol(names_[std::size_t(a)]) < std::stol(names_[std::size_t(b)]);
  });
  std::vector<int> newId(names_.size());
  std::vector<std::string> sorted;
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    newId[std::size_t(order[rank])] = int(rank);
    sorted.push_back(names_[std::size_t(order[rank])]);
  }
  for (int& label : labels)
    label = newId[std::size_t(label)];
  return sorted;
}

}  // namespace ebm::pointfile
