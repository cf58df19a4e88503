#include "vtk/point_cloud_layer.h"
#include "vtk/box_clipping.h"

#include <vtkActor.h>
#include <vtkCellArray.h>
#include <vtkFloatArray.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkShaderProperty.h>
#include <vtkUnsignedCharArray.h>
#include <cmath>

#include "style/palette.h"

namespace ebmui {

namespace {

// Flat marks instead of lit spheres: each point sprite keeps the fragments inside its shape and paints a dark
// rim along the edge, so that the mark reads on the bright map as on the dark background. A shape is the
// unit ball of a gauge g (g(λp) = λ·g(p)), so the rim (g > 1 − rim) is equally thick all round.
constexpr const char* kShapeVertexDec =
    "//VTK::Color::Dec\nin float markerShape;\nout float markerShapeVSOut;\n";
constexpr const char* kShapeVertexImpl = "//VTK::Color::Impl\n  markerShapeVSOut = markerShape;\n";
constexpr const char* kShapeFragmentDec = "//VTK::Color::Dec\nin float markerShapeVSOut;\n";
constexpr const char* kShapeFragmentImpl =
    "//VTK::Light::Impl\n"
    "  {\n"
    "    vec2 p = vec2(2.0 * gl_PointCoord.x - 1.0, 1.0 - 2.0 * gl_PointCoord.y);\n"
    "    float g = length(p);\n"                                  // circle
    "    if (markerShapeVSOut > 2.5) g = abs(p.x) + abs(p.y);\n"  // diamond
    "    else if (markerShapeVSOut > 1.5) {\n"                    // triangle, inradius 0.6
    "      vec2 q = vec2(p.x, p.y + 0.35);\n"
    "      g = max(-q.y, 0.866 * abs(q.x) + 0.5 * q.y) / 0.6;\n"
    "    } else if (markerShapeVSOut > 0.5) g = max(abs(p.x), abs(p.y)) / 0.8;\n"  // square
    "    float rim = min(0.45, 1.4 * fwidth(g));\n"
    "    if (g > 1.0) discard;\n"
    "    if (g > 1.0 - rim) gl_FragData[0].rgb = vec3(0.04, 0.04, 0.06);\n"
    "  }\n";
constexpr const char* kShapeArray = "markerShape";

}  // namespace

struct PointCloudLayer::Impl {
  PointStyle style;
  vtkNew<vtkPoints> points;
  vtkNew<vtkCellArray> vertices;
  vtkNew<vtkUnsignedCharArray> colors;
  vtkNew<vtkFloatArray> shapes;  ///< palette::MarkerShape per point, for LabelLook::Flags
  vtkNew<vtkPolyData> cloud;
  vtkNew<vtkPolyDataMapper> mapper;
  vtkNew<vtkActor> actor;
  ebm::Index count = -1;
};

PointCloudLayer::PointCloudLayer(const PointStyle& style) : d_(std::make_unique<Impl>()) {
  d_->points->SetDataTypeToFloat();
  d_->colors->SetNumberOfComponents(3);
  d_->colors->SetName("colors");
  d_->shapes->SetName(kShapeArray);
  d_->cloud->SetPoints(d_->points);
  d_->cloud->SetVerts(d_->vertices);
  d_->mapper->SetInputData(d_->cloud);
  d_->mapper->SetScalarModeToUsePointData();
  d_->mapper->SetColorModeToDirectScalars();
  d_->actor->SetMapper(d_->mapper);
  // Cameras frame the box (surface, map, axes), not the points: imported points far outside it would shrink
  // the box to a corner of the view whenever a camera is fitted (a resize, R).
  d_->actor->UseBoundsOff();
  setStyle(style);
}

PointCloudLayer::~PointCloudLayer() = default;

void PointCloudLayer::addTo(vtkRenderer* renderer) {
  renderer->AddActor(d_->actor);
}
void PointCloudLayer::setVisible(bool visible) {
  d_->actor->SetVisibility(visible);
}
bool PointCloudLayer::visible() const {
  return d_->actor->GetVisibility();
}
ebm::Index PointCloudLayer::size() const {
  return std::max<ebm::Index>(0, d_->count);
}

std::vector<std::array<double, 3>> PointCloudLayer::drawnPoints() const {
  std::vector<std::array<double, 3>> drawn(static_cast<std::size_t>(size()));
  for (std::size_t i = 0; i < drawn.size(); ++i)
    d_->points->GetPoint(vtkIdType(i), drawn[i].data());
  return drawn;
}

std::vector<int> PointCloudLayer::drawnShapes() const {
  std::vector<int> drawn;
  if (d_->style.labels != LabelLook::Flags) return drawn;
  drawn.resize(static_cast<std::size_t>(std::min<vtkIdType>(size(), d_->shapes->GetNumberOfTuples())));
  for (std::size_t i = 0; i < drawn.size(); ++i)
    drawn[i] = int(d_->shapes->GetValue(vtkIdType(i)));
  return drawn;
}

void PointCloudLayer::setStyle(const PointStyle& style) {
  d_->style = style;
  auto* property = d_->actor->GetProperty();
  property->SetPointSize(float(style.pixelSize));
  property->SetOpacity(style.opacity);
  property->SetColor(style.color[0], style.color[1], style.color[2]);
  auto* shaders = d_->actor->GetShaderProperty();
  shaders->ClearAllShaderReplacements();
  const bool marks = style.labels == LabelLook::Flags;
  if (marks) {
    shaders->AddVertexShaderReplacement("//VTK::Color::Dec", true, kShapeVertexDec, false);
    shaders->AddVertexShaderReplacement("//VTK::Color::Impl", true, kShapeVertexImpl, false);
    shaders->AddFragmentShaderReplacement("//VTK::Color::Dec", true, kShapeFragmentDec, false);
    shaders->AddFragmentShaderReplacement("//VTK::Light::Impl", true, kShapeFragmentImpl, false);
    d_->mapper->MapDataArrayToVertexAttribute("markerShape", kShapeArray,
                                              vtkDataObject::FIELD_ASSOCIATION_POINTS, -1);
  } else {
    d_->mapper->RemoveAllVertexAttributeMappings();
    d_->cloud->GetPointData()->RemoveArray(kShapeArray);
  }
  // Flags are flat, in their palette colour exactly; other points are lit spheres.
  property->SetRenderPointsAsSpheres(!marks);
  property->SetAmbient(marks ? 1.0 : 0.35);
  property->SetDiffuse(marks ? 0.0 : 0.75);
  d_->count = -1;  // recolour on the next update
}

void PointCloudLayer::setPoints(ebm::ConstPointsRef positions, const std::vector<float>& heights,
                                const std::vector<int>& labels) {
  const ebm::Index n = positions.cols();
  const bool is3d = positions.rows() == 3;
  const bool byLabel = d_->style.labels != LabelLook::None && ebm::Index(labels.size()) == n;
  const bool marks = d_->style.labels == LabelLook::Flags;
  if (n != d_->count) {
    d_->points->SetNumberOfPoints(n);
    d_->vertices->Reset();
    d_->vertices->AllocateExact(n, n);
    for (vtkIdType i = 0; i < n; ++i)
      d_->vertices->InsertNextCell(1, &i);
    d_->vertices->Modified();
    d_->colors->SetNumberOfTuples(n);
    d_->shapes->SetNumberOfTuples(marks ? n : 0);
    d_->count = n;
  }
  float* xyz = static_cast<float*>(d_->points->GetVoidPointer(0));
  for (ebm::Index i = 0; i < n; ++i) {
    xyz[3 * i] = positions(0, i);
    xyz[3 * i + 1] = positions(1, i);
    xyz[3 * i + 2] =
        is3d ? positions(2, i) : (ebm::Index(heights.size()) == n ? heights[std::size_t(i)] : 0.0f);
  }
  unsigned char* rgb = d_->colors->GetPointer(0);
  for (ebm::Index i = 0; i < n; ++i) {
    const int label = byLabel ? labels[std::size_t(i)] : 0;
    const auto c = !byLabel ? d_->style.color
                   : marks  ? palette::flagColour(palette::flagOfLabel(label)).unit()
                            : palette::classColour(label).unit();
    for (int k = 0; k < 3; ++k)
      rgb[3 * i + k] = static_cast<unsigned char>(std::lround(c[std::size_t(k)] * 255.0));
    if (marks)
      d_->shapes->SetValue(
          i, float(byLabel ? palette::flagShape(palette::flagOfLabel(label)) : palette::MarkerShape::Circle));
  }
  d_->cloud->GetPointData()->SetScalars(d_->colors);
  if (marks) {
    d_->cloud->GetPointData()->AddArray(d_->shapes);
    d_->shapes->Modified();
  }
  d_->points->Modified();
  d_->colors->Modified();
  d_->cloud->Modified();
}

void PointCloudLayer::clipTo(const ebm::Box& box) {
  clipToBox(d_->mapper, box);
}

}  // namespace ebmui
