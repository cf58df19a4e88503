#include "export/gif_writer.h"

#include <libimagequant.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/errors.h"
#include "export/export_error.h"
#include "export/gif_lzw.h"
#include "export/output_target.h"

namespace ebmui {
namespace {

constexpr int kTolerance = 2;  // per channel, out of 255: below what an eye sees, above rendering jitter
// A pixel whose palette colour missed its picture's colour by more than this (per channel) is drawn again
// in the next frame even if the picture did not change there: a colour rare in one frame's changed pixels
// (a patch of background a particle just left) may have found no close palette entry, and would otherwise
// stay wrong for good. Dithering keeps the usual miss well below it.
constexpr int kRepairTolerance = 20;

bool differsBy(const std::uint8_t* a, const std::uint8_t* b, int tolerance) {
  return std::abs(a[0] - b[0]) > tolerance || std::abs(a[1] - b[1]) > tolerance ||
         std::abs(a[2] - b[2]) > tolerance;
}

void putShort(std::vector<std::uint8_t>& out, int value) {
  out.push_back(std::uint8_t(value & 0xff));
  out.push_back(std::uint8_t((value >> 8) & 0xff));
}

struct Rect {
  int left = 0, top = 0, width = 0, height = 0;
};

}  // namespace

struct GifWriter::Impl {
  OutputTarget target;
  int width, height, framesPerSecond;
  std::FILE* file = nullptr;
  int frames = 0;
  std::vector<std::uint8_t> shown;      // top-down RGB: the source colour each pixel was last drawn from
  std::vector<std::uint8_t> displayed;  // top-down RGB: the palette colour a viewer sees there
  std::vector<std::uint8_t> changed;    // per pixel of the frame being written
  std::vector<std::uint8_t> rgba, indices, bytes;
  liq_attr* quantizer = nullptr;

  Impl(const std::filesystem::path& destination, int w, int h, int fps)
      : target(destination, OutputTarget::Kind::File), width(w), height(h), framesPerSecond(fps) {
    quantizer = liq_attr_create();
    if (!quantizer) throw ExportError("The GIF palette quantizer could not start (out of memory?).");
    liq_set_max_colors(quantizer, 256);
    // Speed 8 quantizes a 1080p frame in a third of speed 6's time (~80 ms here); the dithered result is
    // indistinguishable on rendered landscapes (mean error 0.8 instead of 0.4 levels).
    liq_set_speed(quantizer, 6);
    liq_set_last_index_transparent(quantizer, 1);
    file = std::fopen(target.temporaryPath().c_str(), "wb");
    if (!file) throw ExportError(writeFailure(target.destination(), errno));
    std::setvbuf(file, nullptr, _IOFBF, 1 << 20);
    shown.assign(std::size_t(w) * std::size_t(h) * 3, 0);
    displayed.assign(std::size_t(w) * std::size_t(h) * 3, 0);
    changed.assign(std::size_t(w) * std::size_t(h), 1);
    writeHeader();
  }

  ~Impl() {
    if (file) std::fclose(file);
    if (quantizer) liq_attr_destroy(quantizer);
  }

  void flushBytes() {
    if (bytes.empty()) return;
    errno = 0;
    if (std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size()) {
      throw ExportError(writeFailure(target.destination(), errno ? errno : EIO));
    }
    bytes.clear();
  }

  void writeHeader() {
    const char signature[] = "GIF89a";
    bytes.insert(bytes.end(), signature, signature + 6);
    putShort(bytes, width);
    putShort(bytes, height);
    bytes.insert(bytes.end(), {0x00, 0x00, 0x00});  // no global palette: every frame brings its own
    // NETSCAPE2.0 application extension: loop forever.
    const char application[] = "NETSCAPE2.0";
    bytes.insert(bytes.end(), {0x21, 0xff, 0x0b});
    bytes.insert(bytes.end(), application, application + 11);
    bytes.insert(bytes.end(), {0x03, 0x01, 0x00, 0x00, 0x00});
    flushBytes();
  }

  // Marks the pixels that differ from what is shown and returns their bounding box (empty if none).
  Rect findChanges(const RgbImage& frame) {
    Rect box{width, height, 0, 0};
    int right = -1, bottom = -1;
    for (int y = 0; y < height; ++y) {
      const std::uint8_t* source = frame.rowFromTop(y);
      const std::uint8_t* before = shown.data() + std::size_t(y) * std::size_t(width) * 3;
      const std::uint8_t* seen = displayed.data() + std::size_t(y) * std::size_t(width) * 3;
      std::uint8_t* mark = changed.data() + std::size_t(y) * std::size_t(width);
      for (int x = 0; x < width; ++x) {
        const bool differs = frames == 0 || differsBy(source + 3 * x, before + 3 * x, kTolerance) ||
                             differsBy(source + 3 * x, seen + 3 * x, kRepairTolerance);
        mark[x] = differs;
        if (!differs) continue;
        box.left = std::min(box.left, x), right = std::max(right, x);
        box.top = std::min(box.top, y), bottom = std::max(bottom, y);
      }
    }
    if (right < 0) return {};
    box.width = right - box.left + 1;
    box.height = bottom - box.top + 1;
    return box;
  }

  void markBoxChanged(const Rect& box) {
    for (int y = box.top; y < box.top + box.height; ++y) {
      std::uint8_t* mark = changed.data() + std::size_t(y) * std::size_t(width) + std::size_t(box.left);
      std::fill(mark, mark + box.width, 1);
    }
  }

  // The box's pixels as RGBA for the quantizer: changed ones opaque (and now shown), the rest transparent.
  void gatherBox(const RgbImage& frame, const Rect& box) {
    rgba.resize(std::size_t(box.width) * std::size_t(box.height) * 4);
    std::uint8_t* out = rgba.data();
    for (int y = box.top; y < box.top + box.height; ++y) {
      const std::uint8_t* source = frame.rowFromTop(y) + 3 * box.left;
      std::uint8_t* memory = shown.data() + (std::size_t(y) * std::size_t(width) + std::size_t(box.left)) * 3;
      const std::uint8_t* mark = changed.data() + std::size_t(y) * std::size_t(width) + std::size_t(box.left);
      for (int x = 0; x < box.width; ++x, out += 4) {
        if (mark[x]) {
          out[0] = memory[3 * x] = source[3 * x];
          out[1] = memory[3 * x + 1] = source[3 * x + 1];
          out[2] = memory[3 * x + 2] = source[3 * x + 2];
          out[3] = 255;
        } else {
          out[0] = out[1] = out[2] = out[3] = 0;
        }
      }
    }
  }

  // Records the palette colour each drawn pixel of the box now shows.
  void rememberDisplayed(const Rect& box, const std::uint8_t palette[768]) {
    std::size_t i = 0;
    for (int y = box.top; y < box.top + box.height; ++y) {
      std::uint8_t* seen =
          displayed.data() + (std::size_t(y) * std::size_t(width) + std::size_t(box.left)) * 3;
      for (int x = 0; x < box.width; ++x, ++i) {
        if (rgba[4 * i + 3] == 0) continue;
        std::copy_n(palette + 3 * indices[i], 3, seen + 3 * x);
      }
    }
  }

  // Quantizes the gathered box into `indices`; fills the 256-entry palette and returns the transparent
  // index (−1 if none).
  int quantize(const Rect& box, std::uint8_t palette[768]) {
    liq_image* image = liq_image_create_rgba(quantizer, rgba.data(), box.width, box.height, 0);
    if (!image) throw ExportError("The GIF palette quantizer refused a frame.");
    liq_result* result = nullptr;
    if (liq_image_quantize(image, quantizer, &result) != LIQ_OK) {
      liq_image_destroy(image);
      throw ExportError("The GIF palette could not be computed for a frame.");
    }
    liq_set_dithering_level(result, 1.0f);
    indices.resize(std::size_t(box.width) * std::size_t(box.height));
    const liq_error remapped = liq_write_remapped_image(result, image, indices.data(), indices.size());
    const liq_palette* colours = liq_get_palette(result);
    int transparent = -1;
    std::fill(palette, palette + 768, 0);
    for (unsigned i = 0; i < colours->count; ++i) {
      palette[3 * i] = colours->entries[i].r;
      palette[3 * i + 1] = colours->entries[i].g;
      palette[3 * i + 2] = colours->entries[i].b;
      if (colours->entries[i].a == 0) transparent = int(i);
    }
    liq_result_destroy(result);
    liq_image_destroy(image);
    if (remapped != LIQ_OK) throw ExportError("The GIF palette could not be applied to a frame.");
    return transparent;
  }

  void writeFrame(const RgbImage& frame) {
    Rect box = findChanges(frame);
    std::uint8_t palette[768];
    int transparent = -1;
    if (box.width == 0) {
      // Nothing changed: one transparent pixel keeps the frame (and its time) in the animation.
      box = Rect{0, 0, 1, 1};
      indices.assign(1, 0);
      std::fill(palette, palette + 768, 0);
      transparent = 0;
    } else {
      gatherBox(frame, box);
      transparent = quantize(box, palette);
      bool hasStillPixels = false;
      for (std::size_t i = 3; i < rgba.size() && !hasStillPixels; i += 4)
        hasStillPixels = rgba[i] == 0;
      if (transparent < 0 && hasStillPixels) {
        // No palette entry was left for transparency: store the whole box opaque instead.
        markBoxChanged(box);
        gatherBox(frame, box);
        transparent = quantize(box, palette);
      }
      // The quantizer keeps fully transparent pixels on the transparent entry; make sure of it, since a
      // stray opaque index there would paint a wrong colour over a still pixel.
      if (transparent >= 0) {
        for (std::size_t i = 0; i < indices.size(); ++i) {
          if (rgba[4 * i + 3] == 0) indices[i] = std::uint8_t(transparent);
        }
      }
      rememberDisplayed(box, palette);
    }

    // Graphic control extension: keep the previous frame under this one, its delay, its transparent entry.
    const int delay = int(std::lround(100.0 * (frames + 1) / framesPerSecond)) -
                      int(std::lround(100.0 * frames / framesPerSecond));
    bytes.insert(bytes.end(), {0x21, 0xf9, 0x04});
    bytes.push_back(std::uint8_t(1 << 2 | (transparent >= 0 ? 1 : 0)));
    putShort(bytes, delay);
    bytes.push_back(std::uint8_t(std::max(transparent, 0)));
    bytes.push_back(0x00);
    // Image descriptor with a 256-entry local palette.
    bytes.push_back(0x2c);
    putShort(bytes, box.left);
    putShort(bytes, box.top);
    putShort(bytes, box.width);
    putShort(bytes, box.height);
    bytes.push_back(0x80 | 0x07);
    bytes.insert(bytes.end(), palette, palette + 768);
    appendGifImageData(indices.data(), indices.size(), bytes);
    flushBytes();
    ++frames;
  }
};

GifWriter::GifWriter(const std::filesystem::path& destination, int width, int height, int framesPerSecond) {
  if (framesPerSecond < 1 || framesPerSecond > kMaxFramesPerSecond) {
    throw ebm::ArgumentError("A GIF plays at 1 to " + std::to_string(kMaxFramesPerSecond) +
                             " frames per second (viewers slow faster ones down); 15 to 25 is typical.");
  }
  if (width < 1 || height < 1 || width > 65535 || height > 65535) {
    throw ebm::ArgumentError("A GIF's width and height must be between 1 and 65535 pixels.");
  }
  d_ = std::make_unique<Impl>(destination, width, height, framesPerSecond);
}

GifWriter::~GifWriter() = default;

void GifWriter::write(const RgbImage& frame) {
  if (frame.width != d_->width || frame.height != d_->height) {
    throw ExportError("A frame of the wrong size reached the GIF encoder.");
  }
  d_->writeFrame(frame);
}

void GifWriter::finish() {
  Impl& d = *d_;
  d.bytes.push_back(0x3b);  // trailer
  d.flushBytes();
  errno = 0;
  const bool flushed = std::fflush(d.file) == 0 && !std::ferror(d.file);
  const int flushError = errno;
  const bool closed = std::fclose(d.file) == 0;
  const int closeError = errno;
  d.file = nullptr;
  if (!flushed || !closed) {
    throw ExportError(writeFailure(d.target.destination(), !flushed ? (flushError ? flushError : EIO)
                                                                    : (closeError ? closeError : EIO)));
  }
  d.target.commit();
}

}  // namespace ebmui
