// Where an export's result goes: it is written under a temporary name next to its destination and moved into
// place only once complete, so a failure, a cancel or a crash never leaves a half-written video behind.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "io/atomic_file.h"

namespace ebmui {

/// One result being written: a file (MP4, GIF, a still PNG), through the engine's ebm::AtomicFile, or a
/// folder (PNG frames), whose frames are moved in together.
class OutputTarget {
 public:
  enum class Kind { File, Folder };

  /// Checks that the destination's folder exists and can be written, and creates the temporary file or
  /// folder (".NAME.part-PID" next to the destination). A folder destination may be new, empty, or hold only
  /// frames of an earlier export (which are then replaced). Throws ExportError with what to do otherwise.
  OutputTarget(std::filesystem::path destination, Kind kind);
  /// Removes the temporary file or folder unless commit() succeeded.
  ~OutputTarget();
  OutputTarget(const OutputTarget&) = delete;
  OutputTarget& operator=(const OutputTarget&) = delete;

  [[nodiscard]] const std::filesystem::path& destination() const { return destination_; }
  [[nodiscard]] const std::filesystem::path& temporaryPath() const { return temporary_; }

  /// Appends `size` bytes to a file target. Throws ExportError (writeFailure()'s sentence).
  void write(const void* data, std::size_t size);

  /// Moves the finished result into place (atomically for a file). Throws ExportError.
  void commit();

 private:
  std::filesystem::path destination_;
  std::filesystem::path temporary_;
  Kind kind_;
  std::optional<ebm::AtomicFile> file_;  // a file target's
  bool committed_ = false;
};

/// The name of frame `index` (0-based) in a PNG frame folder: "frame-00001.png" for index 0.
[[nodiscard]] std::string frameFileName(int index);

/// Writes `size` bytes as the whole content of `file`. Throws ExportError with writeFailure(`reportAs`, …).
void writeBytes(const std::filesystem::path& file, const void* data, std::size_t size,
                const std::filesystem::path& reportAs);

}  // namespace ebmui
