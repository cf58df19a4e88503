// Image baselines: a rendered picture compared with a committed PNG in tests/baselines/ under a stated
// tolerance, as F3D's image regression tests do. On a mismatch the new picture and a difference picture are
// written to build/tests/baseline-output/ (NAME.png, NAME.diff.png); EBMSCAPE_UPDATE_BASELINES=1 rewrites the
// baselines instead. tests/baselines/README.md says how the tolerance was chosen.
#pragma once

#include <gtest/gtest.h>

#include <QImage>
#include <QString>

namespace ebmtest {

/// How far a picture may stray from its baseline. The rendering is Mesa's software OpenGL under Xvfb, which
/// draws the same picture twice on one machine; the margin is for another CPU's or Mesa's rounding of edges
/// and anti-aliased text, not for a changed scene (a moved camera or colour map differs in far more pixels).
struct BaselineTolerance {
  int channelThreshold = 16;         ///< a pixel differs when any channel differs by more than this (0–255)
  double maxDifferingShare = 0.005;  ///< the pictures match when at most this share of pixels differs
  double maxMeanError = 1.0;  ///< … and the mean absolute difference per channel is at most this (0–255)
};

/// How two pictures of the same size differ.
struct ImageComparison {
  bool sameSize = false;
  double differingShare = 1;  ///< share of pixels with a channel differing by more than the threshold
  double meanError = 255;     ///< mean absolute difference per channel (0–255)
  QImage diff;                ///< the baseline faded to grey, differing pixels in red (brighter: larger)

  [[nodiscard]] bool matches(const BaselineTolerance& tolerance) const {
    return sameSize && differingShare <= tolerance.maxDifferingShare && meanError <= tolerance.maxMeanError;
  }
};

/// Compares `actual` with `expected` pixel by pixel (their alpha ignored).
[[nodiscard]] ImageComparison compareImages(const QImage& actual, const QImage& expected,
                                            int channelThreshold);

/// Whether `image` matches the baseline tests/baselines/NAME.png. On a mismatch, or when there is no
/// baseline, writes NAME.png (and NAME.diff.png) to the output folder and says where. With
/// EBMSCAPE_UPDATE_BASELINES=1 set, writes `image` as the new baseline and succeeds.
[[nodiscard]] ::testing::AssertionResult matchesBaseline(const QImage& image, const QString& name,
                                                         const BaselineTolerance& tolerance = {});

}  // namespace ebmtest
