// VTK's box axes, with the distances of their screen-text titles from the axes in reach (VTK keeps them in
// axis actors it does not hand out), so that they follow the pixel scale like every other size in pixels.
#pragma once

#include <vtkCubeAxesActor.h>

namespace ebmui {

/// A vtkCubeAxesActor whose titles drawn as screen text (2D mode: the flat map) keep their distance from the
/// axes on a 200 % screen: VTK places them a fixed 40 pixels below the x axis and 50 left of the y axis,
/// which there put them onto the labels.
class CubeAxesActor : public vtkCubeAxesActor {
 public:
  static CubeAxesActor* New();
  vtkTypeMacro(CubeAxesActor, vtkCubeAxesActor);
  CubeAxesActor(const CubeAxesActor&) = delete;
  void operator=(const CubeAxesActor&) = delete;

  /// Pixels between the x axis and its title below it, and between the y axis and its title at its left.
  void setScreenTitleOffsets(double belowX, double leftOfY);
  [[nodiscard]] double screenTitleOffsetBelowX() const;
  [[nodiscard]] double screenTitleOffsetLeftOfY() const;

 protected:
  CubeAxesActor() = default;
  ~CubeAxesActor() override = default;
};

}  // namespace ebmui
