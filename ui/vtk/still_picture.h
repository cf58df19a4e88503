// The still part of a view's picture, kept between renders: when only what moves (particles, trails) changed,
// a view starts from this picture — colours and depths — and draws just the moving layer on top.
#pragma once

#include <memory>

class vtkRenderWindow;
class vtkRenderer;

namespace ebmui {

/// A copy of a render window's framebuffer (colour and depth) after its still layer was drawn. With software
/// OpenGL the still layer (surface, contours, axes, colour bar, background) is most of a render's cost, and
/// while particles play it does not change: restoring it costs two framebuffer copies.
class StillPicture {
 public:
  StillPicture();
  ~StillPicture();
  StillPicture(const StillPicture&) = delete;
  StillPicture& operator=(const StillPicture&) = delete;

  /// Copies what `window` has drawn so far (its render framebuffer) and remembers `stamp` (see stillStamp).
  /// The window's context must be current, after a render. False if OpenGL could not make the copy.
  bool keep(vtkRenderWindow* window, unsigned long stamp);
  /// Whether the copy was made of a scene with this stamp at the window's current size.
  [[nodiscard]] bool matches(vtkRenderWindow* window, unsigned long stamp) const;
  /// Copies the kept picture back into the window's render framebuffer, to draw on.
  void restore(vtkRenderWindow* window);
  /// Forgets the copy (the next render draws everything).
  void forget();
  /// Frees the copy's OpenGL objects (with the window's other graphics resources).
  void release(vtkRenderWindow* window);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

/// The latest modification time of anything `renderer` draws: its props (with their mappers and inputs),
/// their visibility, the camera, the renderer's own settings. A still layer whose stamp did not change since
/// it was kept looks the same.
[[nodiscard]] unsigned long stillStamp(vtkRenderer* renderer);

}  // namespace ebmui
