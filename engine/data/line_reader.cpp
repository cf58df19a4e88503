#include "data/line_reader.h"

#include <cerrno>
#include <cstring>
#include <system_error>

#include "data/point_file_reader.h"

namespace ebm::pointfile {

std::unique_ptr<FileSource> FileSource::open(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  std::string quoted = "\"";  // in steps: GCC 12 warns falsely on "…" + string (bug 105329)
  quoted += path.string();
  quoted += '"';
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (error && error != std::errc::no_such_file_or_directory)
    throw PointFileError(quoted, 0, 0, "cannot be read: " + error.message() + ".");
  if (!fs::exists(status)) throw PointFileError(quoted, 0, 0, "does not exist.");
  if (fs::is_directory(status)) throw PointFileError(quoted, 0, 0, "is a folder, not a point file.");
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    const int code = errno;
    throw PointFileError(quoted, 0, 0, std::string("cannot be read: ") + std::strerror(code) + ".");
  }
  const std::uint64_t total = fs::is_regular_file(status) ? fs::file_size(path, error) : 0;
  return std::make_unique<FileSource>(file, error ? 0 : total, path.filename().string());
}

FileSource::FileSource(std::FILE* file, std::uint64_t totalBytes, std::string displayName)
    : file_(file), total_(totalBytes), displayName_(std::move(displayName)) {}

FileSource::~FileSource() {
  std::fclose(file_);
}

std::size_t FileSource::read(char* out, std::size_t capacity) {
  const std::size_t count = std::fread(out, 1, capacity, file_);
  if (count < capacity && std::ferror(file_)) {
    const int error = errno;
    throw PointFileError(
        displayName_, 0, 0,
        "reading failed after " + std::to_string(done_ + count) + " bytes: " + std::strerror(error));
  }
  done_ += count;
  return count;
}

std::size_t MemorySource::read(char* out, std::size_t capacity) {
  const std::size_t count = std::min(capacity, text_.size() - position_);
  std::memcpy(out, text_.data() + position_, count);
  position_ += count;
  return count;
}

LineReader::LineReader(ByteSource& source, std::size_t chunkBytes, std::size_t maxLineBytes,
                       std::function<void(std::uint64_t)> onChunk)
    : source_(source),
      buffer_(chunkBytes + maxLineBytes + 1),
      chunkBytes_(chunkBytes),
      maxLineBytes_(maxLineBytes),
      onChunk_(std::move(onChunk)) {}

bool LineReader::next(std::string_view& line) {
  for (;;) {
    const char* data = buffer_.data();
    if (begin_ < end_) {
      const void* newline = std::memchr(data + begin_, '\n', end_ - begin_);
      if (newline || atEnd_) {
        const std::size_t stop = newline ? std::size_t(static_cast<const char*>(newline) - data) : end_;
        std::size_t length = stop - begin_;
        if (length > 0 && data[begin_ + length - 1] == '\r') --length;  // CRLF
        if (length > maxLineBytes_) throw LineTooLong{lineNumber_ + 1, false};
        line = std::string_view(data + begin_, length);
        begin_ = newline ? stop + 1 : end_;
        ++lineNumber_;
        return true;
      }
      if (end_ - begin_ > maxLineBytes_) {
        const bool carriageReturn = std::memchr(data + begin_, '\r', end_ - begin_) != nullptr;
        throw LineTooLong{lineNumber_ + 1, carriageReturn};
      }
    }
    if (atEnd_) return false;
    // Keep the unfinished line, then fill the rest of the buffer: the unfinished part is at most
    // maxLineBytes, so at least one chunk fits behind it.
    std::memmove(buffer_.data(), data + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
    const std::size_t count =
        source_.read(buffer_.data() + end_, std::min(chunkBytes_, buffer_.size() - end_));
    if (count == 0) {
      atEnd_ = true;
    } else {
      end_ += count;
      bytesRead_ += count;
      if (onChunk_) onChunk_(bytesRead_);
    }
  }
}

}  // namespace ebm::pointfile
