// Writes frames as an H.264 MP4 video (libx264 through FFmpeg's libavcodec/libavformat), the format slide
// programs and browsers play.
#pragma once

#include <filesystem>
#include <memory>

#include "export/frame_sink.h"

namespace ebmui {

/// H.264 (High profile, yuv420p, BT.709, constant quality CRF 20) in an MP4 with its index at the front, so
/// it starts playing before it is fully loaded. Frame i has timestamp i/fps and lasts 1/fps: the video lasts
/// exactly frames/fps. Width and height must be even (yuv420p halves the colour resolution).
class Mp4Writer : public FrameSink {
 public:
  /// Opens the encoder and the temporary file. Throws ebm::ArgumentError for odd sizes, ExportError when the
  /// file cannot be created or FFmpeg lacks an H.264 encoder.
  Mp4Writer(const std::filesystem::path& destination, int width, int height, int framesPerSecond);
  ~Mp4Writer() override;

  void write(const RgbImage& frame) override;
  void finish() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
