// A rendered picture in memory: 8-bit RGB pixels as OpenGL reads them back (bottom row first).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ebmui {

/// width×height RGB pixels, 3 bytes each, rows packed without padding and stored bottom-up; rowFromTop()
/// hides the order from code that thinks top-down (image files, quantizers).
struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;

  void resize(int w, int h) {
    width = w;
    height = h;
    pixels.resize(std::size_t(w) * std::size_t(h) * 3);
  }
  [[nodiscard]] int stride() const { return width * 3; }
  [[nodiscard]] const std::uint8_t* rowFromTop(int y) const {
    return pixels.data() + std::size_t(height - 1 - y) * std::size_t(stride());
  }
  [[nodiscard]] std::uint8_t* rowFromTop(int y) {
    return pixels.data() + std::size_t(height - 1 - y) * std::size_t(stride());
  }
};

}  // namespace ebmui
