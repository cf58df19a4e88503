// Writes frames as a folder of numbered PNG files (frame-00001.png, …), for editors that import image
// sequences.
#pragma once

#include <QByteArray>
#include <filesystem>
#include <memory>

#include "export/frame_sink.h"

namespace ebmui {

/// Fills a temporary folder next to the destination and renames it into place when finished; a destination
/// holding frames of an earlier export has them replaced, any other non-empty folder is refused.
class PngFramesWriter : public FrameSink {
 public:
  /// Creates the temporary folder. Throws ExportError (see OutputTarget).
  explicit PngFramesWriter(const std::filesystem::path& destination);
  ~PngFramesWriter() override;

  void write(const RgbImage& frame) override;
  void finish() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

/// The PNG file of one picture (zlib level 3: a third of the default's time, files about 10% larger).
/// Throws ExportError if Qt's PNG encoder fails.
[[nodiscard]] QByteArray encodePng(const RgbImage& image);

}  // namespace ebmui
