// The anomaly flags are told apart by shape, not only by hue: a test-point layer draws each flag as its own
// mark (circle, square, triangle, diamond) in its palette colour, rendered here and compared pixel by pixel.
#include <gtest/gtest.h>

#include <vtkCamera.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>

#include <QByteArray>
#include <algorithm>
#include <array>
#include <vector>

#include "style/palette.h"
#include "vtk/point_cloud_layer.h"

namespace ebmui {
namespace {

constexpr int kMarkSize = 40;  // pixels
constexpr int kSpacing = 60;   // pixels between marks
constexpr int kFlags = 4;

/// Which pixels of a (kSpacing × kSpacing) cell around a mark are covered.
using Mask = std::vector<bool>;

struct RenderedMarks {
  std::array<Mask, kFlags> masks;
  std::array<std::array<int, 3>, kFlags> centres;  ///< the colour at each mark's centre
};

RenderedMarks renderFlags() {
  vtkNew<vtkRenderWindow> window;
  vtkNew<vtkRenderer> renderer;
  window->AddRenderer(renderer);
  window->SetOffScreenRendering(1);
  window->SetMultiSamples(0);
  window->SetSize(kSpacing * kFlags, kSpacing);
  renderer->SetBackground(0, 0, 0);
  PointCloudLayer layer(PointStyle{{1, 1, 1}, double(kMarkSize), 1.0, LabelLook::Flags});
  layer.addTo(renderer);
  // One world unit per cell: points at x = 0.5, 1.5, …, seen from above in parallel projection.
  ebm::Points positions(2, kFlags);
  for (int k = 0; k < kFlags; ++k)
    positions.col(k) << float(k + 0.5), 0.5f;
  layer.setPoints(positions, std::vector<float>(kFlags, 0.0f), {0, 1, 2, 3});
  vtkCamera* camera = renderer->GetActiveCamera();
  camera->ParallelProjectionOn();
  camera->SetFocalPoint(kFlags / 2.0, 0.5, 0);
  camera->SetPosition(kFlags / 2.0, 0.5, 10);
  camera->SetViewUp(0, 1, 0);
  camera->SetParallelScale(0.5);
  renderer->ResetCameraClippingRange();
  window->Render();
  vtkNew<vtkUnsignedCharArray> pixels;
  window->GetPixelData(0, 0, kSpacing * kFlags - 1, kSpacing - 1, 1, pixels);
  const unsigned char* rgb = pixels->GetPointer(0);
  RenderedMarks marks;
  for (int k = 0; k < kFlags; ++k) {
    marks.masks[std::size_t(k)].assign(kSpacing * kSpacing, false);
    for (int y = 0; y < kSpacing; ++y) {
      for (int x = 0; x < kSpacing; ++x) {
        const unsigned char* p = rgb + 3 * (y * kSpacing * kFlags + k * kSpacing + x);
        marks.masks[std::size_t(k)][std::size_t(y * kSpacing + x)] = p[0] + p[1] + p[2] > 0;
      }
    }
    const unsigned char* c = rgb + 3 * ((kSpacing / 2) * kSpacing * kFlags + k * kSpacing + kSpacing / 2);
    marks.centres[std::size_t(k)] = {c[0], c[1], c[2]};
  }
  return marks;
}

int covered(const Mask& mask) {
  return int(std::count(mask.begin(), mask.end(), true));
}

int differing(const Mask& a, const Mask& b) {
  int n = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    n += a[i] != b[i];
  return n;
}

TEST(PointMarks, EachAnomalyFlagIsDrawnInItsOwnShapeAndColour) {
  ASSERT_FALSE(qgetenv("DISPLAY").isEmpty()) << "needs an X display (xvfb-run)";
  const RenderedMarks marks = renderFlags();
  for (int k = 0; k < kFlags; ++k) {
    const auto flag = palette::flagOfLabel(k);
    // Drawn, and no bigger than its sprite.
    EXPECT_GT(covered(marks.masks[std::size_t(k)]), kMarkSize * kMarkSize / 3) << "flag " << k;
    EXPECT_LE(covered(marks.masks[std::size_t(k)]), (kMarkSize + 2) * (kMarkSize + 2)) << "flag " << k;
    // Flat, in the palette's colour exactly (the rim is dark, the inside is the flag's colour).
    const auto expected = palette::flagColour(flag);
    EXPECT_NEAR(marks.centres[std::size_t(k)][0], expected.r, 2) << "flag " << k;
    EXPECT_NEAR(marks.centres[std::size_t(k)][1], expected.g, 2) << "flag " << k;
    EXPECT_NEAR(marks.centres[std::size_t(k)][2], expected.b, 2) << "flag " << k;
  }
  // Every two marks differ in a sizeable part of their outline, not only in hue.
  for (int a = 0; a < kFlags; ++a) {
    for (int b = a + 1; b < kFlags; ++b) {
      const int smaller =
          std::min(covered(marks.masks[std::size_t(a)]), covered(marks.masks[std::size_t(b)]));
      EXPECT_GT(differing(marks.masks[std::size_t(a)], marks.masks[std::size_t(b)]), smaller / 5)
          << "flags " << a << " and " << b << " have nearly the same shape";
    }
  }
}

TEST(PointMarks, TheLayerKeepsEachPointsShapeInTheOrderGiven) {
  PointCloudLayer flags(PointStyle{{1, 1, 1}, 6.0, 1.0, LabelLook::Flags});
  ebm::Points positions = ebm::Points::Zero(2, 5);
  flags.setPoints(positions, {}, {3, 2, 1, 0, 3});
  EXPECT_EQ(flags.drawnShapes(),
            (std::vector<int>{int(palette::MarkerShape::Diamond), int(palette::MarkerShape::Triangle),
                              int(palette::MarkerShape::Square), int(palette::MarkerShape::Circle),
                              int(palette::MarkerShape::Diamond)}));
  PointCloudLayer classes(PointStyle{{1, 1, 1}, 6.0, 1.0, LabelLook::Classes});
  classes.setPoints(positions, {}, {3, 2, 1, 0, 3});
  EXPECT_TRUE(classes.drawnShapes().empty());  // classes are round, lit dots
}

}  // namespace
}  // namespace ebmui
