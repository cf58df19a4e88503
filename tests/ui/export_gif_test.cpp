// The GIF writer read back by FFmpeg: its LZW data decodes to the pictures it was given (through table
// resets), unchanged pixels stay exactly as shown before, and a frame without changes still takes its time.
#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <cstdlib>
#include <random>

#include "export/gif_writer.h"
#include "export/video_probe.h"

namespace {

using ebmui::RgbImage;

RgbImage gradient(int width, int height) {
  RgbImage image;
  image.resize(width, height);
  for (int y = 0; y < height; ++y) {
    std::uint8_t* row = image.rowFromTop(y);
    for (int x = 0; x < width; ++x) {
      row[3 * x] = std::uint8_t(255 * x / (width - 1));
      row[3 * x + 1] = std::uint8_t(255 * y / (height - 1));
      row[3 * x + 2] = std::uint8_t(128 + 100 * ((x / 16 + y / 16) % 2));
    }
  }
  return image;
}

double meanDifference(const RgbImage& a, const RgbImage& b, int left, int top, int width, int height) {
  double sum = 0;
  for (int y = top; y < top + height; ++y) {
    for (int x = 3 * left; x < 3 * (left + width); ++x)
      sum += std::abs(int(a.rowFromTop(y)[x]) - int(b.rowFromTop(y)[x]));
  }
  return sum / (3.0 * width * height);
}

// Pixels outside the rectangle (left, top, width, height) that `before` showed within 20 levels of `source`
// and that differ in `after`.
int changedWellShownPixels(const RgbImage& before, const RgbImage& after, const RgbImage& source, int left,
                           int top, int width, int height) {
  int changed = 0;
  for (int y = 0; y < before.height; ++y) {
    for (int x = 0; x < before.width; ++x) {
      if (x >= left && x < left + width && y >= top && y < top + height) continue;
      const std::uint8_t* b = before.rowFromTop(y) + 3 * x;
      const std::uint8_t* a = after.rowFromTop(y) + 3 * x;
      const std::uint8_t* s = source.rowFromTop(y) + 3 * x;
      bool close = true, same = true;
      for (int c = 0; c < 3; ++c) {
        close = close && std::abs(int(b[c]) - int(s[c])) <= 20;
        same = same && a[c] == b[c];
      }
      changed += close && !same;
    }
  }
  return changed;
}

TEST(GifWriter, DecodesToThePicturesGivenAndKeepsWellShownStillPixels) {
  QTemporaryDir dir;
  const std::string path = dir.filePath(QStringLiteral("check.gif")).toStdString();
  const int w = 320, h = 200;
  const RgbImage first = gradient(w, h);
  RgbImage second = first;
  for (int y = 50; y < 90; ++y) {
    for (int x = 100; x < 180; ++x) {
      std::uint8_t* p = second.rowFromTop(y) + 3 * x;
      p[0] = 250, p[1] = 120, p[2] = 30;  // an orange patch appears
    }
  }
  {
    ebmui::GifWriter gif(path, w, h, 20);
    gif.write(first);
    gif.write(second);
    gif.write(second);  // nothing changes
    gif.finish();
  }
  const ebmui::VideoProbe probe = ebmui::probeVideo(path, {0, 1, 2});
  ASSERT_EQ(probe.frames, 3);
  ASSERT_EQ(probe.images.size(), 3u);
  EXPECT_NEAR(probe.durationSeconds, 3 * 0.05, 1e-9);
  // 256 dithered colours come close to a picture of some 60,000 colours (dithering noise is a few levels).
  EXPECT_LT(meanDifference(probe.images[0], first, 0, 0, w, h), 6.0);
  // The patch is orange; everything outside it is exactly what the first frame showed.
  EXPECT_LT(meanDifference(probe.images[1], second, 100, 50, 80, 40), 3.0);
  // Outside it, a pixel whose palette colour came within the repair tolerance (20 levels) of the picture is
  // exactly what the frame before showed; the rare worse ones are drawn again and only get closer.
  EXPECT_EQ(changedWellShownPixels(probe.images[0], probe.images[1], first, 100, 50, 80, 40), 0);
  EXPECT_EQ(changedWellShownPixels(probe.images[1], probe.images[2], second, -1, -1, 0, 0), 0);
  EXPECT_LE(meanDifference(probe.images[2], second, 0, 0, w, h),
            meanDifference(probe.images[0], first, 0, 0, w, h));
}

TEST(GifWriter, LzwSurvivesManyTableResets) {
  // Noise in 64 colours compresses badly: the 4096-code table fills and is cleared many times.
  QTemporaryDir dir;
  const std::string path = dir.filePath(QStringLiteral("noise.gif")).toStdString();
  const int w = 400, h = 300;
  RgbImage noise;
  noise.resize(w, h);
  std::mt19937 random(7);
  for (std::size_t i = 0; i < noise.pixels.size(); i += 3) {
    const unsigned colour = random() % 64;
    noise.pixels[i] = std::uint8_t((colour & 3) * 85);
    noise.pixels[i + 1] = std::uint8_t(((colour >> 2) & 3) * 85);
    noise.pixels[i + 2] = std::uint8_t(((colour >> 4) & 3) * 85);
  }
  {
    ebmui::GifWriter gif(path, w, h, 10);
    gif.write(noise);
    gif.finish();
  }
  const ebmui::VideoProbe probe = ebmui::probeVideo(path, {0});
  ASSERT_EQ(probe.images.size(), 1u);
  // 64 colours fit a palette exactly: the decoded picture is the same, pixel for pixel.
  EXPECT_EQ(probe.images[0].pixels, noise.pixels);
}

}  // namespace
