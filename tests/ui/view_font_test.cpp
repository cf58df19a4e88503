// The views draw Chinese text (an imported column's name, a translated title): VTK's own fonts have no such
// glyphs and draw nothing for them, the views' font (fontconfig's match for zh-cn) does.
#include <gtest/gtest.h>

#include <vtkNew.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkTextActor.h>
#include <vtkTextProperty.h>
#include <vtkUnsignedCharArray.h>
#include <QImage>
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "energy/energy_grid.h"
#include "energy/gaussian_mixture.h"
#include "image_checks.h"
#include "vtk/field_scene.h"
#include "vtk/view_font.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

// A line of white text on black, 24 points, drawn offscreen: one byte per pixel, its brightness.
std::vector<unsigned char> drawText(const char* utf8, bool viewFont) {
  vtkNew<vtkRenderWindow> window;
  vtkNew<vtkRenderer> renderer;
  window->AddRenderer(renderer);
  window->SetOffScreenRendering(1);
  window->SetSize(240, 60);
  vtkNew<vtkTextActor> text;
  text->SetInput(utf8);
  text->SetPosition(10, 15);
  vtkTextProperty* property = text->GetTextProperty();
  if (viewFont) applyViewFont(property);
  property->SetFontSize(24);
  property->SetColor(1, 1, 1);
  renderer->AddViewProp(text);
  window->Render();
  vtkNew<vtkUnsignedCharArray> pixels;
  window->GetPixelData(0, 0, 239, 59, 0, pixels, 0);
  std::vector<unsigned char> brightness(std::size_t(pixels->GetNumberOfValues() / 3));
  for (std::size_t i = 0; i < brightness.size(); ++i)
    brightness[i] = pixels->GetValue(vtkIdType(3 * i));
  return brightness;
}

long ink(const std::vector<unsigned char>& picture) {
  return std::count_if(picture.begin(), picture.end(), [](unsigned char v) { return v > 128; });
}

long differentPixels(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
  long count = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    count += std::abs(int(a[i]) - int(b[i])) > 128;
  return count;
}

TEST(ViewFont, IsAFontFileWithChineseGlyphs) {
  ASSERT_FALSE(cjkFontFile().empty())
      << "no font for zh-cn: install fonts-wqy-microhei (scripts/install-deps.sh)";
  vtkNew<vtkTextProperty> property;
  applyViewFont(property);
  EXPECT_EQ(property->GetFontFamily(), VTK_FONT_FILE);
  EXPECT_EQ(std::string(property->GetFontFile()), cjkFontFile());
}

TEST(ViewFont, DrawsChineseTextThatVtksOwnFontCannot) {
  ASSERT_FALSE(cjkFontFile().empty());
  const auto energy = drawText("能量 E", true), temperature = drawText("温度 T", true);
  const auto energyInArial = drawText("能量 E", false), letterOnly = drawText("E", false);
  // Arial draws the E and nothing for the two characters (not even boxes): the ink of "E" alone.
  EXPECT_NEAR(double(ink(energyInArial)), double(ink(letterOnly)), 0.2 * double(ink(letterOnly)));
  // The views' font draws the characters: much more ink than the E, and different characters look different.
  EXPECT_GT(ink(energy), 3 * ink(letterOnly));
  EXPECT_GT(differentPixels(energy, temperature), ink(letterOnly));
  // Two identical characters draw the same (no boxes standing in for missing glyphs, which would all match).
  EXPECT_EQ(drawText("能量 E", true), energy);
}

// The axis titles are the data's column names: a Chinese one is drawn, and another looks different — on the
// map and on the landscape, whose 3D text (VTK's vector font) has no such letters.
TEST(ViewFont, TheViewsDrawChineseAxisTitles) {
  const ebm::GaussianMixtureEnergy energy({{1.0, Eigen::Vector2d(0, 0), Eigen::Matrix2d::Identity()}});
  const auto grid = ebm::evaluateOnLattice(energy, ebm::Lattice::over(ebm::Box::centered(2, 3.0), 32));
  for (SceneMode mode : {SceneMode::Map, SceneMode::Landscape}) {
    auto draw = [&](const std::vector<std::string>& names) {
      VtkView view;
      view.resize(480, 360);
      view.show();
      FieldScene scene(mode);
      scene.addTo(view.renderer(), view.movingRenderer());
      ebm::DataAxes axes;
      axes.names = names;
      scene.setDataAxes(axes);
      scene.setField(grid, FieldKind::Energy);
      view.setCameraPreset(mode == SceneMode::Map ? CameraPreset::Top : CameraPreset::Iso);
      view.resetCamera();
      return view.grabFramebuffer();
    };
    const QImage weight = draw({"体重", "身高"}), wingspan = draw({"翼展", "嘴长"});
    EXPECT_GT(ebmtest::meanDifference(weight, wingspan), 0.05) << "mode " << int(mode);
  }
}

}  // namespace
}  // namespace ebmui
