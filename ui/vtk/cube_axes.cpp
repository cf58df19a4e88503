#include "vtk/cube_axes.h"

#include <vtkAxisActor.h>
#include <vtkObjectFactory.h>

namespace ebmui {

vtkStandardNewMacro(CubeAxesActor);

// Each axis is drawn by one of four axis actors (one per edge of the box); all get the same offsets. VTK
// measures them from the axis outward as negative numbers.
void CubeAxesActor::setScreenTitleOffsets(double belowX, double leftOfY) {
  for (int i = 0; i < NUMBER_OF_ALIGNED_AXIS; ++i) {
    XAxes[i]->SetVerticalOffsetXTitle2D(-belowX);
    YAxes[i]->SetHorizontalOffsetYTitle2D(-leftOfY);
  }
}

double CubeAxesActor::screenTitleOffsetBelowX() const {
  return -XAxes[0]->GetVerticalOffsetXTitle2D();
}

double CubeAxesActor::screenTitleOffsetLeftOfY() const {
  return -YAxes[0]->GetHorizontalOffsetYTitle2D();
}

}  // namespace ebmui
