// Exports a lesson's animation — an MP4 video, an animated GIF or a folder of PNG frames — by running the
// lesson frame by frame from its keyframes and rendering each frame offscreen, with progress and cancel.
#pragma once

#include <functional>
#include <string>

#include "io/lesson.h"

namespace ebmui {

enum class ExportFormat { Mp4, Gif, PngFrames };

/// What to export and how. Zero frame rate or duration means "the lesson's own" (Lesson::animation).
struct ExportSettings {
  std::string outputPath;  ///< FILE.mp4, FILE.gif, or a folder (ending in "/", or without extension) for PNGs
  int width = 1920;
  int height = 1080;
  int framesPerSecond = 0;
  double durationSeconds = 0;

  /// The format the output path asks for. Throws ebm::ArgumentError for any other extension.
  [[nodiscard]] ExportFormat format() const;
  /// These settings with the lesson's frame rate and duration filled in where they were left at zero.
  [[nodiscard]] ExportSettings resolvedFor(const ebm::Lesson& lesson) const;
  /// Throws ebm::ArgumentError with what to change: an unknown format, a size outside 16×16 … 3840×2160, an
  /// odd MP4 size, a frame rate outside 1 … 120 (50 for GIF), a duration outside (0, 600] s. Call it on
  /// resolved settings.
  void validate() const;
};

/// What a progress callback answers: go on, or stop (cancel) the export.
enum class ExportStep { Continue, Stop };
/// Called on the exporting thread after each frame (and once with 0 before the first): frames done of total.
using ExportProgress = std::function<ExportStep(int framesDone, int frameCount)>;

/// How an export ended, and where its time went.
struct ExportSummary {
  enum class Outcome { Finished, Cancelled };
  Outcome outcome = Outcome::Finished;
  std::string path;  ///< where the result is (Finished)
  ExportFormat format = ExportFormat::Mp4;
  int frames = 0, width = 0, height = 0, framesPerSecond = 0;
  double videoSeconds = 0;        ///< frames / framesPerSecond
  double wallSeconds = 0;         ///< the whole export
  double simulateSeconds = 0;     ///< particle steps and frame building
  double renderSeconds = 0;       ///< drawing and reading pixels back
  double encoderWaitSeconds = 0;  ///< rendering waited for the encoder (it is the slower half when > 0)
};

/// Exports the lesson's animation (AnimationPlan) with `settings`. Runs on the calling thread, which needs an
/// X display (OffscreenScene) and must not be rendering anything else; the encoder runs on a thread of its
/// own. The same lesson and seed give the same frames. A cancel or any failure leaves nothing at the
/// destination (nor any temporary file). Throws ebm::ArgumentError for invalid settings, ExportError for
/// a failed write or encoder, and the lesson's own errors (ebm::LessonError, …) if it cannot run.
ExportSummary exportAnimation(const ebm::Lesson& lesson, const ExportSettings& settings,
                              const ExportProgress& progress = {});

/// "MP4 video", "animated GIF", "PNG frames".
[[nodiscard]] std::string formatName(ExportFormat format);

}  // namespace ebmui
