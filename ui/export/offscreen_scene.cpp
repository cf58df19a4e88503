#include "export/offscreen_scene.h"

#include <vtkCamera.h>
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>

#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.h"
#include "experiments/experiment_stage.h"
#include "export/display_check.h"
#include "export/export_error.h"
#include "vtk/frame_presenter.h"
#include "vtk/pixel_sizes.h"
#include "vtk/vtk_view.h"

namespace ebmui {

// One view drawn into its own offscreen window. Two views are two windows side by side, not two viewports of
// one window: VTK 9.1's translucent pass reads uninitialised texture memory for a viewport that does not
// start at the window's origin, which made the right view's pixels vary from export to export. It is also
// how the window draws them (one VtkView each).
struct Pane {
  vtkNew<vtkRenderWindow> window;
  vtkNew<vtkRenderer> renderer;
  vtkNew<vtkUnsignedCharArray> pixels;
  PixelSizes pixelSizes;
  int left = 0, width = 0;
};

// An experiment's stage, painted by its kind's painter where the window shows it: in the map's place.
struct StagePane {
  const StagePainter* painter = nullptr;
  int left = 0, width = 0;
  std::shared_ptr<const ebm::ExperimentFrame> frame;
};

struct OffscreenScene::Impl {
  ebm::CameraSettings savedCamera;
  std::optional<StagePane> stage;
  std::unique_ptr<Pane> landscape, map, volume;
  vtkRenderer* orbitView = nullptr;  // the landscape or the volume renderer, if shown
  FramePresenter presenter;
  OrbitCamera orbit;
  bool camerasPlaced = false;
  double pixelScale = 1;

  [[nodiscard]] std::vector<Pane*> panes() const {
    std::vector<Pane*> all;
    for (const auto& pane : {landscape.get(), map.get(), volume.get()}) {
      if (pane) all.push_back(pane);
    }
    return all;
  }
};

namespace {

void openPane(Pane& pane, int left, int width, int height) {
  pane.left = left;
  pane.width = width;
  pane.window->AddRenderer(pane.renderer);
  pane.window->SetOffScreenRendering(1);
  pane.window->SetMultiSamples(0);  // as the window's views
  pane.window->SetSize(width, height);
}

// The pixel scale of a frame `height` rows tall (PixelSizes): its labels, points and lines are the share of
// the picture they are in the window on a screen as tall at its usual scaling — a 1080p frame as a 1080p
// screen at 100 % (12-point labels 12 pixels high, readable on a projector as the window is), a 4K frame as a
// 4K screen at 200 %. Smaller frames (a GIF for a web page) keep the 1080p sizes: fewer pixels than that and
// a label is no longer legible.
double exportPixelScale(int height) {
  return std::max(1.0, height / 1080.0);
}

// Paints the stage as the window's stage widget does and copies it into its columns of the bottom-up picture.
void paintStage(const StagePane& stage, int height, RgbImage& image) {
  QImage picture(stage.width, height, QImage::Format_RGB888);
  {
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area(0, 0, stage.width, height);
    paintStageBackground(painter, area);
    if (stage.frame) stage.painter->paint(painter, area, *stage.frame);
  }
  for (int y = 0; y < height; ++y) {
    std::memcpy(image.rowFromTop(y) + std::size_t(stage.left) * 3, picture.constScanLine(y),
                std::size_t(stage.width) * 3);
  }
}

}  // namespace

OffscreenScene::OffscreenScene(const ebm::Lesson& lesson, int width, int height)
    : d_(std::make_unique<Impl>()), width_(width), height_(height) {
  if (width < kMinRenderSize || height < kMinRenderSize || width > kMaxRenderWidth ||
      height > kMaxRenderHeight) {
    throw ebm::ArgumentError("The picture must be between " + std::to_string(kMinRenderSize) + "×" +
                             std::to_string(kMinRenderSize) + " and " + std::to_string(kMaxRenderWidth) +
                             "×" + std::to_string(kMaxRenderHeight) + " pixels.");
  }
  if (!displayAvailable()) {
    throw ExportError("Rendering needs an X display; run the command under xvfb-run (package xvfb).");
  }
  Impl& d = *d_;
  d.savedCamera = lesson.view.camera;
  d.pixelScale = exportPixelScale(height);
  using Layout = ebm::ViewSettings::Layout;
  const Layout layout = lesson.view.layout;
  if (lesson.box.dimension == 3) {
    d.volume = std::make_unique<Pane>();
    openPane(*d.volume, 0, width, height);
  } else {
    // Side by side as in the window's splitter: the landscape on the left half, the map on the right.
    const bool both = layout == Layout::SideBySide;
    const int split = both ? width / 2 : width;
    if (layout != Layout::Map) {
      d.landscape = std::make_unique<Pane>();
      openPane(*d.landscape, 0, split, height);
    }
    const StagePainter* painter = stagePainter(lesson.experimentKind());
    if (painter && layout != Layout::Landscape) {
      d.stage = StagePane{painter, both ? split : 0, width - (both ? split : 0), nullptr};
    } else if (layout != Layout::Landscape) {
      d.map = std::make_unique<Pane>();
      openPane(*d.map, both ? split : 0, width - (both ? split : 0), height);
      d.map->renderer->GetActiveCamera()->SetParallelProjection(true);
    }
  }
  d.presenter.addTo(d.landscape ? d.landscape->renderer.Get() : nullptr,
                    d.map ? d.map->renderer.Get() : nullptr, d.volume ? d.volume->renderer.Get() : nullptr);
  d.presenter.configure(lesson.view);
  d.orbitView = d.volume ? d.volume->renderer.Get() : d.landscape ? d.landscape->renderer.Get() : nullptr;
}

OffscreenScene::~OffscreenScene() = default;

bool OffscreenScene::hasOrbitView() const {
  return d_->orbitView != nullptr;
}

void OffscreenScene::show(const ebm::FramePtr& frame) {
  if (!frame) return;
  d_->presenter.present(frame);
  if (d_->stage && frame->experiment) d_->stage->frame = frame->experiment;
  if (!d_->camerasPlaced && frame->energyGrid) placeCameras();
}

void OffscreenScene::placeCameras() {
  Impl& d = *d_;
  d.camerasPlaced = true;
  if (d.map) applyCameraPreset(d.map->renderer, CameraPreset::Top);
  if (!d.orbitView) return;
  const ebm::CameraSettings& saved = d.savedCamera;
  if (saved.set) {
    vtkCamera* camera = d.orbitView->GetActiveCamera();
    camera->SetFocalPoint(saved.focalPoint.data());
    camera->SetPosition(saved.position.data());
    camera->SetViewUp(saved.viewUp.data());
    camera->SetViewAngle(saved.viewAngle);
    camera->OrthogonalizeViewUp();
    d.orbitView->ResetCameraClippingRange();
  } else {
    applyCameraPreset(d.orbitView, CameraPreset::Iso);
  }
  d.orbit.start(d.orbitView);
}

void OffscreenScene::prepareOrbit(const std::vector<CameraPose>& poses) {
  Impl& d = *d_;
  if (!d.orbitView || !d.camerasPlaced) return;
  if (d.savedCamera.set) {
    // The teacher chose this distance: keep it.
    if (!poses.empty()) d.orbit.apply(d.orbitView, poses.front());
    return;
  }
  double bounds[6];
  d.orbitView->ComputeVisiblePropBounds(bounds);
  if (bounds[0] > bounds[1]) return;
  d.orbit.fitDistance(d.orbitView, bounds, poses);
}

void OffscreenScene::setPose(const CameraPose& pose) {
  if (d_->orbitView && d_->camerasPlaced) d_->orbit.apply(d_->orbitView, pose);
}

void OffscreenScene::render(RgbImage& image) {
  image.resize(width_, height_);
  if (d_->stage) paintStage(*d_->stage, height_, image);
  for (Pane* pane : d_->panes()) {
    pane->renderer->ResetCameraClippingRange();
    pane->pixelSizes.apply(pane->window, d_->pixelScale);  // catches sizes a layer set since the last frame
    pane->window->Render();
    if (pane->window->GetPixelData(0, 0, pane->width - 1, height_ - 1, 0, pane->pixels, 0) == VTK_ERROR ||
        pane->pixels->GetNumberOfValues() != vtkIdType(pane->width) * height_ * 3) {
      throw ExportError("The rendered picture could not be read back from OpenGL.");
    }
    // Both are stored bottom-up: row y of the pane is row y of the picture, shifted right by its left edge.
    const std::size_t paneStride = std::size_t(pane->width) * 3;
    const std::uint8_t* source = pane->pixels->GetPointer(0);
    for (int y = 0; y < height_; ++y) {
      std::memcpy(
          image.pixels.data() + std::size_t(y) * std::size_t(image.stride()) + std::size_t(pane->left) * 3,
          source + std::size_t(y) * paneStride, paneStride);
    }
  }
}

}  // namespace ebmui
