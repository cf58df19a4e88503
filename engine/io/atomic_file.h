// Files that appear whole or not at all: written under a temporary name beside the target, flushed to the
// disk, then renamed over it. Every file the engine writes (point files, model files) goes through here, and
// so do the command line's model and the window's exports.
#pragma once

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/errors.h"

namespace ebm {

/// A file that could not be written. what() says why and what to do (writeFailure()); errorNumber() is the
/// errno behind it.
class FileWriteError : public Error {
 public:
  FileWriteError(std::filesystem::path path, int errorNumber, const std::string& message);
  /// With writeFailure(path, errorNumber) as its message.
  FileWriteError(const std::filesystem::path& path, int errorNumber);

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] int errorNumber() const { return errorNumber_; }

 private:
  std::filesystem::path path_;
  int errorNumber_;
};

/// The folder `path` is in ("." for a bare file name).
[[nodiscard]] std::filesystem::path folderOf(const std::filesystem::path& path);
/// `path` in double quotes, as the messages show a path.
[[nodiscard]] std::string quotedPath(const std::filesystem::path& path);

/// A sentence for a failed write of `path` with errno `errorNumber`: a full disk, missing permission, a
/// folder that vanished, or the system's own words.
[[nodiscard]] std::string writeFailure(const std::filesystem::path& path, int errorNumber);

/// The temporary name a process `pid` writes `target` under: ".NAME.part-PID" in the same folder (hidden, and
/// the same folder so that the final rename never crosses a file system).
[[nodiscard]] std::filesystem::path temporaryPathFor(const std::filesystem::path& target, long pid);

/// One file being written. The temporary file is created at once, so a missing folder or a folder without
/// permission is reported before any work is done; it is removed again unless commit() succeeds.
class AtomicFile {
 public:
  /// Creates temporaryPathFor(target, this process). Throws FileWriteError when the folder does not exist
  /// (ENOENT), the target is a folder (EISDIR) or the temporary file cannot be created.
  explicit AtomicFile(std::filesystem::path target);
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  /// The file's target, and the temporary file, which another writer (FFmpeg) may also write through its
  /// path.
  [[nodiscard]] const std::filesystem::path& target() const { return target_; }
  [[nodiscard]] const std::filesystem::path& temporaryPath() const { return temporary_; }

  /// Appends `size` bytes. Throws FileWriteError (the temporary file is then removed).
  void write(const void* data, std::size_t size);
  void write(std::string_view text) { write(text.data(), text.size()); }

  /// Flushes the file to the disk and renames it over the target. Throws FileWriteError (the temporary file
  /// is then removed and the target left as it was).
  void commit();

 private:
  [[noreturn]] void fail(int errorNumber);

  std::filesystem::path target_, temporary_;
  std::FILE* file_ = nullptr;
  bool committed_ = false;
};

/// `content` as the whole of `target`, atomically. Throws FileWriteError.
void writeFileAtomically(const std::filesystem::path& target, std::string_view content);

}  // namespace ebm
