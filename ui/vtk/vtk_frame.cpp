#include <vtk_glew.h>

#include "vtk/vtk_frame.h"

#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLState.h>

namespace ebmui {

void renderInto(vtkGenericOpenGLRenderWindow* window, unsigned int framebuffer) {
  vtkOpenGLState* state = window->GetState();
  state->Reset();
  state->Push();
  window->Render();
  state->Pop();

  const int* size = window->GetSize();
  state->PushDrawFramebufferBinding();
  state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
  state->vtkglDrawBuffer(GL_COLOR_ATTACHMENT0);
  state->vtkglDisable(GL_SCISSOR_TEST);
  state->vtkglViewport(0, 0, size[0], size[1]);
  const int* rendered = window->GetRenderFramebuffer()->GetLastSize();
  window->BlitDisplayFramebuffer(0, 0, 0, rendered[0], rendered[1], 0, 0, size[0], size[1],
                                 GL_COLOR_BUFFER_BIT, GL_NEAREST);
  // An alpha below 1 makes Qt blend the picture with what lies behind the window (black under Mesa): force 1.
  state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
  state->vtkglClearColor(0, 0, 0, 1);
  state->vtkglClear(GL_COLOR_BUFFER_BIT);
  state->vtkglColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  state->PopDrawFramebufferBinding();
}

}  // namespace ebmui
