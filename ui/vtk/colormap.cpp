#include "vtk/colormap.h"

#include <algorithm>

#include <vtkLookupTable.h>

namespace ebmui {

std::array<double, 3> viridis(double t) {
  t = std::clamp(t, 0.0, 1.0);
  static constexpr double c[7][3] = {
      {0.2777273272234177, 0.005407344544966578, 0.3340998053353061},
      {0.1050930431085774, 1.404613529898575, 1.384590162594685},
      {-0.3308618287255563, 0.214847559468213, 0.09509516302823659},
      {-4.634230498983486, -5.799100973351585, -19.33244095627987},
      {6.228269936347081, 14.17993336680509, 56.69055260068105},
      {4.776384997670288, -13.74514537774601, -65.35303263337234},
      {-5.435455855934631, 4.645852612178535, 26.3124352495832},
  };
  std::array<double, 3> rgb{};
  for (int channel = 0; channel < 3; ++channel) {
    double value = c[6][channel];
    for (int k = 5; k >= 0; --k)
      value = c[k][channel] + t * value;
    rgb[channel] = std::clamp(value, 0.0, 1.0);
  }
  return rgb;
}

vtkSmartPointer<vtkLookupTable> makeViridisTable(double low, double high) {
  auto table = vtkSmartPointer<vtkLookupTable>::New();
  constexpr int kColors = 256;
  table->SetNumberOfTableValues(kColors);
  for (int i = 0; i < kColors; ++i) {
    const auto rgb = viridis(double(i) / (kColors - 1));
    table->SetTableValue(i, rgb[0], rgb[1], rgb[2], 1.0);
  }
  table->SetTableRange(low, std::max(high, low + 1e-6));
  table->UseBelowRangeColorOff();
  table->UseAboveRangeColorOff();
  table->Build();
  return table;
}

}  // namespace ebmui
