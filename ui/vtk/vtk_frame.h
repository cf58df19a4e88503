// One VTK frame drawn into a foreign framebuffer. Kept apart from Qt: VTK's GLEW and Qt's GL headers clash.
#pragma once

class vtkGenericOpenGLRenderWindow;

namespace ebmui {

/// Renders `window` with its OpenGL state isolated, then blits its display framebuffer into `framebuffer`
/// (e.g. QOpenGLWidget::defaultFramebufferObject()) of `width` × `height` pixels, stretching it (linear
/// filtering) if the window is smaller. The window's context must be current.
void renderInto(vtkGenericOpenGLRenderWindow* window, unsigned int framebuffer, int width, int height);

}  // namespace ebmui
