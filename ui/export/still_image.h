// Renders a lesson offscreen to a PNG of any size, independent of any window: the same views, particles
// included, as the window shows after the sampler has run for a moment.
#pragma once

#include <QString>

#include "export/offscreen_scene.h"
#include "io/lesson.h"

namespace ebmui {

/// Frames of the sampler run before a still is taken, so particles have flowed into the valleys (2 s of the
/// window at 30 frames per second).
inline constexpr int kStillWarmUpFrames = 60;

/// Runs the lesson for kStillWarmUpFrames frames (if its particles play), draws it laid out as in the window
/// at width×height pixels and writes a PNG atomically: on any failure the destination is left as it was.
/// Throws ebm::ArgumentError for a size out of range, ExportError when no display is available or the file
/// cannot be written, and the lesson's own errors (ebm::LessonError, …) if it cannot run.
void renderLessonStill(const ebm::Lesson& lesson, const QString& pngPath, int width, int height);

}  // namespace ebmui
