#include "data/point_file_preview.h"

#include <algorithm>
#include <optional>
#include <set>

#include "core/errors.h"
#include "data/label_table.h"
#include "data/line_reader.h"
#include "data/point_line.h"

namespace ebm {
namespace {

using namespace pointfile;

// A column of few distinct whole numbers (0, 1, 2) reads as class numbers, like iris's last column.
bool looksLikeClassNumbers(const PointFilePreview& preview, int column) {
  std::set<std::string> values;
  for (const auto& row : preview.rows) {
    if (std::size_t(column) >= row.size() || isMissingValue(row[std::size_t(column)])) continue;
    if (!isWholeNumberText(row[std::size_t(column)])) return false;
    values.insert(row[std::size_t(column)]);
  }
  return !values.empty() && values.size() <= 10;
}

void suggest(PointFilePreview& preview, int dimension) {
  int label = -1;
  for (int c = 0; c < int(preview.headerNames.size()) && label < 0; ++c)
    if (isLabelName(preview.headerNames[std::size_t(c)])) label = c;
  for (int c = 0; c < preview.columnCount && label < 0; ++c)
    if (!preview.numeric[std::size_t(c)]) label = c;
  std::vector<int> coordinates;
  for (int c = 0; c < preview.columnCount; ++c)
    if (preview.numeric[std::size_t(c)] && c != label) coordinates.push_back(c);
  const int last = preview.columnCount - 1;
  if (label < 0 && int(coordinates.size()) > dimension && coordinates.back() == last &&
      looksLikeClassNumbers(preview, last)) {
    label = last;
    coordinates.pop_back();
  }
  if (int(coordinates.size()) < dimension) return;
  for (int k = 0; k < dimension; ++k)
    preview.suggestion.coordinates.push_back(preview.choiceName(coordinates[std::size_t(k)]));
  if (label >= 0) preview.suggestion.label = preview.choiceName(label);
}

PointFilePreview preview(ByteSource& source, const std::string& name, int skipLines, int dimension,
                         int maxRows) {
  if (skipLines < 0) throw ArgumentError("The lines to skip cannot be negative.");
  if (dimension != 2 && dimension != 3) throw ArgumentError("A preview chooses 2 or 3 coordinates.");
  if (maxRows < 1) throw ArgumentError("A preview shows at least one row.");
  PointFilePreview result;
  result.suggestion.skipLines = skipLines;
  LineReader reader(source, kChunkBytes, kMaxLineBytes, {});
  std::optional<Delimiter> delimiter;
  SplitLine split;
  std::string_view line;
  try {
    while (int(result.rows.size()) < maxRows && reader.next(line)) {
      if (reader.lineNumber() <= skipLines) continue;
      if (reader.lineNumber() == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
      if (const auto bad = findBadByte(line)) throw LineFailure{0, bad->second};
      const Delimiter lineDelimiter = delimiter ? *delimiter : detectDelimiter(line);
      splitLine(line, lineDelimiter, split);
      if (split.count == 0) continue;
      std::vector<std::string> fields;
      fields.reserve(std::size_t(split.count));
      for (int k = 0; k < split.count; ++k)
        fields.push_back(fieldText(split[k]));
      result.columnCount = std::max(result.columnCount, split.count);
      if (!delimiter) {
        delimiter = lineDelimiter;
        if (isHeaderLine(split)) {
          result.headerNames = std::move(fields);
          result.headerLine = reader.lineNumber();
          continue;
        }
      }
      result.rows.push_back(std::move(fields));
      result.rowLines.push_back(reader.lineNumber());
    }
  } catch (const LineFailure& failure) {
    throw PointFileError(name, reader.lineNumber(), failure.column, failure.reason);
  } catch (const LineReader::LineTooLong& tooLong) {
    throw PointFileError(name, tooLong.line, 0, "longer than 64 KiB: this is not a point file");
  }
  if (delimiter) result.delimiter = delimiterName(*delimiter);
  result.numeric.assign(std::size_t(result.columnCount), true);
  for (const auto& row : result.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      float ignored;
      if (!isMissingValue(row[c]) && parseNumber(row[c], ignored) == NumberStatus::NotANumber)
        result.numeric[c] = false;
    }
  }
  suggest(result, dimension);
  return result;
}

}  // namespace

std::string PointFilePreview::columnName(int column) const {
  if (std::size_t(column) < headerNames.size() && !headerNames[std::size_t(column)].empty())
    return headerNames[std::size_t(column)];
  std::string name = "column ";  // in two steps: GCC 12 warns falsely on "…" + to_string (bug 105329)
  name += std::to_string(column + 1);
  return name;
}

std::string PointFilePreview::choiceName(int column) const {
  if (std::size_t(column) < headerNames.size() && !headerNames[std::size_t(column)].empty())
    return headerNames[std::size_t(column)];
  return std::to_string(column + 1);
}

PointFilePreview previewPointFile(const std::filesystem::path& path, int skipLines, int dimension,
                                  int maxRows) {
  const auto source = FileSource::open(path);
  return preview(*source, path.filename().string(), skipLines, dimension, maxRows);
}

PointFilePreview previewPointText(std::string_view text, int skipLines, int dimension, int maxRows,
                                  const std::string& name) {
  MemorySource source(text);
  return preview(source, name, skipLines, dimension, maxRows);
}

}  // namespace ebm
