// Reads an exported video or GIF back through FFmpeg (libavformat/libavcodec): its size, frame count and
// duration as a player sees them, and its frames decoded to RGB — to check an export.
#pragma once

#include <string>
#include <vector>

#include "export/rgb_image.h"

namespace ebmui {

/// What a player finds in a video file.
struct VideoProbe {
  std::string codec;  ///< "h264", "gif", …
  int width = 0, height = 0;
  int frames = 0;                ///< frames decoded
  double durationSeconds = 0;    ///< end of the last frame (its timestamp plus its duration)
  double framesPerSecond = 0;    ///< the stream's average frame rate
  std::vector<RgbImage> images;  ///< decoded frames (only those asked for)
};

/// Decodes every frame of `path`; keeps the pictures of frames whose index is in `keep` (−1 means the last).
/// Throws ExportError if the file cannot be opened or decoded.
[[nodiscard]] VideoProbe probeVideo(const std::string& path, const std::vector<int>& keep = {});

}  // namespace ebmui
