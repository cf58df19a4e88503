// Pixel sizes follow the pixel scale (device pixel ratio × render scale × type scale), and a size a layer
// sets later becomes the new base.
#include <gtest/gtest.h>

#include <vtkActor.h>
#include <vtkCubeAxesActor.h>
#include <vtkNew.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>

#include "vtk/cube_axes.h"
#include "vtk/pixel_sizes.h"

namespace ebmui {
namespace {

TEST(PixelSizes, FollowTheScaleAndNoticeNewSizesFromTheirLayer) {
  vtkNew<vtkRenderer> renderer;
  vtkNew<vtkActor> points;
  points->GetProperty()->SetPointSize(6);
  points->GetProperty()->SetLineWidth(2);
  vtkNew<vtkCubeAxesActor> axes;
  axes->SetScreenSize(9);
  renderer->AddActor(points);
  renderer->AddActor(axes);
  PixelSizes sizes;
  sizes.apply(renderer, 0.5);
  EXPECT_FLOAT_EQ(points->GetProperty()->GetPointSize(), 3);
  EXPECT_FLOAT_EQ(points->GetProperty()->GetLineWidth(), 1);
  EXPECT_NEAR(axes->GetScreenSize(), 9 * 0.5, 1e-6);
  const vtkMTimeType axesTime = axes->GetMTime();
  sizes.apply(renderer, 0.5);  // applying twice does not shrink twice, nor touch what it does not change
  EXPECT_FLOAT_EQ(points->GetProperty()->GetPointSize(), 3);
  EXPECT_EQ(axes->GetMTime(), axesTime);  // else a view's still layer would never be kept (StillPicture)
  sizes.apply(renderer, 1.0);
  EXPECT_FLOAT_EQ(points->GetProperty()->GetPointSize(), 6);
  EXPECT_NEAR(axes->GetScreenSize(), 9, 1e-6);
  for (int render = 0; render < 10; ++render)  // sizes that float cannot hold exactly do not creep
    sizes.apply(renderer, 0.7);
  EXPECT_FLOAT_EQ(points->GetProperty()->GetPointSize(), 6 * 0.7f);
  EXPECT_NEAR(axes->GetScreenSize(), 9 * 0.7, 1e-6);
  points->GetProperty()->SetPointSize(8);  // the layer's new style
  sizes.apply(renderer, 0.75);
  EXPECT_FLOAT_EQ(points->GetProperty()->GetPointSize(), 6);
  sizes.apply(renderer, 1.0);
  EXPECT_FLOAT_EQ(points->GetProperty()->GetPointSize(), 8);
}

// The window's DPI sizes its text; the axes' offsets and lines and the colour bar's width cap are pixels too.
TEST(PixelSizes, ScaleTheWindowsTextAndEveryPixelSizeOfItsRenderers) {
  vtkNew<vtkRenderWindow> window;
  vtkNew<vtkRenderer> renderer;
  window->AddRenderer(renderer);
  vtkNew<CubeAxesActor> axes;
  axes->SetLabelOffset(12);
  axes->SetTitleOffset(18);
  renderer->AddActor(axes);
  vtkNew<vtkScalarBarActor> bar;
  bar->SetMaximumWidthInPixels(90);
  renderer->AddViewProp(bar);
  PixelSizes sizes;
  sizes.apply(window, 2.0);
  EXPECT_EQ(window->GetDPI(), 144);
  EXPECT_NEAR(axes->GetLabelOffset(), 24, 1e-6);
  EXPECT_NEAR(axes->GetTitleOffset(), 36, 1e-6);
  EXPECT_FLOAT_EQ(axes->GetXAxesLinesProperty()->GetLineWidth(), 2);
  EXPECT_NEAR(axes->screenTitleOffsetBelowX(), 80, 1e-6);  // VTK's 40 and 50
  EXPECT_NEAR(axes->screenTitleOffsetLeftOfY(), 100, 1e-6);
  EXPECT_EQ(bar->GetMaximumWidthInPixels(), 180);
  for (int render = 0; render < 5; ++render)  // whole pixels that do not creep either
    sizes.apply(window, 0.73);
  EXPECT_EQ(window->GetDPI(), 53);
  EXPECT_EQ(bar->GetMaximumWidthInPixels(), 66);
  sizes.apply(window, 1.0);
  EXPECT_EQ(bar->GetMaximumWidthInPixels(), 90);
  EXPECT_NEAR(axes->GetLabelOffset(), 12, 1e-6);
}

}  // namespace
}  // namespace ebmui
