#include "data/point_file_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <system_error>

#include "data/label_table.h"
#include "data/line_reader.h"
#include "data/point_line.h"

namespace ebm {
namespace {

using namespace pointfile;

constexpr std::size_t kChunkBytes = std::size_t(1) << 20;
constexpr std::size_t kMaxLineBytes = std::size_t(64) << 10;
constexpr Index kFirstCapacity = 4096;

/// How the label column is read.
enum class LabelKind {
  None,
  Text,       ///< any text is a label name
  Whole,      ///< labels must be whole numbers (a 4th column that started with one)
  Candidate,  ///< a 3rd column of whole numbers so far: labels if it stays so, else z (decided at the end)
};

class PointParser {
 public:
  PointParser(std::string displayName, const PointFileOptions& options)
      : displayName_(std::move(displayName)), options_(options) {}

  DataSet parse(ByteSource& source, std::string dataSetName) {
    if (options_.maxPoints < 1) throw ArgumentError("A point file import needs maxPoints >= 1.");
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
        if (reader.lineNumber() == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
        if (const auto bad = findBadByte(line))
          throw LineFailure{columnOfByte(line, bad->first), bad->second};
        if (!delimiter_) {
          const Delimiter delimiter = detectDelimiter(line);
          splitFirstLine(line, delimiter);
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

  void splitFirstLine(std::string_view line, Delimiter delimiter) {
    try {
      splitLine(line, delimiter, split_);
    } catch (LineFailure& failure) {
      if (failure.column == 1 && failure.reason == "empty field") {
        failure.reason +=
            " where the first column's name or value belongs (a file saved with an unnamed row "
            "index? in pandas, save with to_csv(index=False))";
      }
      throw;
    }
  }

  // The first line is a header when its first field is not a number. Returns true if it was one.
  bool readHeader() {
    float ignored;
    if (parseNumber(split_.fields[0].text, ignored) != NumberStatus::NotANumber) return false;
    header_ = true;
    columnCount_ = split_.count;
    checkColumnCount();
    for (int k = 0; k < std::min(split_.count, SplitLine::kMaxFields); ++k)
      headerNames_.push_back(fieldText(split_.fields[std::size_t(k)]));
    return true;
  }

  void checkColumnCount() const {
    if (columnCount_ == 1) {
      throw LineFailure{1,
                        "only one column: a point file needs 2 or 3 numbers per line (x, y[, z]), optionally "
                        "followed by a label, separated by commas, tabs, semicolons or spaces"};
    }
    if (columnCount_ > 4) {
      throw LineFailure{
          5, std::to_string(columnCount_) +
                 " columns: a point file has 2 or 3 numeric columns (x, y[, z]) and at most one label "
                 "column after them"};
    }
  }

  [[noreturn]] void moreThanThreeNumbers() const {
    throw LineFailure{4,
                      "more than 3 numeric columns: ebmscape reads 2D or 3D points (x, y[, z]), optionally "
                      "followed by one label column"};
  }

  // Decides from the first data row (and the header) which columns are coordinates and which is a label.
  void decideLayout() {
    if (!header_) {
      columnCount_ = split_.count;
      checkColumnCount();
    }
    const int c = columnCount_;
    const bool headerSaysLabel = header_ && isLabelName(headerNames_.back());
    const bool headerSaysDepth = header_ && isDepthName(headerNames_.back());
    const Field& last = split_.fields[std::size_t(std::min(split_.count, c) - 1)];
    float value;
    const bool lastIsNumber = parseNumber(last.text, value) != NumberStatus::NotANumber;
    const bool lastIsWhole = isWholeNumberText(last.text);
    switch (options_.labelColumn) {
      case LabelColumn::None:
        if (c == 4) moreThanThreeNumbers();
        numeric_ = c;
        break;
      case LabelColumn::Last:
        if (c == 2) throw LineFailure{3, "no label column: this file has only 2 columns (x, y)"};
        numeric_ = c - 1;
        labelKind_ = LabelKind::Text;
        break;
      case LabelColumn::Auto:
        numeric_ = c == 4 ? 3 : c;
        if (c == 2 || (c == 3 && headerSaysDepth)) break;
        if (headerSaysLabel || !lastIsNumber) {
          labelKind_ = LabelKind::Text;
        } else if (!lastIsWhole) {
          if (c == 4) moreThanThreeNumbers();
        } else {
          labelKind_ = c == 4 ? LabelKind::Whole : LabelKind::Candidate;
        }
        if (labelKind_ != LabelKind::Candidate && labelKind_ != LabelKind::None) numeric_ = c - 1;
        break;
    }
    points_.resize(numeric_, 0);
  }

  void readRow() {
    if (numeric_ == 0) {
      if (header_ && split_.count != columnCount_) raggedRow();
      decideLayout();
    }
    if (split_.count != columnCount_) raggedRow();
    if (rows_ == capacity_) grow();
    for (int k = 0; k < numeric_; ++k)
      points_(k, rows_) = number(k);
    if (labelKind_ == LabelKind::Text || labelKind_ == LabelKind::Whole) {
      const Field& field = split_.fields[std::size_t(columnCount_ - 1)];
      if (labelKind_ == LabelKind::Whole && !isWholeNumberText(field.text)) {
        throw LineFailure{columnCount_,
                          quoteForMessage(field.text) +
                              " is not a whole number, but this column holds labels (its first value "
                              "was one); a 4th numeric column is not supported"};
      }
      const std::string text = field.quoted ? fieldText(field) : std::string();
      labels_.push_back(labelTable_.add(field.quoted ? std::string_view(text) : field.text, columnCount_));
    } else if (labelKind_ == LabelKind::Candidate) {
      trackCandidate(split_.fields[2].text, points_(2, rows_));
    }
    ++rows_;
  }

  float number(int k) const {
    const Field& field = split_.fields[std::size_t(k)];
    float value = 0;
    switch (parseNumber(field.text, value)) {
      case NumberStatus::Ok:
        return value;
      case NumberStatus::NotANumber:
        if (const auto foreign = foreignDelimiterIn(field, *delimiter_)) mixedDelimiters(k + 1, *foreign);
        if (field.text.empty()) throw LineFailure{k + 1, "empty field where a number belongs"};
        throw LineFailure{k + 1, quoteForMessage(field.text) + " is not a number"};
      case NumberStatus::NotFinite:
        throw LineFailure{k + 1,
                          quoteForMessage(field.text) +
                              " is not a finite number: NaN and infinity cannot be drawn; fix or remove "
                              "this point"};
      case NumberStatus::TooLarge:
        throw LineFailure{k + 1, quoteForMessage(field.text) +
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
    const int recorded = std::min(split_.count, SplitLine::kMaxFields);
    for (int k = 0; k < recorded; ++k) {
      if (const auto foreign = foreignDelimiterIn(split_.fields[std::size_t(k)], *delimiter_)) {
        mixedDelimiters(k + 1, *foreign);
      }
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
    if (labelKind_ == LabelKind::Text || labelKind_ == LabelKind::Whole)
      labels_.reserve(std::size_t(capacity_));
  }

  DataSet finish(std::string name) {
    if (rows_ == 0) {
      if (header_) failFile("has a header (line " + std::to_string(firstLine_) + ") but no points below it.");
      if (total_ == 0 && !delimiter_) failFile("is empty: there are no points in it.");
      failFile("has no points: every line is blank or a comment.");
    }
    DataSet data;
    data.name = std::move(name);
    if (labelKind_ == LabelKind::Candidate && candidateAlive_) {
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
      if (labelKind_ == LabelKind::Text || labelKind_ == LabelKind::Whole) {
        data.labelNames = labelTable_.finish(labels_);
        data.labels = std::move(labels_);
      }
    }
    data.dimension = int(data.points.rows());
    if (header_) data.columnNames.assign(headerNames_.begin(), headerNames_.begin() + data.dimension);
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
  LineReader* reader_ = nullptr;
  std::uint64_t total_ = 0;
  std::optional<Delimiter> delimiter_;
  std::int64_t firstLine_ = 0;
  bool header_ = false;
  std::vector<std::string> headerNames_;
  int columnCount_ = 0, numeric_ = 0;
  LabelKind labelKind_ = LabelKind::None;
  SplitLine split_;
  Points points_;
  Index rows_ = 0, capacity_ = 0;
  std::vector<int> labels_;
  LabelTable labelTable_;
  bool candidateAlive_ = true;
  std::vector<int> candidateValues_;
};

std::string describePath(const std::filesystem::path& path) {
  return "\"" + path.string() + "\"";
}

}  // namespace

PointFileError::PointFileError(const std::string& file, std::int64_t line, int column,
                               const std::string& reason)
    : DataError(file + (line > 0 ? ", line " + std::to_string(line) : std::string()) +
                (line > 0 && column > 0 ? ", column " + std::to_string(column) : std::string()) +
                (line > 0 ? ": " : " ") + reason + (reason.empty() || reason.back() == '.' ? "" : ".")),
      line_(line),
      column_(column) {}

DataSet readPointText(std::string_view text, const std::string& name, const PointFileOptions& options) {
  MemorySource source(text);
  return PointParser(name, options).parse(source, name);
}

DataSet readPointFile(const std::filesystem::path& path, const PointFileOptions& options) {
  namespace fs = std::filesystem;
  const std::string display = path.filename().string();
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory) {
    throw PointFileError(describePath(path), 0, 0, "cannot be read: " + error.message() + ".");
  }
  if (!fs::exists(status)) throw PointFileError(describePath(path), 0, 0, "does not exist.");
  if (fs::is_directory(status))
    throw PointFileError(describePath(path), 0, 0, "is a folder, not a point file.");
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    const int code = errno;
    throw PointFileError(describePath(path), 0, 0,
                         std::string("cannot be read: ") + std::strerror(code) + ".");
  }
  const std::uint64_t total = fs::is_regular_file(status) ? fs::file_size(path, error) : 0;
  FileSource source(file, error ? 0 : total, display);
  return PointParser(display, options).parse(source, path.stem().string());
}

}  // namespace ebm
