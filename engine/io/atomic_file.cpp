#include "io/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>
#include <utility>

namespace ebm {
namespace fs = std::filesystem;

std::string quotedPath(const fs::path& path) {
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict, bug 105651) about "\"" + string.
  std::string text(1, '"');
  text += path.string();
  text += '"';
  return text;
}

fs::path folderOf(const fs::path& path) {
  return path.parent_path().empty() ? fs::path(".") : path.parent_path();
}

FileWriteError::FileWriteError(fs::path path, int errorNumber, const std::string& message)
    : Error(message), path_(std::move(path)), errorNumber_(errorNumber) {}

FileWriteError::FileWriteError(const fs::path& path, int errorNumber)
    : FileWriteError(path, errorNumber, writeFailure(path, errorNumber)) {}

std::string writeFailure(const fs::path& path, int errorNumber) {
  switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
      return "The disk is full: " + quotedPath(path) +
             " could not be written. Free some space, or export to another disk or a smaller size.";
    case EFBIG:
      return "The file " + quotedPath(path) +
             " grew larger than this disk allows; export a shorter animation or a smaller size.";
    case EACCES:
    case EPERM:
    case EROFS:
      return "There is no permission to write in " + quotedPath(folderOf(path)) +
             "; choose a folder you can write to.";
    case ENOENT:
    case ENOTDIR:
      return "The folder " + quotedPath(folderOf(path)) +
             " does not exist (any more); choose an existing folder and export again.";
    default:
      return "Could not write " + quotedPath(path) + ": " + std::strerror(errorNumber) + ".";
  }
}

fs::path temporaryPathFor(const fs::path& target, long pid) {
  std::string name(1, '.');
  name += target.filename().string();
  name += ".part-";
  name += std::to_string(pid);
  return folderOf(target) / name;
}

AtomicFile::AtomicFile(fs::path target) {
  if (!target.has_filename()) target = target.parent_path();
  target_ = std::move(target);
  if (target_.empty()) throw FileWriteError(target_, EINVAL, "No file to write to was given.");
  std::error_code error;
  const fs::path folder = folderOf(target_);
  if (!fs::is_directory(folder, error)) {
    throw FileWriteError(target_, ENOENT,
                         "The folder " + quotedPath(folder) + " does not exist; choose an existing folder.");
  }
  if (fs::is_directory(target_, error)) {
    throw FileWriteError(target_, EISDIR, quotedPath(target_) + " is a folder; give a file name instead.");
  }
  temporary_ = temporaryPathFor(target_, long(::getpid()));
  fs::remove_all(temporary_, error);  // a leftover of a crashed writer with the same process id
  file_ = std::fopen(temporary_.c_str(), "wbe");
  if (!file_) throw FileWriteError(target_, errno);
}

AtomicFile::~AtomicFile() {
  if (file_) std::fclose(file_);
  if (committed_) return;
  std::error_code ignored;
  fs::remove(temporary_, ignored);
}

void AtomicFile::fail(int errorNumber) {
  if (file_) std::fclose(file_);
  file_ = nullptr;
  std::error_code ignored;
  fs::remove(temporary_, ignored);
  throw FileWriteError(target_, errorNumber ? errorNumber : EIO);
}

void AtomicFile::write(const void* data, std::size_t size) {
  if (!file_) fail(EBADF);  // a write after a failure or after commit()
  errno = 0;
  if (std::fwrite(data, 1, size, file_) != size) fail(errno);
}

void AtomicFile::commit() {
  if (committed_) return;
  if (!file_) fail(EBADF);
  errno = 0;
  if (std::fflush(file_) != 0 || std::ferror(file_)) fail(errno);
  // fsync before the rename: a power cut must not leave an empty file under the target's name. (EINVAL: a
  // file system that cannot sync, where there is nothing to wait for.)
  if (::fsync(fileno(file_)) != 0 && errno != EINVAL) fail(errno);
  const int closed = std::fclose(file_);
  file_ = nullptr;
  if (closed != 0) fail(errno);
  if (std::rename(temporary_.c_str(), target_.c_str()) != 0) fail(errno);
  committed_ = true;
}

void writeFileAtomically(const fs::path& target, std::string_view content) {
  AtomicFile file(target);
  file.write(content);
  file.commit();
}

}  // namespace ebm
