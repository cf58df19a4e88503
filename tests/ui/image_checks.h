// Measurements on rendered pictures for view tests: colour classes, regions, and differences.
#pragma once

#include <QImage>
#include <QRectF>

#include "export/rgb_image.h"

namespace ebmtest {

/// Share of pixels inside `region` (given as fractions of the image) that are strongly coloured
/// (max − min channel > 60): the landscape's viridis colours, not the grey-blue background or white text.
double colouredShare(const QImage& image, const QRectF& region);

/// The smallest rectangle (as fractions of the image) holding every strongly coloured pixel of `region`;
/// empty if there is none.
QRectF colouredExtent(const QImage& image, const QRectF& region);

/// Shares of the image's pixels in three viridis bands: dark purple (valleys), teal/green (slopes), yellow
/// (walls).
struct ViridisBands {
  double purple = 0, teal = 0, yellow = 0;
};
ViridisBands viridisBands(const QImage& image, const QRectF& region);

/// Mean absolute difference per channel (0–255) between two pictures of the same size.
double meanDifference(const QImage& a, const QImage& b);

/// An offscreen render's picture (rows stored bottom-up) as a top-down QImage.
QImage toQImage(const ebmui::RgbImage& image);

/// Number of distinct colours (capped at `cap`).
int distinctColours(const QImage& image, int cap = 4096);

}  // namespace ebmtest
