// A view that draws only its moving layer over the kept picture of its still layer shows exactly what a whole
// render shows, and keeps the still layer only while nothing in it changed.
#include <gtest/gtest.h>

#include <vtkCamera.h>
#include <vtkRenderer.h>
#include <QStringList>
#include <QtGlobal>

#include "core/random.h"
#include "energy/energy_grid.h"
#include "energy/gaussian_mixture.h"
#include "vtk/field_scene.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

struct Particles {
  ebm::Points positions;
  std::vector<float> values;
};

Particles particlesOf(const ebm::Energy& energy, std::uint64_t seed) {
  ebm::Random random(seed);
  Particles p{ebm::Points(2, 400), {}};
  for (ebm::Index i = 0; i < p.positions.cols(); ++i)
    p.positions.col(i) << float(random.uniform(-3, 3)), float(random.uniform(-3, 3));
  const ebm::Vector e = energy.energies(p.positions);
  p.values.assign(e.data(), e.data() + e.size());
  return p;
}

TEST(StillPicture, TheMovingLayerOverTheKeptStillLayerLooksAsAWholeRender) {
  const ebm::GaussianMixtureEnergy energy(
      {{1.0, Eigen::Vector2d(-1, 0), Eigen::Matrix2d::Identity() * 0.5},
       {1.0, Eigen::Vector2d(1.5, 1), Eigen::Matrix2d::Identity() * 0.4}});
  const auto grid = ebm::evaluateOnLattice(energy, ebm::Lattice::over(ebm::Box::centered(2, 4.0), 96));
  for (SceneMode mode : {SceneMode::Landscape, SceneMode::Map}) {
    VtkView view;
    view.resize(420, 320);
    view.show();
    FieldScene scene(mode);
    scene.addTo(view.renderer(), view.movingRenderer());
    scene.setField(grid, FieldKind::Energy);
    const Particles first = particlesOf(energy, 1), second = particlesOf(energy, 2);
    scene.setPoints(PointSet::Particles, first.positions, first.values);
    view.setCameraPreset(mode == SceneMode::Map ? CameraPreset::Top : CameraPreset::Iso);
    const QImage before = view.grabFramebuffer();
    EXPECT_FALSE(view.lastRenderKeptStillLayer());

    scene.setPoints(PointSet::Particles, second.positions, second.values);  // only particles moved
    const QImage kept = view.grabFramebuffer();
    EXPECT_TRUE(view.lastRenderKeptStillLayer());
    EXPECT_NE(kept, before);  // the particles did move in the picture

    view.renderer()->GetActiveCamera()->Modified();  // the still layer "changed": drawn whole
    const QImage whole = view.grabFramebuffer();
    EXPECT_FALSE(view.lastRenderKeptStillLayer());
    EXPECT_EQ(kept, whole) << "mode " << int(mode);

    scene.setField(grid, FieldKind::Density);  // a new field is a new still layer
    static_cast<void>(view.grabFramebuffer());
    EXPECT_FALSE(view.lastRenderKeptStillLayer());
  }
}

QStringList vtkMessages;

void collectVtkMessages(QtMsgType, const QMessageLogContext&, const QString& message) {
  if (message.startsWith(QStringLiteral("VTK:"))) vtkMessages << message;
}

// Freeing a view's OpenGL resources (the soak test does, to compare memory) leaves a view that draws as
// before: VTK 9.1 gives the window a fresh OpenGL state then, which must be initialised again (without it, no
// texture units: no text, no colour bar).
TEST(StillPicture, AViewDrawsTheSamePictureAfterItsGraphicsResourcesWereFreed) {
  const ebm::GaussianMixtureEnergy energy({{1.0, Eigen::Vector2d(0, 0), Eigen::Matrix2d::Identity()}});
  const auto grid = ebm::evaluateOnLattice(energy, ebm::Lattice::over(ebm::Box::centered(2, 4.0), 64));
  VtkView view;
  view.resize(420, 320);
  view.show();
  FieldScene scene(SceneMode::Map);
  scene.addTo(view.renderer(), view.movingRenderer());
  scene.setField(grid, FieldKind::Energy);
  const Particles particles = particlesOf(energy, 3);
  scene.setPoints(PointSet::Particles, particles.positions, particles.values);
  view.setCameraPreset(CameraPreset::Top);
  const QImage before = view.grabFramebuffer();
  vtkMessages.clear();
  const QtMessageHandler previous = qInstallMessageHandler(collectVtkMessages);
  for (int round = 0; round < 2; ++round) {
    view.releaseGraphicsResources();
    EXPECT_EQ(view.grabFramebuffer(), before) << "round " << round;
  }
  qInstallMessageHandler(previous);
  EXPECT_TRUE(vtkMessages.isEmpty()) << vtkMessages.size()
                                     << " VTK messages, the first: " << vtkMessages.value(0).toStdString();
}

}  // namespace
}  // namespace ebmui
