// The interface every export format implements: frames go in one by one, and finish() puts the result in
// place; a sink destroyed without finish() leaves nothing behind.
#pragma once

#include "export/rgb_image.h"

namespace ebmui {

/// Receives an animation's frames, all of the size it was made for. Used from one thread at a time.
class FrameSink {
 public:
  virtual ~FrameSink() = default;
  /// Encodes and writes one frame. Throws ExportError (disk full, folder gone, encoder failure).
  virtual void write(const RgbImage& frame) = 0;
  /// Completes the result and moves it to its destination. Throws ExportError; the destination then holds
  /// what it held before.
  virtual void finish() = 0;
};

}  // namespace ebmui
