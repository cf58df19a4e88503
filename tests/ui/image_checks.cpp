#include "image_checks.h"

#include <QSet>
#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace ebmtest {
namespace {

template <typename F>
void forEachPixel(const QImage& image, const QRectF& region, F f) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
  const int x0 = int(region.left() * rgb.width()), x1 = int(region.right() * rgb.width());
  const int y0 = int(region.top() * rgb.height()), y1 = int(region.bottom() * rgb.height());
  for (int y = std::max(0, y0); y < std::min(rgb.height(), y1); ++y) {
    const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
    for (int x = std::max(0, x0); x < std::min(rgb.width(), x1); ++x)
      f(qRed(line[x]), qGreen(line[x]), qBlue(line[x]));
  }
}

bool coloured(int r, int g, int b) {
  return std::max({r, g, b}) - std::min({r, g, b}) > 60;
}

}  // namespace

double colouredShare(const QImage& image, const QRectF& region) {
  long total = 0, count = 0;
  forEachPixel(image, region, [&](int r, int g, int b) {
    ++total;
    if (coloured(r, g, b)) ++count;
  });
  return total ? double(count) / total : 0.0;
}

QRectF colouredExtent(const QImage& image, const QRectF& region) {
  const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
  const int x0 = std::max(0, int(region.left() * rgb.width()));
  const int x1 = std::min(rgb.width(), int(region.right() * rgb.width()));
  const int y0 = std::max(0, int(region.top() * rgb.height()));
  const int y1 = std::min(rgb.height(), int(region.bottom() * rgb.height()));
  int left = x1, right = -1, top = y1, bottom = -1;
  for (int y = y0; y < y1; ++y) {
    const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
    for (int x = x0; x < x1; ++x) {
      if (!coloured(qRed(line[x]), qGreen(line[x]), qBlue(line[x]))) continue;
      left = std::min(left, x), right = std::max(right, x);
      top = std::min(top, y), bottom = std::max(bottom, y);
    }
  }
  if (right < 0) return {};
  return {double(left) / rgb.width(), double(top) / rgb.height(), double(right - left + 1) / rgb.width(),
          double(bottom - top + 1) / rgb.height()};
}

ViridisBands viridisBands(const QImage& image, const QRectF& region) {
  long total = 0, purple = 0, teal = 0, yellow = 0;
  forEachPixel(image, region, [&](int r, int g, int b) {
    ++total;
    if (b > g + 25 && r > g) ++purple;  // viridis 0–0.25: (68,1,84) … (59,82,139)
    if (g > r + 40 && b > r + 20 && std::abs(g - b) < 70)
      ++teal;                                     // viridis 0.4–0.6: (42,120,142) … (34,168,132)
    if (r > 150 && g > 150 && b < 110) ++yellow;  // viridis 0.85–1: (180,222,44) … (253,231,37)
  });
  if (!total) return {};
  return {double(purple) / total, double(teal) / total, double(yellow) / total};
}

double meanDifference(const QImage& a, const QImage& b) {
  const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
  if (x.size() != y.size()) return 255.0;
  double sum = 0;
  for (int row = 0; row < x.height(); ++row) {
    const QRgb* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
    const QRgb* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
    for (int col = 0; col < x.width(); ++col) {
      sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) +
             std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
  }
  return sum / (3.0 * x.width() * x.height());
}

QImage toQImage(const ebmui::RgbImage& image) {
  QImage picture(image.width, image.height, QImage::Format_RGB888);
  for (int y = 0; y < image.height; ++y)
    std::memcpy(picture.scanLine(y), image.rowFromTop(y), std::size_t(image.stride()));
  return picture;
}

int distinctColours(const QImage& image, int cap) {
  QSet<QRgb> colours;
  const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
  for (int y = 0; y < rgb.height() && colours.size() < cap; ++y) {
    const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
    for (int x = 0; x < rgb.width() && colours.size() < cap; ++x)
      colours.insert(line[x]);
  }
  return int(colours.size());
}

}  // namespace ebmtest
