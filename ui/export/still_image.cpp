#include "export/still_image.h"

#include <vtkNew.h>
#include <vtkPNGWriter.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>
#include <vtkWindowToImageFilter.h>
#include <QSaveFile>

#include "analysis/energy_grid.h"
#include "analysis/mass_levels.h"
#include "analysis/quadrature.h"
#include "core/errors.h"
#include "export/display_check.h"
#include "io/lesson_energy.h"
#include "vtk/field_scene.h"
#include "vtk/volume_scene.h"
#include "vtk/vtk_view.h"

namespace ebmui {

void renderLessonStill(const ebm::Lesson& lesson, const QString& pngPath, int width, int height) {
  if (width < 16 || height < 16 || width > kMaxRenderWidth || height > kMaxRenderHeight) {
    throw ebm::ArgumentError("The picture must be between 16×16 and " + std::to_string(kMaxRenderWidth) +
                             "×" + std::to_string(kMaxRenderHeight) + " pixels.");
  }
  if (!displayAvailable()) {
    throw ebm::Error("Rendering needs an X display; run the command under xvfb-run (package xvfb).");
  }
  const ebm::EnergyPtr energy = ebm::buildLessonEnergy(lesson);
  const auto grid =
      ebm::evaluateOnLattice(*energy, ebm::Lattice::over(lesson.box, lesson.view.gridResolution));

  vtkNew<vtkRenderer> renderer;
  FieldScene scene(SceneMode::Landscape);
  VolumeScene volume;
  if (grid.lattice.dimension() == 2) {
    scene.addTo(renderer);
    scene.setField(grid, FieldKind::Energy);
    scene.setOptions({lesson.view.showContours, lesson.view.showAxes, lesson.view.showColorBar});
  } else {
    volume.addTo(renderer);
    ebm::Vector density(grid.values.size());
    ebm::normalizedDensity(grid, lesson.temperature, density);
    volume.setField(grid, ebm::energyLevelsEnclosing(grid, lesson.temperature, {0.3, 0.6, 0.9}), density);
    VolumeOptions options;
    options.volume = lesson.view.showVolume;
    volume.setOptions(options);
  }
  applyCameraPreset(renderer, CameraPreset::Iso);

  vtkNew<vtkRenderWindow> window;
  window->SetOffScreenRendering(1);
  window->SetMultiSamples(0);
  window->SetSize(width, height);
  window->AddRenderer(renderer);
  window->Render();

  vtkNew<vtkWindowToImageFilter> capture;
  capture->SetInput(window);
  capture->SetInputBufferTypeToRGB();
  capture->ReadFrontBufferOff();
  capture->Update();
  vtkNew<vtkPNGWriter> png;
  png->SetInputConnection(capture->GetOutputPort());
  png->WriteToMemoryOn();
  png->Write();
  vtkUnsignedCharArray* bytes = png->GetResult();
  if (!bytes || bytes->GetNumberOfTuples() == 0) throw ebm::Error("The PNG encoder produced no data.");

  QSaveFile file(pngPath);
  if (!file.open(QIODevice::WriteOnly)) {
    throw ebm::Error("Cannot write \"" + pngPath.toStdString() + "\": " + file.errorString().toStdString());
  }
  file.write(reinterpret_cast<const char*>(bytes->GetPointer(0)), bytes->GetNumberOfTuples());
  if (!file.commit()) {
    throw ebm::Error("Cannot write \"" + pngPath.toStdString() + "\": " + file.errorString().toStdString());
  }
}

}  // namespace ebmui
