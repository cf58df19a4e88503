// How long each part of a 2D scene takes to draw (software OpenGL under Xvfb), offscreen at 500×900, and how
// the landscape surface's cost grows with its resolution.
#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <QElapsedTimer>
#include <cstdio>

#include "core/random.h"
#include "energy/energy_grid.h"
#include "energy/gaussian_mixture.h"
#include "ui_measurements.h"
#include "vtk/field_scene.h"
#include "vtk/vtk_view.h"

namespace ebmui::measure {
namespace {

double millisecondsPerRender(vtkRenderWindow* window, int renders = 20) {
  window->Render();
  QElapsedTimer timer;
  timer.start();
  for (int i = 0; i < renders; ++i)
    window->Render();
  return double(timer.nsecsElapsed()) / 1e6 / renders;
}

}  // namespace

void layersOfALandscape() {
  const ebm::GaussianMixtureEnergy energy(
      {{1.0, Eigen::Vector2d(-1, 0), Eigen::Matrix2d::Identity() * 0.5},
       {1.0, Eigen::Vector2d(1.5, 1), Eigen::Matrix2d::Identity() * 0.4}});
  const auto grid = ebm::evaluateOnLattice(energy, ebm::Lattice::over(ebm::Box::centered(2, 4.0), 192));
  ebm::Random random(1);
  ebm::Points particles(2, 2000);
  for (ebm::Index i = 0; i < particles.cols(); ++i)
    particles.col(i) << float(random.uniform(-3, 3)), float(random.uniform(-3, 3));
  const ebm::Vector e = energy.energies(particles);
  const std::vector<float> values(e.data(), e.data() + e.size());
  for (SceneMode mode : {SceneMode::Landscape, SceneMode::Map}) {
    FieldScene scene(mode);
    vtkNew<vtkRenderer> renderer;
    scene.addTo(renderer);
    scene.setField(grid, FieldKind::Energy);
    scene.setPoints(PointSet::Particles, particles, values);
    vtkNew<vtkRenderWindow> window;
    window->SetOffScreenRendering(1);
    window->SetSize(500, 900);
    window->AddRenderer(renderer);
    applyCameraPreset(renderer, mode == SceneMode::Map ? CameraPreset::Top : CameraPreset::Iso);
    SceneOptions all;
    std::printf("  %s everything: %.1f ms\n", mode == SceneMode::Map ? "map" : "landscape",
                millisecondsPerRender(window));
    const std::pair<const char*, bool SceneOptions::*> parts[] = {{"contours", &SceneOptions::contours},
                                                                  {"axes", &SceneOptions::axes},
                                                                  {"colour bar", &SceneOptions::colorBar},
                                                                  {"particles", &SceneOptions::particles}};
    for (const auto& [name, member] : parts) {
      SceneOptions without = all;
      without.*member = false;
      scene.setOptions(without);
      std::printf("    without %s: %.1f ms\n", name, millisecondsPerRender(window));
    }
    SceneOptions none;
    none.contours = none.axes = none.colorBar = none.particles = none.data = none.negatives = false;
    scene.setOptions(none);
    std::printf("    surface alone: %.1f ms\n", millisecondsPerRender(window));
  }
}

void surfaceResolution() {
  const ebm::GaussianMixtureEnergy energy({{1.0, Eigen::Vector2d(-1, 0), Eigen::Matrix2d::Identity() * 0.5}});
  for (int n : {48, 96, 192, 384}) {
    const auto grid = ebm::evaluateOnLattice(energy, ebm::Lattice::over(ebm::Box::centered(2, 4.0), n));
    FieldScene scene(SceneMode::Landscape);
    vtkNew<vtkRenderer> renderer;
    scene.addTo(renderer);
    scene.setField(grid, FieldKind::Energy);
    SceneOptions none;
    none.contours = none.axes = none.colorBar = none.particles = none.data = none.negatives = false;
    scene.setOptions(none);
    vtkNew<vtkRenderWindow> window;
    window->SetOffScreenRendering(1);
    window->SetSize(500, 900);
    window->AddRenderer(renderer);
    applyCameraPreset(renderer, CameraPreset::Iso);
    std::printf("  surface %d^2: %.1f ms\n", n, millisecondsPerRender(window));
    window->SetSize(100, 180);
    std::printf("  surface %d^2 at 100x180: %.1f ms\n", n, millisecondsPerRender(window));
  }
}

}  // namespace ebmui::measure
