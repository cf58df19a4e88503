#include "export/gif_writer.h"

#include <gif_lib.h>
#include <libimagequant.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <exception>
#include <memory>
#include <vector>

#include "core/errors.h"
#include "export/export_error.h"
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

// The smallest palette size GIF allows (a power of two, at least 2) that holds `colours` entries: a frame
// with few colours then costs fewer palette bytes and shorter LZW codes.
int gifPaletteSize(int colours) {
  int size = 2;
  while (size < colours)
    size *= 2;
  return size;
}

struct GifMapDeleter {
  void operator()(ColorMapObject* map) const { GifFreeMapObject(map); }
};

struct Rect {
  int left = 0, top = 0, width = 0, height = 0;
};

}  // namespace

struct GifWriter::Impl {
  OutputTarget target;
  int width, height, framesPerSecond;
  GifFileType* gif = nullptr;
  std::exception_ptr writeError;  // what the target threw inside giflib's output callback
  int frames = 0;
  std::vector<std::uint8_t> shown;      // top-down RGB: the source colour each pixel was last drawn from
  std::vector<std::uint8_t> displayed;  // top-down RGB: the palette colour a viewer sees there
  std::vector<std::uint8_t> changed;    // per pixel of the frame being written
  std::vector<std::uint8_t> rgba, indices;
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
    shown.assign(std::size_t(w) * std::size_t(h) * 3, 0);
    displayed.assign(std::size_t(w) * std::size_t(h) * 3, 0);
    changed.assign(std::size_t(w) * std::size_t(h), 1);
    int error = 0;
    gif = EGifOpen(this, &Impl::writeToTarget, &error);
    if (!gif)
      throw ExportError(std::string("The GIF encoder could not start: ") + GifErrorString(error) + ".");
    EGifSetGifVersion(gif, true);
    writeHeader();
  }

  // Without finish(): the file is abandoned, and the target removes it.
  ~Impl() {
    if (gif) EGifCloseFile(gif, nullptr);
    if (quantizer) liq_attr_destroy(quantizer);
  }

  // giflib's output. C code lies in between, so the target's error is kept for check() instead of thrown.
  static int writeToTarget(GifFileType* file, const GifByteType* data, int size) {
    auto* self = static_cast<Impl*>(file->UserData);
    try {
      self->target.write(data, std::size_t(size));
      return size;
    } catch (...) {
      self->writeError = std::current_exception();
      return 0;
    }
  }

  void check(int result, int errorCode) {
    if (writeError) std::rethrow_exception(writeError);
    if (result != GIF_OK)
      throw ExportError(std::string("The GIF could not be written: ") + GifErrorString(errorCode) + ".");
  }
  void check(int result) { check(result, gif->Error); }

  void writeHeader() {
    // No global palette: every frame brings its own.
    check(EGifPutScreenDesc(gif, width, height, 8, 0, nullptr));
    // NETSCAPE2.0 application extension: loop forever.
    const GifByteType loopForever[] = {0x01, 0x00, 0x00};
    check(EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE));
    check(EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0"));
    check(EGifPutExtensionBlock(gif, 3, loopForever));
    check(EGifPutExtensionTrailer(gif));
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

  // Quantizes the gathered box into `indices`; fills the 256-entry palette and the number of entries used,
  // and returns the transparent index (−1 if none).
  int quantize(const Rect& box, std::uint8_t palette[768], int& colourCount) {
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
    colourCount = int(colours->count);
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
    int transparent = -1, colourCount = 1;
    if (box.width == 0) {
      // Nothing changed: one transparent pixel keeps the frame (and its time) in the animation.
      box = Rect{0, 0, 1, 1};
      indices.assign(1, 0);
      std::fill(palette, palette + 768, 0);
      transparent = 0;
    } else {
      gatherBox(frame, box);
      transparent = quantize(box, palette, colourCount);
      bool hasStillPixels = false;
      for (std::size_t i = 3; i < rgba.size() && !hasStillPixels; i += 4)
        hasStillPixels = rgba[i] == 0;
      if (transparent < 0 && hasStillPixels) {
        // No palette entry was left for transparency: store the whole box opaque instead.
        markBoxChanged(box);
        gatherBox(frame, box);
        transparent = quantize(box, palette, colourCount);
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
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT;
    control.DelayTime = int(std::lround(100.0 * (frames + 1) / framesPerSecond)) -
                        int(std::lround(100.0 * frames / framesPerSecond));
    control.TransparentColor = transparent >= 0 ? transparent : NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    EGifGCBToExtension(&control, extension);
    check(EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, extension));

    const int paletteSize = gifPaletteSize(colourCount);
    std::vector<GifColorType> entries(std::size_t(paletteSize), GifColorType{0, 0, 0});
    for (int i = 0; i < colourCount; ++i)
      entries[std::size_t(i)] = GifColorType{palette[3 * i], palette[3 * i + 1], palette[3 * i + 2]};
    const std::unique_ptr<ColorMapObject, GifMapDeleter> map(GifMakeMapObject(paletteSize, entries.data()));
    if (!map) throw ExportError("The GIF palette could not be made (out of memory?).");
    check(EGifPutImageDesc(gif, box.left, box.top, box.width, box.height, false, map.get()));
    check(EGifPutLine(gif, indices.data(), int(indices.size())));
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
  int error = 0;
  const int closed = EGifCloseFile(d.gif, &error);  // writes the trailer and frees the encoder either way
  d.gif = nullptr;
  d.check(closed, error);
  d.target.commit();
}

}  // namespace ebmui
