#include "export/output_target.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <regex>
#include <system_error>

#include "export/export_error.h"

namespace ebmui {
namespace fs = std::filesystem;
namespace {

std::string quoted(const fs::path& path) {
  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict, bug 105651) about "\"" + string.
  std::string text(1, '"');
  text += path.string();
  text += '"';
  return text;
}

fs::path folderOf(const fs::path& path) {
  return path.parent_path().empty() ? fs::path(".") : path.parent_path();
}

bool isFrameFile(const fs::directory_entry& entry) {
  static const std::regex pattern("frame-[0-9]{5,}\\.png");
  std::error_code ignored;
  return entry.is_regular_file(ignored) && std::regex_match(entry.path().filename().string(), pattern);
}

// ".NAME.SUFFIX-PID" next to `path`. Appended piece by piece for the same GCC 12 warning as quoted().
fs::path hiddenSibling(const fs::path& path, const char* suffix, long pid) {
  std::string name(1, '.');
  name += path.filename().string();
  name += suffix;
  name += std::to_string(pid);
  return folderOf(path) / name;
}

// Flushes a finished file to the disk before it is renamed into place, so a power cut cannot leave an empty
// file under the final name.
void syncFile(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

fs::path temporaryPathFor(const fs::path& destination, long pid) {
  return hiddenSibling(destination, ".part-", pid);
}

std::string frameFileName(int index) {
  char name[32];
  std::snprintf(name, sizeof name, "frame-%05d.png", index + 1);
  return name;
}

std::string writeFailure(const fs::path& path, int errorNumber) {
  switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
      return "The disk is full: " + quoted(path) +
             " could not be written. Free some space, or export to another disk or a smaller size.";
    case EFBIG:
      return "The file " + quoted(path) +
             " grew larger than this disk allows; export a shorter animation or a smaller size.";
    case EACCES:
    case EPERM:
    case EROFS:
      return "There is no permission to write in " + quoted(folderOf(path)) +
             "; choose a folder you can write to.";
    case ENOENT:
    case ENOTDIR:
      return "The folder " + quoted(folderOf(path)) +
             " does not exist (any more); choose an existing folder and export again.";
    default:
      return "Could not write " + quoted(path) + ": " + std::strerror(errorNumber) + ".";
  }
}

void writeBytes(const fs::path& file, const void* data, std::size_t size, const fs::path& reportAs) {
  std::FILE* out = std::fopen(file.c_str(), "wb");
  if (!out) throw ExportError(writeFailure(reportAs, errno));
  errno = 0;
  const bool written = std::fwrite(data, 1, size, out) == size && std::fflush(out) == 0;
  const int writeError = errno ? errno : EIO;
  errno = 0;
  const bool closed = std::fclose(out) == 0;
  const int closeError = errno ? errno : EIO;
  if (!written) throw ExportError(writeFailure(reportAs, writeError));
  if (!closed) throw ExportError(writeFailure(reportAs, closeError));
}

OutputTarget::OutputTarget(fs::path destination, Kind kind) : kind_(kind) {
  if (!destination.has_filename()) destination = destination.parent_path();
  if (destination.empty()) throw ExportError("No file or folder to export to was given.");
  destination_ = destination;
  std::error_code error;
  const fs::path folder = folderOf(destination_);
  if (!fs::is_directory(folder, error)) {
    throw ExportError("The folder " + quoted(folder) + " does not exist; choose an existing folder.");
  }
  const fs::file_status status = fs::status(destination_, error);
  if (kind_ == Kind::File && fs::is_directory(status)) {
    throw ExportError(quoted(destination_) + " is a folder; give a file name instead.");
  }
  if (kind_ == Kind::Folder && fs::exists(status)) {
    if (!fs::is_directory(status)) {
      throw ExportError(quoted(destination_) + " is a file, not a folder; give a new folder for the frames.");
    }
    for (const auto& entry : fs::directory_iterator(destination_, error)) {
      if (!isFrameFile(entry)) {
        throw ExportError("The folder " + quoted(destination_) +
                          " already holds other files; choose an empty or new folder for the frames.");
      }
    }
  }

  temporary_ = temporaryPathFor(destination_, long(::getpid()));
  fs::remove_all(temporary_, error);  // a leftover of a crashed export by a process with the same id
  if (kind_ == Kind::File) {
    const int fd = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw ExportError(writeFailure(destination_, errno));
    ::close(fd);
  } else if (::mkdir(temporary_.c_str(), 0755) != 0) {
    throw ExportError(writeFailure(destination_, errno));
  }
}

OutputTarget::~OutputTarget() {
  if (committed_) return;
  std::error_code ignored;
  fs::remove_all(temporary_, ignored);
}

void OutputTarget::commit() {
  if (committed_) return;
  if (kind_ == Kind::File) {
    syncFile(temporary_);
    if (::rename(temporary_.c_str(), destination_.c_str()) != 0) {
      throw ExportError(writeFailure(destination_, errno));
    }
    committed_ = true;
    return;
  }
  // A folder: move earlier frames aside, the new ones in, then delete the earlier ones (frames only, checked
  // by the constructor).
  std::error_code error;
  fs::path previous;
  if (fs::exists(destination_, error)) {
    previous = hiddenSibling(destination_, ".old-", long(::getpid()));
    fs::remove_all(previous, error);
    if (::rename(destination_.c_str(), previous.c_str()) != 0) {
      throw ExportError(writeFailure(destination_, errno));
    }
  }
  if (::rename(temporary_.c_str(), destination_.c_str()) != 0) {
    const int failure = errno;
    if (!previous.empty()) (void)::rename(previous.c_str(), destination_.c_str());
    throw ExportError(writeFailure(destination_, failure));
  }
  committed_ = true;
  if (!previous.empty()) fs::remove_all(previous, error);
}

}  // namespace ebmui
