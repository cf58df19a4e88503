#include "vtk/map_interactor_style.h"

#include <vtkObjectFactory.h>
#include <vtkRenderWindowInteractor.h>

namespace ebmui {

vtkStandardNewMacro(MapInteractorStyle);

void MapInteractorStyle::OnLeftButtonDown() {
  FindPokedRenderer(Interactor->GetEventPosition()[0], Interactor->GetEventPosition()[1]);
  if (CurrentRenderer) StartPan();
}

void MapInteractorStyle::OnLeftButtonUp() {
  if (State == VTKIS_PAN) EndPan();
}

}  // namespace ebmui
