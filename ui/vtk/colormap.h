// Perceptual colour maps for energies: viridis (dark = low energy = likely, bright = high energy).
#pragma once

#include <array>

#include <vtkSmartPointer.h>

class vtkLookupTable;

namespace ebmui {

/// Viridis at t ∈ [0, 1] (clamped) as RGB in [0, 1]: Matt Zucker's degree-6 fit of matplotlib's table.
[[nodiscard]] std::array<double, 3> viridis(double t);

/// A 256-colour viridis lookup table over [low, high]; values outside clamp to the ends.
[[nodiscard]] vtkSmartPointer<vtkLookupTable> makeViridisTable(double low, double high);

}  // namespace ebmui
