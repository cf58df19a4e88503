// How the mouse moves the top-down map's camera.
#pragma once

#include <vtkInteractorStyleTrackballCamera.h>

namespace ebmui {

/// For the top-down map: left drag pans (rotating a map only confuses), right drag and the wheel zoom.
class MapInteractorStyle : public vtkInteractorStyleTrackballCamera {
 public:
  static MapInteractorStyle* New();
  vtkTypeMacro(MapInteractorStyle, vtkInteractorStyleTrackballCamera);
  void OnLeftButtonDown() override;
  void OnLeftButtonUp() override;
};

}  // namespace ebmui
