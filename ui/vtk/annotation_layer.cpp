#include "vtk/annotation_layer.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

#include <vtkCallbackCommand.h>
#include <vtkCubeAxesActor.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkScalarBarActor.h>
#include <vtkTextProperty.h>
#include <cmath>

#include "vtk/cube_axes.h"
#include "vtk/view_font.h"

namespace ebmui {

struct AnnotationLayer::Impl {
  vtkNew<vtkScalarBarActor> colorBar;
  vtkNew<CubeAxesActor> axes;
  bool colorBarWanted = true;
  bool volume = false;  ///< the third axis is a coordinate (3D), not the landscape's height
  bool heightAxis = true;
  // The axes' 3D text is VTK's vector font, which has ASCII only: titles with other letters (Chinese column
  // names) are drawn as screen text in the views' font instead, as on the flat map.
  void chooseTextMode() {
    const bool ascii = [this] {
      for (const char* title : {axes->GetXTitle(), axes->GetYTitle(), axes->GetZTitle()}) {
        for (const char* c = title; c && *c; ++c) {
          if (static_cast<unsigned char>(*c) >= 0x80) return false;
        }
      }
      return true;
    }();
    const int screenText = !heightAxis || !ascii;
    if (axes->GetUse2DMode() != screenText) axes->SetUse2DMode(screenText);
  }
  ebm::DataAxes dataAxes;
  ebm::Box box;
  // The numbers along the coordinate axes are in the data's units: the box's faces mapped back.
  void numberAxes() {
    axes->SetXAxisRange(dataAxes.toData(0, box.lower[0]), dataAxes.toData(0, box.upper[0]));
    axes->SetYAxisRange(dataAxes.toData(1, box.lower[1]), dataAxes.toData(1, box.upper[1]));
    if (volume) axes->SetZAxisRange(dataAxes.toData(2, box.lower[2]), dataAxes.toData(2, box.upper[2]));
  }
  // Until it has colours, the bar stays hidden: VTK complains at every render of a bar without them.
  void showColorBar() { colorBar->SetVisibility(colorBarWanted && colorBar->GetLookupTable() != nullptr); }
};

namespace {

void styleText(vtkTextProperty* text, double size, bool bold) {
  text->SetColor(0.92, 0.93, 0.95);
  applyViewFont(text);
  text->SetFontSize(int(size));
  text->SetBold(bold);
  text->SetItalic(false);
  text->SetShadow(false);
}

}  // namespace

AnnotationLayer::AnnotationLayer() : d_(std::make_unique<Impl>()) {
  auto& bar = *d_->colorBar;
  bar.SetTitle("energy E\n");
  bar.SetNumberOfLabels(5);
  bar.SetLabelFormat("%.3g");
  bar.SetOrientationToVertical();
  // Compact, at the right edge and half the view's height (a bar as tall as the view took room from the
  // picture); far enough from the edge that the centred title fits even in a narrow view.
  bar.SetPosition(0.87, 0.25);
  bar.SetWidth(0.09);
  bar.SetHeight(0.5);
  bar.SetMaximumWidthInPixels(90);
  bar.SetBarRatio(0.25);
  bar.UnconstrainedFontSizeOn();
  styleText(bar.GetTitleTextProperty(), 16, true);
  styleText(bar.GetLabelTextProperty(), 13, false);
  d_->showColorBar();

  auto& axes = *d_->axes;
  axes.SetXTitle("x1");
  axes.SetYTitle("x2");
  axes.SetZTitle("E");
  axes.SetFlyModeToOuterEdges();
  axes.SetTickLocationToOutside();
  axes.SetGridLineLocation(vtkCubeAxesActor::VTK_GRID_LINES_FURTHEST);
  axes.DrawXGridlinesOff();
  axes.DrawYGridlinesOff();
  axes.DrawZGridlinesOff();
  axes.SetScreenSize(9.0);
  axes.SetLabelOffset(12);
  axes.SetTitleOffset(18);
  for (int i = 0; i < 3; ++i) {
    styleText(axes.GetTitleTextProperty(i), 14, true);
    styleText(axes.GetLabelTextProperty(i), 12, false);
  }
  axes.GetXAxesLinesProperty()->SetColor(0.7, 0.72, 0.78);
  axes.GetYAxesLinesProperty()->SetColor(0.7, 0.72, 0.78);
  axes.GetZAxesLinesProperty()->SetColor(0.7, 0.72, 0.78);
  axes.SetXLabelFormat("%.3g");
  axes.SetYLabelFormat("%.3g");
  axes.SetZLabelFormat("%.3g");
}

AnnotationLayer::~AnnotationLayer() = default;

namespace {

// The colour bar's text sized for its view, before each render: 13-point labels beside a bar in a view 240
// points wide (half of a 480 × 300 GIF) spill over the next view's axis labels and past the picture's edge,
// so below 600 points the text shrinks with the view's width (to 8-point labels at the least).
void fitColorBarText(vtkObject* caller, unsigned long, void* bar, void*) {
  auto* renderer = static_cast<vtkRenderer*>(caller);
  auto* colorBar = static_cast<vtkScalarBarActor*>(bar);
  vtkRenderWindow* window = renderer->GetRenderWindow();
  const double dpi = window ? window->GetDPI() : 72.0;
  const double widthInPoints = renderer->GetSize()[0] * 72.0 / std::max(dpi, 1.0);
  const double shrink = std::clamp(widthInPoints / 600.0, 8.0 / 13.0, 1.0);
  colorBar->GetLabelTextProperty()->SetFontSize(int(std::lround(13 * shrink)));
  colorBar->GetTitleTextProperty()->SetFontSize(int(std::lround(16 * shrink)));
}

}  // namespace

void AnnotationLayer::addTo(vtkRenderer* renderer) {
  d_->axes->SetCamera(renderer->GetActiveCamera());
  renderer->AddActor(d_->axes);
  renderer->AddViewProp(d_->colorBar);
  vtkNew<vtkCallbackCommand> fit;
  fit->SetCallback(fitColorBarText);
  fit->SetClientData(d_->colorBar.Get());
  renderer->AddObserver(vtkCommand::StartEvent, fit);
}

void AnnotationLayer::setColorBarVisible(bool visible) {
  d_->colorBarWanted = visible;
  d_->showColorBar();
}
void AnnotationLayer::setAxesVisible(bool visible) {
  d_->axes->SetVisibility(visible);
}

void AnnotationLayer::updateVolume(const ebm::Box& box, vtkLookupTable* colors) {
  d_->colorBar->SetLookupTable(colors);
  d_->showColorBar();
  d_->volume = true;
  d_->box = box;
  d_->axes->SetZTitle(d_->dataAxes.title(2).c_str());
  d_->chooseTextMode();
  d_->axes->SetZAxisLabelVisibility(true);  // a coordinate axis, unlike a landscape's height
  d_->axes->SetBounds(box.lower[0], box.upper[0], box.lower[1], box.upper[1], box.lower[2], box.upper[2]);
  d_->numberAxes();
}

void AnnotationLayer::setDataAxes(const ebm::DataAxes& axes) {
  if (axes.names == d_->dataAxes.names && axes.standardization == d_->dataAxes.standardization) return;
  d_->dataAxes = axes;
  d_->axes->SetXTitle(axes.title(0).c_str());
  d_->axes->SetYTitle(axes.title(1).c_str());
  if (d_->volume) d_->axes->SetZTitle(axes.title(2).c_str());
  d_->chooseTextMode();
  d_->numberAxes();
}

// The titles come marked QT_TRANSLATE_NOOP("ebmui::ViewTitles", …) and are drawn in the window's language.
void AnnotationLayer::setTitles(const char* colorBarTitle, const char* heightAxisTitle) {
  const auto shown = [](const char* title) {
    return QCoreApplication::translate("ebmui::ViewTitles", title).toStdString();
  };
  d_->colorBar->SetTitle((shown(colorBarTitle) + "\n").c_str());
  d_->axes->SetZTitle(shown(heightAxisTitle).c_str());
  d_->chooseTextMode();
}

// The height axis shows its title and ticks but no numbers: on the short, nearly vertical edge of a tilted
// landscape VTK drew its labels on top of one another (an unreadable stack), and the colour bar beside the
// view already reads the same energies (heights are proportional to E up to the colour bar's top).
// A flat map (no height axis) is seen straight from above: its labels and titles are drawn as screen text
// (VTK's 2D mode), where 3D text turned edge-on would shrink the y title to a sliver.
void AnnotationLayer::setHeightAxis(bool shown) {
  d_->heightAxis = shown;
  d_->chooseTextMode();
  d_->axes->SetZAxisVisibility(shown);
  d_->axes->SetZAxisLabelVisibility(false);
  d_->axes->SetZAxisTickVisibility(shown);
  d_->axes->SetZAxisMinorTickVisibility(shown);
}

void AnnotationLayer::update(const ebm::Box& box, const HeightMapping& mapping, vtkLookupTable* colors) {
  d_->colorBar->SetLookupTable(colors);
  d_->showColorBar();
  // A flat map has no height: keep a nominal z range so the (hidden) height axis stays valid for VTK.
  const double top = mapping.flat() ? 1.0 : mapping.kneeZ();
  d_->box = box;
  d_->axes->SetBounds(box.lower[0], box.upper[0], box.lower[1], box.upper[1], 0.0, top);
  d_->numberAxes();
  d_->axes->SetZAxisRange(mapping.low, mapping.knee);
}

}  // namespace ebmui
