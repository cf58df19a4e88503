// How close an exported GIF is to the frames it was made from: a built-in lesson rendered offscreen, written
// by the GIF writer, decoded again by giflib (composited frame over frame as a viewer shows them) and
// compared pixel by pixel. Prints the file size, the mean absolute error per channel and the PSNR (README,
// "Exporting").
#include <gif_lib.h>
#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "export/gif_writer.h"
#include "export/offscreen_scene.h"
#include "session/lesson_library.h"
#include "simulation/simulation.h"

namespace {

using ebmui::RgbImage;

// The pictures a viewer shows for each frame of the GIF at `path`: each image drawn over the last (the writer
// keeps every frame, disposal "do not dispose"), its transparent entry leaving what was there.
std::vector<RgbImage> decodeGif(const std::string& path) {
  int error = 0;
  GifFileType* gif = DGifOpenFileName(path.c_str(), &error);
  if (!gif) {
    ADD_FAILURE() << "giflib cannot open the GIF: " << GifErrorString(error);
    return {};
  }
  std::vector<RgbImage> shown;
  if (DGifSlurp(gif) != GIF_OK) {
    ADD_FAILURE() << "giflib cannot decode the GIF: " << GifErrorString(gif->Error);
    DGifCloseFile(gif, &error);
    return {};
  }
  RgbImage canvas;
  canvas.resize(gif->SWidth, gif->SHeight);
  std::fill(canvas.pixels.begin(), canvas.pixels.end(), std::uint8_t(0));
  for (int i = 0; i < gif->ImageCount; ++i) {
    const SavedImage& image = gif->SavedImages[i];
    GraphicsControlBlock control{};
    control.TransparentColor = NO_TRANSPARENT_COLOR;
    DGifSavedExtensionToGCB(gif, i, &control);
    const ColorMapObject* colours = image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
    const GifImageDesc& box = image.ImageDesc;
    for (int y = 0; y < box.Height; ++y) {
      std::uint8_t* row = canvas.rowFromTop(box.Top + y) + 3 * box.Left;
      for (int x = 0; x < box.Width; ++x) {
        const int index = image.RasterBits[std::size_t(y) * std::size_t(box.Width) + std::size_t(x)];
        if (index == control.TransparentColor) continue;
        const GifColorType& c = colours->Colors[index];
        row[3 * x] = c.Red, row[3 * x + 1] = c.Green, row[3 * x + 2] = c.Blue;
      }
    }
    shown.push_back(canvas);
  }
  DGifCloseFile(gif, &error);
  return shown;
}

struct Fidelity {
  std::array<double, 3> meanAbsoluteError{};  // per channel (R, G, B), in levels of 255
  double psnr = 0;                            // dB, over all channels and frames
};

Fidelity compare(const std::vector<RgbImage>& source, const std::vector<RgbImage>& shown) {
  std::array<double, 3> absolute{};
  double squared = 0, count = 0;
  for (std::size_t f = 0; f < source.size(); ++f) {
    for (int y = 0; y < source[f].height; ++y) {
      const std::uint8_t* a = source[f].rowFromTop(y);
      const std::uint8_t* b = shown[f].rowFromTop(y);
      for (int x = 0; x < source[f].width; ++x) {
        for (int c = 0; c < 3; ++c) {
          const double d = double(a[3 * x + c]) - double(b[3 * x + c]);
          absolute[std::size_t(c)] += std::abs(d);
          squared += d * d;
        }
      }
      count += source[f].width;
    }
  }
  Fidelity result;
  for (int c = 0; c < 3; ++c)
    result.meanAbsoluteError[std::size_t(c)] = absolute[std::size_t(c)] / count;
  result.psnr = 10 * std::log10(255.0 * 255.0 / (squared / (3 * count)));
  return result;
}

TEST(GifFidelity, ALessonExportDecodesCloseToItsFramesInASmallFile) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display (xvfb-run)";
  ebm::Lesson lesson = ebmui::loadLesson(QStringLiteral("energy-and-probability"));
  lesson.sampler.particles = 400;
  const int width = 640, height = 360, frames = 30, fps = 15;
  std::vector<RgbImage> source(frames);
  {
    ebmui::OffscreenScene scene(lesson, width, height);
    ebm::Simulation simulation(lesson);
    for (RgbImage& frame : source) {
      simulation.advanceFrame();
      scene.show(simulation.currentFrame());
      scene.render(frame);
    }
  }
  QTemporaryDir dir;
  const std::string path = dir.filePath(QStringLiteral("lesson.gif")).toStdString();
  const auto start = std::chrono::steady_clock::now();
  ebmui::GifWriter gif(path, width, height, fps);
  for (const RgbImage& frame : source)
    gif.write(frame);
  gif.finish();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const std::vector<RgbImage> shown = decodeGif(path);
  ASSERT_EQ(shown.size(), source.size());
  const Fidelity fidelity = compare(source, shown);
  const auto bytes = std::filesystem::file_size(path);
  std::printf(
      "GIF of %d frames at %dx%d: %ju bytes in %.2f s, mean |error| R %.3f G %.3f B %.3f, PSNR %.2f dB\n",
      frames, width, height, std::uintmax_t(bytes), seconds, fidelity.meanAbsoluteError[0],
      fidelity.meanAbsoluteError[1], fidelity.meanAbsoluteError[2], fidelity.psnr);
  RecordProperty("bytes", std::to_string(bytes));
  RecordProperty("psnr", std::to_string(fidelity.psnr));
  for (const double error : fidelity.meanAbsoluteError)
    EXPECT_LT(error, 2.0);
  EXPECT_GT(fidelity.psnr, 38.0);
  EXPECT_LT(bytes, 2'000'000u);
}

}  // namespace
