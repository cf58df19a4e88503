#include "vtk/still_picture.h"

#include <vtkCamera.h>
#include <vtkNew.h>
#include <vtkOpenGLFramebufferObject.h>
#include <vtkOpenGLRenderWindow.h>
#include <vtkOpenGLState.h>
#include <vtkProp.h>
#include <vtkPropCollection.h>
#include <vtkRenderer.h>
#include <vtk_glew.h>

#include <algorithm>

namespace ebmui {

struct StillPicture::Impl {
  vtkNew<vtkOpenGLFramebufferObject> copy;
  int width = 0, height = 0;
  unsigned long stamp = 0;
  bool valid = false;
};

StillPicture::StillPicture() : d_(std::make_unique<Impl>()) {}
StillPicture::~StillPicture() = default;

namespace {

// Copies colour and depth between the bound read and draw framebuffers, pixel for pixel.
void copyFramebuffer(vtkOpenGLState* state, int width, int height) {
  state->vtkglDisable(GL_SCISSOR_TEST);
  state->vtkglBlitFramebuffer(0, 0, width, height, 0, 0, width, height,
                              GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT, GL_NEAREST);
}

}  // namespace

bool StillPicture::keep(vtkRenderWindow* window, unsigned long stamp) {
  d_->valid = false;
  auto* gl = vtkOpenGLRenderWindow::SafeDownCast(window);
  if (!gl || !gl->GetRenderFramebuffer()) return false;
  vtkOpenGLFramebufferObject* rendered = gl->GetRenderFramebuffer();
  const int* size = rendered->GetLastSize();
  vtkOpenGLState* state = gl->GetState();
  state->PushFramebufferBindings();
  if (d_->width != size[0] || d_->height != size[1] || !d_->copy->GetFBOIndex()) {
    d_->copy->SetContext(gl);
    d_->copy->Bind();
    // As the window makes its own: one RGBA8 colour texture and a 32-bit depth buffer (a copy of depths needs
    // the same format on both sides).
    if (!d_->copy->PopulateFramebuffer(size[0], size[1], true, 1, VTK_UNSIGNED_CHAR, true, 32, 0,
                                       gl->GetStencilCapable() != 0)) {
      state->PopFramebufferBindings();
      return false;
    }
    d_->width = size[0], d_->height = size[1];
  }
  rendered->Bind(GL_READ_FRAMEBUFFER);
  rendered->ActivateReadBuffer(0);
  d_->copy->Bind(GL_DRAW_FRAMEBUFFER);
  d_->copy->ActivateDrawBuffer(0);
  copyFramebuffer(state, size[0], size[1]);
  state->PopFramebufferBindings();
  d_->valid = glGetError() == GL_NO_ERROR;
  d_->stamp = stamp;
  return d_->valid;
}

bool StillPicture::matches(vtkRenderWindow* window, unsigned long stamp) const {
  const int* size = window->GetSize();
  return d_->valid && d_->stamp == stamp && d_->width == size[0] && d_->height == size[1];
}

void StillPicture::restore(vtkRenderWindow* window) {
  auto* gl = vtkOpenGLRenderWindow::SafeDownCast(window);
  if (!gl || !d_->valid) return;
  gl->MakeCurrent();
  vtkOpenGLState* state = gl->GetState();
  state->PushFramebufferBindings();
  d_->copy->Bind(GL_READ_FRAMEBUFFER);
  d_->copy->ActivateReadBuffer(0);
  gl->GetRenderFramebuffer()->Bind(GL_DRAW_FRAMEBUFFER);
  gl->GetRenderFramebuffer()->ActivateDrawBuffer(0);
  copyFramebuffer(state, d_->width, d_->height);
  state->PopFramebufferBindings();
}

void StillPicture::forget() {
  d_->valid = false;
}

void StillPicture::release(vtkRenderWindow* window) {
  d_->copy->ReleaseGraphicsResources(window);
  d_->valid = false;
  d_->width = d_->height = 0;
}

unsigned long stillStamp(vtkRenderer* renderer) {
  // Not the renderer's own time: switching its drawing off and on (VtkView::render) modifies it.
  vtkMTimeType stamp = renderer->GetActiveCamera()->GetMTime();
  vtkPropCollection* props = renderer->GetViewProps();
  vtkCollectionSimpleIterator it;
  props->InitTraversal(it);
  while (vtkProp* prop = props->GetNextProp(it))
    stamp = std::max(stamp, prop->GetVisibility() ? prop->GetRedrawMTime() : prop->GetMTime());
  return stamp;
}

}  // namespace ebmui
