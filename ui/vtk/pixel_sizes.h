// Sizes given in screen pixels (point sizes, line widths, the axes' text) follow a render's resolution scale,
// so a picture drawn at fewer pixels and stretched over the view looks the same size as a full one.
#pragma once

#include <unordered_map>

class vtkObject;
class vtkRenderer;

namespace ebmui {

/// Remembers each prop's pixel sizes as its layer set them and applies them × scale before a render. A size
/// a layer changes later (a new point style, say) is noticed and becomes the new base.
class PixelSizes {
 public:
  void apply(vtkRenderer* renderer, double scale);

 private:
  struct Size {
    double base = 0;     // as the layer set it
    double applied = 0;  // as last written here
  };
  double scaled(Size& size, double current, double scale);
  std::unordered_map<const vtkObject*, Size> pointSizes_, lineWidths_, screenSizes_;
};

}  // namespace ebmui
