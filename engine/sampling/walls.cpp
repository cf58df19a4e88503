#include "sampling/walls.h"

namespace ebm {

const char* wallsName(Walls walls) {
  switch (walls) {
    case Walls::None:
      return "none";
    case Walls::Reflecting:
      return "reflecting";
    case Walls::Periodic:
      return "periodic";
  }
  return "unknown";
}

void applyWalls(Walls walls, const Box& box, float* point) {
  if (walls == Walls::Reflecting) {
    for (int axis = 0; axis < box.dimension; ++axis)
      reflectCoordinate(point[axis], box.lower[axis], box.upper[axis]);
  } else if (walls == Walls::Periodic) {
    for (int axis = 0; axis < box.dimension; ++axis)
      wrapCoordinate(point[axis], box.lower[axis], box.upper[axis]);
  }
}

}  // namespace ebm
