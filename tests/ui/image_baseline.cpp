#include "image_baseline.h"

#include <QDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "image_checks.h"

namespace ebmtest {
namespace {

QString baselinePath(const QString& name) {
  return QDir(QStringLiteral(EBMSCAPE_BASELINE_DIR)).filePath(name + QStringLiteral(".png"));
}

QString outputPath(const QString& fileName) {
  QDir folder(QStringLiteral(EBMSCAPE_BASELINE_OUTPUT_DIR));
  folder.mkpath(QStringLiteral("."));
  return folder.filePath(fileName);
}

bool updatingBaselines() {
  return qEnvironmentVariable("EBMSCAPE_UPDATE_BASELINES") == QStringLiteral("1");
}

}  // namespace

ImageComparison compareImages(const QImage& actual, const QImage& expected, int channelThreshold) {
  ImageComparison result;
  if (actual.size() != expected.size() || actual.isNull()) return result;
  const QImage a = actual.convertToFormat(QImage::Format_RGB32);
  const QImage b = expected.convertToFormat(QImage::Format_RGB32);
  result.sameSize = true;
  result.meanError = meanDifference(a, b);
  result.diff = QImage(a.size(), QImage::Format_RGB32);
  long differing = 0;
  for (int y = 0; y < a.height(); ++y) {
    const QRgb* p = reinterpret_cast<const QRgb*>(a.constScanLine(y));
    const QRgb* q = reinterpret_cast<const QRgb*>(b.constScanLine(y));
    QRgb* out = reinterpret_cast<QRgb*>(result.diff.scanLine(y));
    for (int x = 0; x < a.width(); ++x) {
      const int largest = std::max({std::abs(qRed(p[x]) - qRed(q[x])), std::abs(qGreen(p[x]) - qGreen(q[x])),
                                    std::abs(qBlue(p[x]) - qBlue(q[x]))});
      if (largest > channelThreshold) {
        ++differing;
        out[x] = qRgb(128 + largest / 2, 0, 0);
      } else {
        const int grey = 160 + qGray(q[x]) / 4;  // the baseline, faded: where the red is
        out[x] = qRgb(grey, grey, grey);
      }
    }
  }
  result.differingShare = double(differing) / (double(a.width()) * a.height());
  return result;
}

::testing::AssertionResult matchesBaseline(const QImage& image, const QString& name,
                                           const BaselineTolerance& tolerance) {
  const QString baseline = baselinePath(name);
  if (updatingBaselines()) {
    // RGB without alpha, compressed hardest: the baselines are committed, so their size counts.
    if (!image.convertToFormat(QImage::Format_RGB888).save(baseline, "PNG", 0))
      return ::testing::AssertionFailure() << "could not write " << baseline.toStdString();
    return ::testing::AssertionSuccess() << "baseline " << baseline.toStdString() << " rewritten";
  }
  const QImage expected(baseline);
  const QString actualPath = outputPath(name + QStringLiteral(".png"));
  if (expected.isNull()) {
    image.save(actualPath);
    return ::testing::AssertionFailure()
           << "no baseline " << baseline.toStdString() << "; the picture is in " << actualPath.toStdString()
           << " (EBMSCAPE_UPDATE_BASELINES=1 writes it as the baseline)";
  }
  const ImageComparison comparison = compareImages(image, expected, tolerance.channelThreshold);
  std::printf("[ baseline ] %s: %.3f %% of pixels differ by more than %d, mean error %.3f\n",
              qPrintable(name), 100 * comparison.differingShare, tolerance.channelThreshold,
              comparison.meanError);
  if (comparison.matches(tolerance)) return ::testing::AssertionSuccess();
  image.save(actualPath);
  auto failure = ::testing::AssertionFailure() << name.toStdString() << " does not match its baseline: ";
  if (!comparison.sameSize) {
    return failure << "size " << image.width() << "×" << image.height() << " against " << expected.width()
                   << "×" << expected.height() << "; the picture is in " << actualPath.toStdString();
  }
  const QString diffPath = outputPath(name + QStringLiteral(".diff.png"));
  comparison.diff.save(diffPath);
  return failure << 100 * comparison.differingShare << " % of pixels differ by more than "
                 << tolerance.channelThreshold << " (at most " << 100 * tolerance.maxDifferingShare
                 << " % allowed), mean error " << comparison.meanError << " (at most "
                 << tolerance.maxMeanError << "). New picture: " << actualPath.toStdString()
                 << ", difference: " << diffPath.toStdString() << ", baseline: " << baseline.toStdString()
                 << " (EBMSCAPE_UPDATE_BASELINES=1 rewrites the baselines)";
}

}  // namespace ebmtest
