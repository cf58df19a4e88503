// Pixel sizes follow the render scale, and a size a layer sets later becomes the new base.
#include <gtest/gtest.h>

#include <vtkActor.h>
#include <vtkCubeAxesActor.h>
#include <vtkNew.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

#include <cmath>

#include "vtk/pixel_sizes.h"

namespace ebmui {
namespace {

TEST(PixelSizes, FollowTheRenderScaleAndNoticeNewSizesFromTheirLayer) {
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
  EXPECT_NEAR(axes->GetScreenSize(), 9 * std::sqrt(0.5), 1e-6);
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
  EXPECT_NEAR(axes->GetScreenSize(), 9 * std::sqrt(0.7), 1e-6);
  points->GetProperty()->SetPointSize(8);  // the layer's new style
  sizes.apply(renderer, 0.75);
  EXPECT_FLOAT_EQ(points->GetProperty()->GetPointSize(), 6);
  sizes.apply(renderer, 1.0);
  EXPECT_FLOAT_EQ(points->GetProperty()->GetPointSize(), 8);
}

}  // namespace
}  // namespace ebmui
