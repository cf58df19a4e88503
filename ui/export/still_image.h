// Renders a lesson's landscape offscreen to a PNG of any size, independent of any window.
#pragma once

#include <QString>

#include "io/lesson.h"

namespace ebmui {

/// The largest picture the offscreen renderer makes (4K UHD).
inline constexpr int kMaxRenderWidth = 3840;
inline constexpr int kMaxRenderHeight = 2160;

/// Evaluates the lesson's energy, draws it as in the window (iso camera) at width×height pixels and writes a
/// PNG atomically: on any failure the destination is left as it was. Throws ebm::ArgumentError for a size out
/// of range, ebm::Error when no display is available or the file cannot be written.
void renderLessonStill(const ebm::Lesson& lesson, const QString& pngPath, int width, int height);

}  // namespace ebmui
