// Sizes given in pixels (text, point sizes, line widths, the axes' labels, the colour bar's width) follow one
// pixel scale: a view's device pixel ratio × its render's resolution scale × its type scale (presentation
// mode), or an exported frame's own scale. A label is then the same share of the picture on a 100 % and a
// 200 % screen, and a picture drawn at fewer pixels and stretched over the view looks the same as a full one.
#pragma once

#include <unordered_map>

class vtkObject;
class vtkRenderWindow;
class vtkRenderer;

namespace ebmui {

/// Remembers each prop's pixel sizes as its layer set them and applies them × scale before a render. A size
/// a layer changes later (a new point style, say) is noticed and becomes the new base.
class PixelSizes {
 public:
  /// The whole window: its DPI becomes 72 × scale (text is sized in points, so every text follows) and the
  /// props of each of its renderers are scaled as by apply(renderer, scale).
  void apply(vtkRenderWindow* window, double scale);
  /// Point sizes and line widths of the renderer's actors; an axes actor's label size, offsets (also of its
  /// screen-text titles, if it is a CubeAxesActor) and line widths; a colour bar's largest width.
  void apply(vtkRenderer* renderer, double scale);

 private:
  struct Size {
    double base = 0;     // as the layer set it
    double applied = 0;  // as last written here
  };
  double scaled(Size& size, double current, double scale);
  void applyToAxes(vtkObject* axes, double scale);
  std::unordered_map<const vtkObject*, Size> pointSizes_, lineWidths_, screenSizes_, labelOffsets_,
      titleOffsets_, titleBelowX_, titleLeftOfY_, barWidths_;
};

}  // namespace ebmui
