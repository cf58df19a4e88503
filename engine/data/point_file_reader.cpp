#include "data/point_file_reader.h"

#include <algorithm>
#include <optional>

#include "data/label_table.h"
#include "data/line_reader.h"
#include "data/point_columns.h"
#include "data/point_line.h"

namespace ebm {
namespace {

using namespace pointfile;

constexpr Index kFirstCapacity = 4096;

using LabelKind = ColumnLayout::LabelKind;

class PointParser {
 public:
  PointParser(std::string displayName, const PointFileOptions& options, PointFileReport* report)
      : displayName_(std::move(displayName)), options_(options), report_(report) {}

  DataSet parse(ByteSource& source, std::string dataSetName) {
    if (options_.maxPoints < 1) throw ArgumentError("A point file import needs maxPoints >= 1.");
    options_.choice.validate();
    total_ = source.totalBytes();
    LineReader reader(source, kChunkBytes, kMaxLineBytes, [this](std::uint64_t bytesRead) {
      if (options_.progress && options_.progress(bytesRead, total_) == ImportDecision::Stop) {
        throw ImportCancelled("The import of " + displayName_ + " was cancelled.");
      }
    });
    reader_ = &reader;
    std::string_view line;
    try {
      while (reader.next(line)) {
        if (reader.lineNumber() <= options_.choice.skipLines) continue;
        if (reader.lineNumber() == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
        if (const auto bad = findBadByte(line))
          throw LineFailure{columnOfByte(line, bad->first), bad->second};
        if (!delimiter_) {
          const Delimiter delimiter = detectDelimiter(line);
          splitLine(line, delimiter, split_);
          if (split_.count == 0) continue;
          delimiter_ = delimiter;
          firstLine_ = reader.lineNumber();
          if (readHeader()) continue;
        } else {
          splitLine(line, *delimiter_, split_);
          if (split_.count == 0) continue;
        }
        readRow();
      }
    } catch (const LineFailure& failure) {
      throw PointFileError(displayName_, reader.lineNumber(), failure.column, failure.reason);
    } catch (const LineReader::LineTooLong& tooLong) {
      throw PointFileError(
          displayName_, tooLong.line, 0,
          tooLong.containsCarriageReturn
              ? "no line break found: the file uses old Mac line endings (CR); save it with "
                "Windows (CRLF) or Unix (LF) line endings"
              : "longer than " + std::to_string(kMaxLineBytes / 1024) + " KiB: this is not a point file");
    }
    return finish(std::move(dataSetName));
  }

 private:
  [[noreturn]] void failFile(const std::string& reason) const {
    throw PointFileError(displayName_, 0, 0, reason);
  }

  int columnOfByte(std::string_view line, std::size_t offset) const {
    try {
      SplitLine split;
      splitLine(line, delimiter_ ? *delimiter_ : detectDelimiter(line), split);
      return columnAt(split, offset);
    } catch (const LineFailure&) {
      return 1;
    }
  }

  // The first line is a header when none of its fields is a number. Returns true if it was one.
  bool readHeader() {
    if (!isHeaderLine(split_)) return false;
    header_ = true;
    columnCount_ = split_.count;
    for (int k = 0; k < split_.count; ++k)
      headerNames_.push_back(fieldText(split_[k]));
    if (options_.choice.chosen()) {
      layout_ = chosenLayout(options_.choice, headerNames_, columnCount_);
      startPoints();
    } else {
      if (headerNames_[0].empty()) {
        throw LineFailure{
            1,
            "empty field where the first column's name belongs (a file saved with an unnamed row "
            "index? in pandas, save with to_csv(index=False))"};
      }
      checkGuessableColumnCount(columnCount_, headerNames_);
    }
    return true;
  }

  void startPoints() {
    numeric_ = int(layout_.coordinates.size());
    points_.resize(numeric_, 0);
  }

  void readRow() {
    if (numeric_ == 0) {
      if (header_ && split_.count != columnCount_) raggedRow();
      columnCount_ = split_.count;
      if (options_.choice.chosen()) {
        layout_ = chosenLayout(options_.choice, headerNames_, columnCount_);
      } else {
        checkGuessableColumnCount(columnCount_, headerNames_);
        if (hasMissingValue(columnCount_)) return skipRow();  // guess from a complete row
        layout_ = guessedLayout(options_.labelColumn, split_, headerNames_, columnCount_);
      }
      startPoints();
    }
    if (split_.count != columnCount_) raggedRow();
    for (const int column : layout_.used) {
      if (isMissingValue(split_[column].text)) return skipRow();
    }
    if (rows_ == capacity_) grow();
    for (int k = 0; k < numeric_; ++k)
      points_(k, rows_) = number(layout_.coordinates[std::size_t(k)]);
    if (layout_.readsLabels()) {
      const Field& field = split_[layout_.label];
      if (layout_.labelKind == LabelKind::Whole && !isWholeNumberText(field.text)) {
        throw LineFailure{layout_.label + 1,
                          quoteForMessage(field.text) +
                              " is not a whole number, but this column holds labels (its first value "
                              "was one); a 4th numeric column is not supported"};
      }
      const std::string text = field.quoted ? fieldText(field) : std::string();
      labels_.push_back(
          labelTable_.add(field.quoted ? std::string_view(text) : field.text, layout_.label + 1));
    } else if (layout_.labelKind == LabelKind::Candidate) {
      trackCandidate(split_[2].text, points_(2, rows_));
    }
    ++rows_;
  }

  bool hasMissingValue(int columns) const {
    for (int k = 0; k < columns; ++k)
      if (isMissingValue(split_[k].text)) return true;
    return false;
  }

  void skipRow() {
    if (skipped_.firstSkippedLines.size() < PointFileReport::kListedLines)
      skipped_.firstSkippedLines.push_back(reader_->lineNumber());
    ++skipped_.skippedRows;
  }

  float number(int column) const {
    const Field& field = split_[column];
    float value = 0;
    switch (parseNumber(field.text, value)) {
      case NumberStatus::Ok:
        return value;
      case NumberStatus::NotANumber:
        if (const auto foreign = foreignDelimiterIn(field, *delimiter_))
          mixedDelimiters(column + 1, *foreign);
        throw LineFailure{column + 1, quoteForMessage(field.text) + " is not a number"};
      case NumberStatus::NotFinite:
        throw LineFailure{column + 1,
                          quoteForMessage(field.text) +
                              " is not a finite number: infinity cannot be drawn; fix or remove this point"};
      case NumberStatus::TooLarge:
        throw LineFailure{column + 1,
                          quoteForMessage(field.text) +
                              " is too large: coordinates must lie within +-3.4e38 (a 32-bit float)"};
    }
    return value;
  }

  [[noreturn]] void mixedDelimiters(int column, char foreign) const {
    const char* what = foreign == ',' ? "a comma" : foreign == ';' ? "a semicolon" : "a tab";
    throw LineFailure{column, std::string(what) + ", but this file separates its columns with " +
                                  delimiterName(*delimiter_) + " (line " + std::to_string(firstLine_) +
                                  "); use one delimiter throughout"};
  }

  [[noreturn]] void raggedRow() const {
    for (int k = 0; k < split_.count; ++k) {
      if (const auto foreign = foreignDelimiterIn(split_[k], *delimiter_)) mixedDelimiters(k + 1, *foreign);
    }
    const auto columns = [](int n) { return std::to_string(n) + (n == 1 ? " column" : " columns"); };
    throw LineFailure{std::min(split_.count, columnCount_) + 1,
                      "this row has " + columns(split_.count) + " but " +
                          (header_ ? "the header" : "the first row") + " (line " +
                          std::to_string(firstLine_) + ") has " + std::to_string(columnCount_)};
  }

  // A 3rd column stays a label candidate while it holds few different whole numbers.
  void trackCandidate(std::string_view text, float value) {
    if (!candidateAlive_) return;
    if (!isWholeNumberText(text)) {
      candidateAlive_ = false;
      return;
    }
    const int whole = int(value);
    const auto at = std::lower_bound(candidateValues_.begin(), candidateValues_.end(), whole);
    if (at != candidateValues_.end() && *at == whole) return;
    if (candidateValues_.size() == LabelTable::kMaxLabels) {
      candidateAlive_ = false;
      return;
    }
    candidateValues_.insert(at, whole);
  }

  // Room for more points. The first growth estimates the file's row count from the bytes per row so far, so a
  // large file is allocated about once; later growth is by half. Pages not yet written cost no memory.
  void grow() {
    if (rows_ >= options_.maxPoints) {
      throw LineFailure{0, "more than " + std::to_string(options_.maxPoints) +
                               " points; ebmscape reads at most " + std::to_string(options_.maxPoints) +
                               " from one file"};
    }
    Index wanted = capacity_ == 0 ? kFirstCapacity : capacity_ + capacity_ / 2;
    const std::uint64_t consumed = reader_->bytesConsumed();
    if (capacity_ > 0 && total_ > consumed && consumed > 0) {
      const double bytesPerRow = double(consumed) / double(rows_);
      wanted = std::max(wanted, Index(1.05 * double(total_) / bytesPerRow) + 1024);
    }
    capacity_ = std::min(wanted, options_.maxPoints);
    points_.conservativeResize(numeric_, capacity_);
    if (layout_.readsLabels()) labels_.reserve(std::size_t(capacity_));
  }

  DataSet finish(std::string name) {
    if (rows_ == 0) {
      if (skipped_.skippedRows > 0) {
        failFile("has no complete rows: each of its " + std::to_string(skipped_.skippedRows) +
                 " rows has a missing value (an empty field, NA, NaN, ? or null) in the columns read, the "
                 "first on line " +
                 std::to_string(skipped_.firstSkippedLines.front()) + ".");
      }
      if (header_) failFile("has a header (line " + std::to_string(firstLine_) + ") but no points below it.");
      if (total_ == 0 && !delimiter_) failFile("is empty: there are no points in it.");
      failFile("has no points: every line is blank or a comment.");
    }
    DataSet data;
    data.name = std::move(name);
    if (layout_.labelKind == LabelKind::Candidate && candidateAlive_) {
      // The 3rd column held a few whole numbers throughout: labels, not z.
      data.labels.resize(std::size_t(rows_));
      for (Index i = 0; i < rows_; ++i) {
        const int whole = int(points_(2, i));
        data.labels[std::size_t(i)] =
            int(std::lower_bound(candidateValues_.begin(), candidateValues_.end(), whole) -
                candidateValues_.begin());
      }
      for (const int value : candidateValues_)
        data.labelNames.push_back(std::to_string(value));
      dropThirdRowInPlace();
      data.points = std::move(points_);
    } else {
      points_.conservativeResize(numeric_, rows_);  // gives the unused tail back (realloc, no copy)
      data.points = std::move(points_);
      if (layout_.readsLabels()) {
        data.labelNames = labelTable_.finish(labels_);
        data.labels = std::move(labels_);
      }
    }
    data.dimension = int(data.points.rows());
    for (int k = 0; k < data.dimension; ++k) {
      const int column = layout_.coordinates[std::size_t(k)];
      if (header_) {
        data.columnNames.push_back(headerNames_[std::size_t(column)]);
      } else if (options_.choice.chosen()) {
        data.columnNames.emplace_back("column ");  // in two steps: GCC 12 warns falsely (bug 105329)
        data.columnNames.back() += std::to_string(column + 1);
      }
    }
    if (report_) *report_ = skipped_;
    return data;
  }

  // 3×capacity → 2×rows without a second buffer (a copy would double the peak memory of a 10M-row file): move
  // (x, y) of point i from floats 3i, 3i+1 to 2i, 2i+1 (never overwriting what is still to be read), then
  // reshape. Eigen's resize() keeps the data when the number of coefficients is unchanged, and a conservative
  // shrink of the columns is a realloc that keeps the front.
  void dropThirdRowInPlace() {
    float* values = points_.data();
    for (Index i = 0; i < rows_; ++i) {
      values[2 * i] = values[3 * i];
      values[2 * i + 1] = values[3 * i + 1];
    }
    points_.resize(1, 3 * capacity_);
    points_.conservativeResize(1, 2 * rows_);
    points_.resize(2, rows_);
  }

  std::string displayName_;
  const PointFileOptions& options_;
  PointFileReport* report_;
  PointFileReport skipped_;
  LineReader* reader_ = nullptr;
  std::uint64_t total_ = 0;
  std::optional<Delimiter> delimiter_;
  std::int64_t firstLine_ = 0;
  bool header_ = false;
  std::vector<std::string> headerNames_;
  int columnCount_ = 0, numeric_ = 0;
  ColumnLayout layout_;
  SplitLine split_;
  Points points_;
  Index rows_ = 0, capacity_ = 0;
  std::vector<int> labels_;
  LabelTable labelTable_;
  bool candidateAlive_ = true;
  std::vector<int> candidateValues_;
};

}  // namespace

PointFileError::PointFileError(const std::string& file, std::int64_t line, int column,
                               const std::string& reason)
    : DataError(file + (line > 0 ? ", line " + std::to_string(line) : std::string()) +
                (line > 0 && column > 0 ? ", column " + std::to_string(column) : std::string()) +
                (line > 0 ? ": " : " ") + reason + (reason.empty() || reason.back() == '.' ? "" : ".")),
      line_(line),
      column_(column) {}

std::string PointFileReport::describe() const {
  if (skippedRows == 0) return {};
  std::string lines;
  for (std::size_t i = 0; i < firstSkippedLines.size(); ++i)
    lines += (i > 0 ? ", " : "") + std::to_string(firstSkippedLines[i]);
  if (Index(firstSkippedLines.size()) < skippedRows) lines += ", …";
  return "Skipped " + std::to_string(skippedRows) + (skippedRows == 1 ? " row" : " rows") +
         " with a missing value (" + (firstSkippedLines.size() == 1 ? "line " : "lines ") + lines + ").";
}

DataSet readPointText(std::string_view text, const std::string& name, const PointFileOptions& options,
                      PointFileReport* report) {
  MemorySource source(text);
  return PointParser(name, options, report).parse(source, name);
}

DataSet readPointFile(const std::filesystem::path& path, const PointFileOptions& options,
                      PointFileReport* report) {
  const auto source = FileSource::open(path);
  return PointParser(path.filename().string(), options, report).parse(*source, path.stem().string());
}

}  // namespace ebm
