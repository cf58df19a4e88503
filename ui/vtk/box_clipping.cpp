#include "vtk/box_clipping.h"

#include <vtkMapper.h>
#include <vtkNew.h>
#include <vtkPlane.h>
#include <vtkPlaneCollection.h>

namespace ebmui {

void clipToBox(vtkMapper* mapper, const ebm::Box& box) {
  vtkNew<vtkPlaneCollection> planes;
  for (int axis = 0; axis < 2; ++axis) {
    for (const double side : {1.0, -1.0}) {
      // VTK keeps the side a plane's normal points to: inward from each face.
      vtkNew<vtkPlane> plane;
      double origin[3] = {0, 0, 0}, normal[3] = {0, 0, 0};
      // A hair outside the face: particles that reflecting walls put exactly on it stay drawn.
      const double slack = 1e-4 * box.width(axis);
      origin[axis] = side > 0 ? box.lower[std::size_t(axis)] - slack : box.upper[std::size_t(axis)] + slack;
      normal[axis] = side;
      plane->SetOrigin(origin);
      plane->SetNormal(normal);
      planes->AddItem(plane);
    }
  }
  mapper->SetClippingPlanes(planes);
}

}  // namespace ebmui
