// Drawing clipped to the box: particles and trails that wander out of a 2D lesson's box stop at its edge
// instead of covering the axes and the colour bar.
#pragma once

#include "core/box.h"

class vtkMapper;

namespace ebmui {

/// Clips what `mapper` draws to x₁ and x₂ inside `box` (four planes; z is left free).
void clipToBox(vtkMapper* mapper, const ebm::Box& box);

}  // namespace ebmui
