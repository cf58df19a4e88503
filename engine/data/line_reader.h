// Streaming a text file line by line in fixed-size chunks, so that a file of any size is read in bounded
// memory.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ebm::pointfile {

/// A point file is read in chunks of this many bytes; a longer line than kMaxLineBytes is not a point file.
inline constexpr std::size_t kChunkBytes = std::size_t(1) << 20;
inline constexpr std::size_t kMaxLineBytes = std::size_t(64) << 10;

/// Where bytes come from: a file or a block of memory.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  /// Reads up to `capacity` bytes into `out`; returns how many (0 only at the end). Throws PointFileError on
  /// a read failure.
  virtual std::size_t read(char* out, std::size_t capacity) = 0;
  /// Size of the whole input in bytes, 0 if unknown.
  [[nodiscard]] virtual std::uint64_t totalBytes() const = 0;
};

/// A file opened for reading; closes it on destruction.
class FileSource final : public ByteSource {
 public:
  /// Opens `path` for reading. Throws PointFileError (naming the path) for a missing file, a folder, or one
  /// that cannot be opened.
  [[nodiscard]] static std::unique_ptr<FileSource> open(const std::filesystem::path& path);

  /// Takes ownership of `file`. `displayName` names the file in error messages.
  FileSource(std::FILE* file, std::uint64_t totalBytes, std::string displayName);
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  std::size_t read(char* out, std::size_t capacity) override;
  [[nodiscard]] std::uint64_t totalBytes() const override { return total_; }

 private:
  std::FILE* file_;
  std::uint64_t total_, done_ = 0;
  std::string displayName_;
};

/// Text already in memory (tests, fuzzing, the clipboard).
class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view text) : text_(text) {}
  std::size_t read(char* out, std::size_t capacity) override;
  [[nodiscard]] std::uint64_t totalBytes() const override { return text_.size(); }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
};

/// Splits a ByteSource into lines ending in LF or CRLF, holding at most one chunk plus one line in memory.
class LineReader {
 public:
  /// `onChunk(bytesRead)` runs after every chunk read and may throw to abandon the read.
  LineReader(ByteSource& source, std::size_t chunkBytes, std::size_t maxLineBytes,
             std::function<void(std::uint64_t bytesRead)> onChunk);

  /// The next line without its line ending; false at the end of the input. The view stays valid until the
  /// next call. Throws LineTooLong when a line exceeds maxLineBytes.
  bool next(std::string_view& line);

  /// 1-based number of the line last returned (0 before the first).
  [[nodiscard]] std::int64_t lineNumber() const { return lineNumber_; }
  /// Bytes of input up to the end of the line last returned.
  [[nodiscard]] std::uint64_t bytesConsumed() const { return bytesRead_ - (end_ - begin_); }

  /// Thrown by next() for a line longer than maxLineBytes; `line` is its 1-based number.
  struct LineTooLong {
    std::int64_t line;
    bool containsCarriageReturn;
  };

 private:
  ByteSource& source_;
  std::vector<char> buffer_;
  std::size_t chunkBytes_, maxLineBytes_;
  std::size_t begin_ = 0, end_ = 0;
  std::uint64_t bytesRead_ = 0;
  std::int64_t lineNumber_ = 0;
  bool atEnd_ = false;
  std::function<void(std::uint64_t)> onChunk_;
};

}  // namespace ebm::pointfile
