#include "export/output_target.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <regex>
#include <system_error>

#include "export/export_error.h"

namespace ebmui {
namespace fs = std::filesystem;
namespace {

bool isFrameFile(const fs::directory_entry& entry) {
  static const std::regex pattern("frame-[0-9]{5,}\\.png");
  std::error_code ignored;
  return entry.is_regular_file(ignored) && std::regex_match(entry.path().filename().string(), pattern);
}

// ".NAME.old-PID" next to `path`: where a folder's earlier frames wait while the new ones move in. Appended
// piece by piece for GCC 12's false -Wrestrict (bug 105651).
fs::path asideName(const fs::path& path) {
  std::string name(1, '.');
  name += path.filename().string();
  name += ".old-";
  name += std::to_string(long(::getpid()));
  return ebm::folderOf(path) / name;
}

}  // namespace

std::string frameFileName(int index) {
  char name[32];
  std::snprintf(name, sizeof name, "frame-%05d.png", index + 1);
  return name;
}

void writeBytes(const fs::path& file, const void* data, std::size_t size, const fs::path& reportAs) {
  std::FILE* out = std::fopen(file.c_str(), "wb");
  if (!out) throw ExportError(ebm::writeFailure(reportAs, errno));
  errno = 0;
  const bool written = std::fwrite(data, 1, size, out) == size && std::fflush(out) == 0;
  const int writeError = errno ? errno : EIO;
  errno = 0;
  const bool closed = std::fclose(out) == 0;
  const int closeError = errno ? errno : EIO;
  if (!written) throw ExportError(ebm::writeFailure(reportAs, writeError));
  if (!closed) throw ExportError(ebm::writeFailure(reportAs, closeError));
}

OutputTarget::OutputTarget(fs::path destination, Kind kind) : kind_(kind) {
  if (!destination.has_filename()) destination = destination.parent_path();
  if (destination.empty()) throw ExportError("No file or folder to export to was given.");
  destination_ = destination;
  if (kind_ == Kind::File) {
    try {
      file_.emplace(destination_);
    } catch (const ebm::FileWriteError& e) {
      throw ExportError(e.what());
    }
    temporary_ = file_->temporaryPath();
    return;
  }
  std::error_code error;
  const fs::path folder = ebm::folderOf(destination_);
  if (!fs::is_directory(folder, error)) {
    throw ExportError("The folder " + ebm::quotedPath(folder) +
                      " does not exist; choose an existing folder.");
  }
  const fs::file_status status = fs::status(destination_, error);
  if (fs::exists(status)) {
    if (!fs::is_directory(status)) {
      throw ExportError(ebm::quotedPath(destination_) +
                        " is a file, not a folder; give a new folder for the frames.");
    }
    for (const auto& entry : fs::directory_iterator(destination_, error)) {
      if (!isFrameFile(entry)) {
        throw ExportError("The folder " + ebm::quotedPath(destination_) +
                          " already holds other files; choose an empty or new folder for the frames.");
      }
    }
  }
  temporary_ = ebm::temporaryPathFor(destination_, long(::getpid()));
  fs::remove_all(temporary_, error);  // a leftover of a crashed export by a process with the same id
  if (::mkdir(temporary_.c_str(), 0755) != 0) throw ExportError(ebm::writeFailure(destination_, errno));
}

OutputTarget::~OutputTarget() {
  if (committed_ || kind_ == Kind::File) return;  // a file target's AtomicFile removes its own
  std::error_code ignored;
  fs::remove_all(temporary_, ignored);
}

void OutputTarget::write(const void* data, std::size_t size) {
  try {
    file_.value().write(data, size);
  } catch (const ebm::FileWriteError& e) {
    throw ExportError(e.what());
  }
}

void OutputTarget::commit() {
  if (committed_) return;
  if (kind_ == Kind::File) {
    try {
      file_->commit();
    } catch (const ebm::FileWriteError& e) {
      throw ExportError(e.what());
    }
    committed_ = true;
    return;
  }
  // A folder: move earlier frames aside, the new ones in, then delete the earlier ones (frames only, checked
  // by the constructor).
  std::error_code error;
  fs::path previous;
  if (fs::exists(destination_, error)) {
    previous = asideName(destination_);
    fs::remove_all(previous, error);
    if (::rename(destination_.c_str(), previous.c_str()) != 0) {
      throw ExportError(ebm::writeFailure(destination_, errno));
    }
  }
  if (::rename(temporary_.c_str(), destination_.c_str()) != 0) {
    const int failure = errno;
    if (!previous.empty()) (void)::rename(previous.c_str(), destination_.c_str());
    throw ExportError(ebm::writeFailure(destination_, failure));
  }
  committed_ = true;
  if (!previous.empty()) fs::remove_all(previous, error);
}

}  // namespace ebmui
