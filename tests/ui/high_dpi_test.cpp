// On a 200 % screen the views draw their text, points and lines twice as large in device pixels as on a 100 %
// one: measured on the pictures of the same scene drawn by this program at QT_SCALE_FACTOR 1 and, in a child
// process of the same test program, at QT_SCALE_FACTOR 2 (Qt reads it once, when the application starts).
#include <gtest/gtest.h>

#include <vtkActor.h>
#include <vtkActorCollection.h>
#include <vtkCubeAxesActor.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <algorithm>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/random.h"
#include "energy/energy_grid.h"
#include "energy/gaussian_mixture.h"
#include "vtk/field_scene.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

constexpr char kProbeDirVariable[] = "EBMSCAPE_HIGH_DPI_PROBE_DIR";

// Every pixel size the scene's actors were drawn with, in the order the renderers hold them: "point size/line
// width" per actor, the axes' screen size.
QString pixelSizesOf(vtkRenderer* renderer) {
  QStringList sizes;
  vtkActorCollection* actors = renderer->GetActors();
  vtkCollectionSimpleIterator it;
  actors->InitTraversal(it);
  while (vtkActor* actor = actors->GetNextActor(it)) {
    if (auto* axes = vtkCubeAxesActor::SafeDownCast(actor)) {
      sizes << QString::number(axes->GetScreenSize());
    } else {
      sizes << QStringLiteral("%1/%2")
                   .arg(actor->GetProperty()->GetPointSize())
                   .arg(actor->GetProperty()->GetLineWidth());
    }
  }
  return sizes.join(QLatin1Char(' '));
}

// The same lesson-like scene at whatever scale the program runs: a two-valley landscape (or its map) with
// particles, contours, axes and the colour bar, 640 × 400 logical pixels.
QImage drawScene(SceneMode mode) {
  const ebm::GaussianMixtureEnergy energy(
      {{1.0, Eigen::Vector2d(-1, 0), Eigen::Matrix2d::Identity() * 0.5},
       {1.0, Eigen::Vector2d(1.5, 1), Eigen::Matrix2d::Identity() * 0.4}});
  const auto grid = ebm::evaluateOnLattice(energy, ebm::Lattice::over(ebm::Box::centered(2, 4.0), 64));
  ebm::Random random(7);
  ebm::Points particles(2, 60);
  for (ebm::Index i = 0; i < particles.cols(); ++i)
    particles.col(i) << float(random.uniform(-3, 3)), float(random.uniform(-3, 3));
  const ebm::Vector e = energy.energies(particles);
  VtkView view;
  view.resize(640, 400);
  view.show();
  FieldScene scene(mode);
  scene.addTo(view.renderer(), view.movingRenderer());
  scene.setField(grid, FieldKind::Energy);
  scene.setPoints(PointSet::Particles, particles, std::vector<float>(e.data(), e.data() + e.size()));
  view.setCameraPreset(mode == SceneMode::Map ? CameraPreset::Top : CameraPreset::Iso);
  view.resetCamera();
  QImage picture = view.grabFramebuffer();
  picture.setText(QStringLiteral("sizes"), pixelSizesOf(view.renderer()) + QStringLiteral(" | ") +
                                               pixelSizesOf(view.movingRenderer()));
  picture.setText(QStringLiteral("ratio"), QString::number(view.devicePixelRatioF()));
  return picture;
}

// Text is near white and grey (the labels 0.92–0.95, the axis lines 0.7–0.78); the landscape's colours are
// saturated and the background dark.
bool isInk(QRgb pixel) {
  const int r = qRed(pixel), g = qGreen(pixel), b = qBlue(pixel);
  return std::min({r, g, b}) >= 150 && std::max({r, g, b}) - std::min({r, g, b}) <= 40;
}

// Heights of the runs of rows that hold ink within `region` (fractions of the picture): one per line of text
// when the lines are stacked, as the colour bar's numbers are.
std::vector<int> inkRowRuns(const QImage& image, const QRectF& region) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
  const int x0 = int(region.left() * rgb.width()), x1 = int(region.right() * rgb.width());
  const int y0 = int(region.top() * rgb.height()), y1 = int(region.bottom() * rgb.height());
  std::vector<int> runs;
  int run = 0;
  for (int y = y0; y < y1; ++y) {
    const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
    const bool ink = std::any_of(line + x0, line + x1, isInk);
    if (ink) ++run;
    if ((!ink || y == y1 - 1) && run > 0) {
      runs.push_back(run);
      run = 0;
    }
  }
  return runs;
}

int median(std::vector<int> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
  return values[values.size() / 2];
}

long inkPixels(const QImage& image, const QRectF& region) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
  long count = 0;
  for (int y = int(region.top() * rgb.height()); y < int(region.bottom() * rgb.height()); ++y) {
    const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
    count += std::count_if(line + int(region.left() * rgb.width()), line + int(region.right() * rgb.width()),
                           isInk);
  }
  return count;
}

// The colour bar sits at the right edge, over the middle half of the view's height: its numbers stacked at
// the right of it, its title above.
const QRectF kColorBarLabels(0.86, 0.15, 0.14, 0.7);
// Left of the colour bar: the axes' labels, titles and lines.
const QRectF kAxesArea(0.0, 0.0, 0.85, 1.0);

std::vector<double> sizesIn(const QString& text) {
  std::vector<double> sizes;
  for (const QString& word : text.split(QRegularExpression(QStringLiteral("[ /|]")), Qt::SkipEmptyParts))
    sizes.push_back(word.toDouble());
  return sizes;
}

// Run as a child of HighDpi.* with the probe folder set: draws the scenes at the child's scale.
TEST(HighDpiProbe, DrawsTheScenesIntoTheProbeFolder) {
  const QString dir = qEnvironmentVariable(kProbeDirVariable);
  if (dir.isEmpty()) GTEST_SKIP() << "only run by HighDpi.* in a child process";
  ASSERT_TRUE(drawScene(SceneMode::Map).save(QDir(dir).filePath(QStringLiteral("map.png"))));
  ASSERT_TRUE(drawScene(SceneMode::Landscape).save(QDir(dir).filePath(QStringLiteral("landscape.png"))));
}

TEST(HighDpi, LabelsPointsAndLinesAreTwiceAsLargeOnATwoHundredPercentScreen) {
  if (!qEnvironmentVariable(kProbeDirVariable).isEmpty()) GTEST_SKIP() << "the probe's own process";
  const QImage map1 = drawScene(SceneMode::Map), landscape1 = drawScene(SceneMode::Landscape);
  ASSERT_EQ(map1.text(QStringLiteral("ratio")), QStringLiteral("1")) << "run the suite at QT_SCALE_FACTOR 1";

  QTemporaryDir dir;
  QProcess child;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
  environment.insert(QLatin1String(kProbeDirVariable), dir.path());
  child.setProcessEnvironment(environment);
  child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
  child.start(QCoreApplication::applicationFilePath(),
              {QStringLiteral("--gtest_filter=HighDpiProbe.*"), QStringLiteral("--gtest_brief=1")});
  ASSERT_TRUE(child.waitForFinished(60000));
  ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardOutput().toStdString();
  const QImage map2(QDir(dir.path()).filePath(QStringLiteral("map.png")));
  const QImage landscape2(QDir(dir.path()).filePath(QStringLiteral("landscape.png")));
  ASSERT_EQ(map2.text(QStringLiteral("ratio")), QStringLiteral("2"));
  ASSERT_EQ(map2.size(), map1.size() * 2);

  // The colour bar's numbers: the height of a line of digits, in device pixels.
  const int label1 = median(inkRowRuns(map1, kColorBarLabels)),
            label2 = median(inkRowRuns(map2, kColorBarLabels));
  ASSERT_GT(label1, 4);
  const double labelRatio = double(label2) / label1;
  EXPECT_GE(labelRatio, 1.7) << label1 << " → " << label2 << " pixels";
  EXPECT_LE(labelRatio, 2.3) << label1 << " → " << label2 << " pixels";
  RecordProperty("colorBarLabelPixels", std::to_string(label1) + " -> " + std::to_string(label2));
  // The axes' text and lines: twice as high and wide is four times the ink (the map's labels are screen text,
  // the landscape's are 3D text sized by the axes' screen size).
  for (const auto& [one, two, name] :
       {std::tuple{&map1, &map2, "map"}, {&landscape1, &landscape2, "landscape"}}) {
    const long ink1 = inkPixels(*one, kAxesArea), ink2 = inkPixels(*two, kAxesArea);
    ASSERT_GT(ink1, 200) << name;
    const double inkRatio = double(ink2) / double(ink1);
    RecordProperty(std::string(name) + "InkPixels", std::to_string(ink1) + " -> " + std::to_string(ink2));
    EXPECT_GE(inkRatio, 1.7 * 1.7) << name << ": " << ink1 << " → " << ink2 << " ink pixels";
    EXPECT_LE(inkRatio, 2.3 * 2.3) << name << ": " << ink1 << " → " << ink2 << " ink pixels";
  }
  // Every point size, line width and the axes' screen size: exactly twice as large.
  for (const auto& [one, two] : {std::pair{&map1, &map2}, {&landscape1, &landscape2}}) {
    const std::vector<double> sizes1 = sizesIn(one->text(QStringLiteral("sizes"))),
                              sizes2 = sizesIn(two->text(QStringLiteral("sizes")));
    ASSERT_EQ(sizes1.size(), sizes2.size());
    ASSERT_FALSE(sizes1.empty());
    for (std::size_t i = 0; i < sizes1.size(); ++i)
      EXPECT_NEAR(sizes2[i], 2 * sizes1[i], 1e-4 * sizes1[i])
          << one->text(QStringLiteral("sizes")).toStdString();
  }
}

}  // namespace
}  // namespace ebmui
