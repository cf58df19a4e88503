// Writes frames as an animated GIF with a good palette: each frame gets its own 256 colours (or fewer) chosen
// by libimagequant (with dithering), only the pixels that changed since the last frame are stored, and giflib
// encodes the file.
#pragma once

#include <filesystem>
#include <memory>

#include "export/frame_sink.h"

namespace ebmui {

/// An endlessly looping GIF89a. Pixels that did not change (within 2/255 per channel) are left transparent,
/// so they keep the colour they were shown in — a still background neither flickers with dithering noise nor
/// costs bytes; the rest of the frame's bounding box is quantized to its own palette. GIF delays are whole
/// centiseconds: frame i is shown at round(100·i/fps) cs, so the whole animation lasts frames/fps seconds.
class GifWriter : public FrameSink {
 public:
  /// Opens the temporary file. Throws ebm::ArgumentError for a frame rate above 50 (GIF viewers slow faster
  /// GIFs down to 10 fps), ExportError when the file cannot be created.
  GifWriter(const std::filesystem::path& destination, int width, int height, int framesPerSecond);
  ~GifWriter() override;

  void write(const RgbImage& frame) override;
  void finish() override;

  /// The fastest frame rate a GIF plays reliably at (a 2 cs delay).
  static constexpr int kMaxFramesPerSecond = 50;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
