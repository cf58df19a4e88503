#include <vtk_glew.h>

#include "vtk/vtk_frame.h"

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>

namespace ebmui {

void renderInto(vtkGenericOpenGLRenderWindow* window, unsigned int framebuffer, int width, int height) {
  vtkOpenGLState* state = window->GetState();
  state->Reset();
  state->Push();
  window->Render();
  state->Pop();

  state->PushDrawFramebufferBinding();
  state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
  state->vtkglDrawBuffer(GL_COLOR_ATTACHMENT0);
  state->vtkglDisable(GL_SCISSOR_TEST);
  state->vtkglViewport(0, 0, width, height);
  const int* rendered = window->GetRenderFramebuffer()->GetLastSize();
  // A picture drawn at fewer pixels than the target is stretched with linear filtering.
  const bool same = rendered[0] == width && rendered[1] == height;
  window->BlitDisplayFramebuffer(0, 0, 0, rendered[0], rendered[1], 0, 0, width, height, GL_COLOR_BUFFER_BIT,
                                 same ? GL_NEAREST : GL_LINEAR);
  // An alpha below 1 makes Qt blend the picture with what lies behind the window (black under Mesa): force 1.
  state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
  state->vtkglClearColor(0, 0, 0, 1);
  state->vtkglClear(GL_COLOR_BUFFER_BIT);
  state->vtkglColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  state->PopDrawFramebufferBinding();
}

}  // namespace ebmui
