#include "data/point_columns.h"

#include <algorithm>
#include <cctype>

#include "data/label_table.h"

namespace ebm::pointfile {
namespace {

bool sameIgnoringCase(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// "species, island, bill_length_mm, …": the first names of a header, for messages.
std::string someNames(const std::vector<std::string>& names) {
  constexpr std::size_t kShown = 8;
  std::string text;
  for (std::size_t i = 0; i < std::min(names.size(), kShown); ++i)
    text += (i > 0 ? ", " : "") + (names[i].empty() ? std::string("(unnamed)") : names[i]);
  if (names.size() > kShown) text += ", …";
  return text;
}

std::string describeChoice(const std::string& choice, const std::vector<std::string>& headerNames,
                           int column) {
  if (!headerNames.empty() && !headerNames[std::size_t(column)].empty() &&
      headerNames[std::size_t(column)] != choice)
    return "column " + std::to_string(column + 1) + " (" + headerNames[std::size_t(column)] + ")";
  return "column \"" + choice + "\"";
}

int resolve(const std::string& choice, const char* role, const std::vector<std::string>& headerNames,
            int columnCount) {
  const int column = findColumn(choice, headerNames, columnCount);
  if (column >= 0) return column;
  const bool position = !choice.empty() && std::all_of(choice.begin(), choice.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
  const std::string what = std::string("the ") + role + " column \"" + choice + "\"";
  if (position) {
    throw LineFailure{0, what + " does not exist: the file has " + std::to_string(columnCount) +
                             " columns (numbered 1 to " + std::to_string(columnCount) + ")"};
  }
  if (headerNames.empty()) {
    throw LineFailure{
        0, what + " is a name, but the file has no header line: choose columns by their number, 1 to " +
               std::to_string(columnCount)};
  }
  throw LineFailure{0, what + " is not in the header; its columns are " + someNames(headerNames)};
}

}  // namespace

int findColumn(const std::string& choice, const std::vector<std::string>& headerNames, int columnCount) {
  for (std::size_t i = 0; i < headerNames.size(); ++i)
    if (headerNames[i] == choice) return int(i);
  for (std::size_t i = 0; i < headerNames.size(); ++i)
    if (sameIgnoringCase(headerNames[i], choice)) return int(i);
  if (choice.empty() || choice.size() > 6 || !std::all_of(choice.begin(), choice.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return -1;
  const int position = std::stoi(choice);
  return position >= 1 && position <= columnCount ? position - 1 : -1;
}

ColumnLayout chosenLayout(const ImportChoice& choice, const std::vector<std::string>& headerNames,
                          int columnCount) {
  static const char* const kAxes[] = {"x", "y", "z"};
  ColumnLayout layout;
  layout.columnCount = columnCount;
  for (std::size_t k = 0; k < choice.coordinates.size(); ++k)
    layout.coordinates.push_back(resolve(choice.coordinates[k], kAxes[k], headerNames, columnCount));
  if (!choice.label.empty()) {
    layout.label = resolve(choice.label, "label", headerNames, columnCount);
    layout.labelKind = ColumnLayout::LabelKind::Text;
  }
  layout.used = layout.coordinates;
  if (layout.label >= 0) layout.used.push_back(layout.label);
  for (std::size_t i = 0; i < layout.used.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (layout.used[i] != layout.used[j]) continue;
      const std::string& text = i < choice.coordinates.size() ? choice.coordinates[i] : choice.label;
      throw LineFailure{0, describeChoice(text, headerNames, layout.used[i]) + " is chosen twice: x, y" +
                               (choice.coordinates.size() == 3 ? ", z" : "") +
                               (layout.label >= 0 ? " and the label" : "") + " need different columns"};
    }
  }
  return layout;
}

void checkGuessableColumnCount(int columnCount, const std::vector<std::string>& headerNames) {
  if (columnCount == 1) {
    throw LineFailure{1,
                      "only one column: a point file needs 2 or 3 numbers per line (x, y[, z]), optionally "
                      "followed by a label, separated by commas, tabs, semicolons or spaces"};
  }
  if (columnCount > 4) {
    throw LineFailure{5, std::to_string(columnCount) + " columns" +
                             (headerNames.empty() ? std::string() : " (" + someNames(headerNames) + ")") +
                             ": choose 2 or 3 of them as x, y[, z] and, if you like, a label column — in the "
                             "window's import dialog, or with --columns A,B[,C] and --label L on the command "
                             "line (names from the header or 1-based numbers)"};
  }
}

ColumnLayout guessedLayout(LabelColumn labelColumn, const SplitLine& firstRow,
                           const std::vector<std::string>& headerNames, int columnCount) {
  const int c = columnCount;
  const bool header = !headerNames.empty();
  const bool headerSaysLabel = header && isLabelName(headerNames.back());
  const bool headerSaysDepth = header && isDepthName(headerNames.back());
  const Field& last = firstRow[std::min(firstRow.count, c) - 1];
  float value;
  const bool lastIsNumber = parseNumber(last.text, value) != NumberStatus::NotANumber;
  const bool lastIsWhole = isWholeNumberText(last.text);
  const auto moreThanThreeNumbers = [] {
    return LineFailure{4,
                       "more than 3 numeric columns: ebmscape reads 2D or 3D points (x, y[, z]), optionally "
                       "followed by one label column; choose 2 or 3 of them as x, y[, z]"};
  };
  using Kind = ColumnLayout::LabelKind;
  Kind kind = Kind::None;
  int numeric = c;
  switch (labelColumn) {
    case LabelColumn::None:
      if (c == 4) throw moreThanThreeNumbers();
      break;
    case LabelColumn::Last:
      if (c == 2) throw LineFailure{3, "no label column: this file has only 2 columns (x, y)"};
      numeric = c - 1;
      kind = Kind::Text;
      break;
    case LabelColumn::Auto:
      numeric = c == 4 ? 3 : c;
      if (c == 2 || (c == 3 && headerSaysDepth)) break;
      if (headerSaysLabel || !lastIsNumber) {
        kind = Kind::Text;
      } else if (!lastIsWhole) {
        if (c == 4) throw moreThanThreeNumbers();
      } else {
        kind = c == 4 ? Kind::Whole : Kind::Candidate;
      }
      if (kind == Kind::Text || kind == Kind::Whole) numeric = c - 1;
      break;
  }
  ColumnLayout layout;
  layout.columnCount = c;
  for (int k = 0; k < numeric; ++k)
    layout.coordinates.push_back(k);
  layout.labelKind = kind;
  if (kind != Kind::None) layout.label = kind == Kind::Candidate ? 2 : c - 1;
  for (int k = 0; k < c; ++k)
    layout.used.push_back(k);
  return layout;
}

}  // namespace ebm::pointfile
