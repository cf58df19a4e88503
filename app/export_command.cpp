#include "export_command.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>

#include "core/errors.h"
#include "export/animation_exporter.h"
#include "export/export_progress_line.h"
#include "session/lesson_library.h"

namespace ebmapp {
namespace {

// Set by SIGINT/SIGTERM; the export stops after the frame being drawn and removes its temporary files.
std::atomic<bool> stopRequested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void requestStop(int) {
  stopRequested.store(true);
}

// A second Ctrl+C ends the program at once (SA_RESETHAND restores the default action).
void catchStopSignals() {
  struct sigaction action = {};
  action.sa_handler = requestStop;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

}  // namespace

int runExport(const Command& command) {
  ebm::Lesson lesson = ebmui::loadLesson(command.lesson.isEmpty() ? ebmui::kDefaultLesson : command.lesson);
  if (!command.data.file.empty()) readPointsIntoLesson(lesson, command.data);
  ebmui::ExportSettings settings;
  settings.outputPath = command.outputPath.toStdString();
  settings.width = command.width;
  settings.height = command.height;
  settings.framesPerSecond = command.framesPerSecond;
  settings.durationSeconds = command.durationSeconds;
  try {
    settings.resolvedFor(lesson).validate();
  } catch (const ebm::ArgumentError& e) {
    throw UsageError(e.what());
  }

  catchStopSignals();
  const bool terminal = ::isatty(STDERR_FILENO);
  const ebmui::ExportProgress progress = [terminal](int done, int total) {
    std::fprintf(stderr, terminal ? "\r%s" : "%s\n", ebmui::exportProgressLine(done, total).c_str());
    if (terminal && done == total) std::fputc('\n', stderr);
    std::fflush(stderr);
    return stopRequested.load() ? ebmui::ExportStep::Stop : ebmui::ExportStep::Continue;
  };

  ebmui::ExportSummary summary;
  try {
    summary = ebmui::exportAnimation(lesson, settings, progress);
  } catch (const ebm::ArgumentError& e) {
    // The settings were valid; an argument error from here on is the lesson's, not the command line's.
    throw ebm::Error(e.what());
  }
  if (summary.outcome == ebmui::ExportSummary::Outcome::Cancelled) {
    if (terminal) std::fputc('\n', stderr);
    std::fprintf(stderr, "ebmscape: export cancelled after %d of its frames; nothing was written.\n",
                 summary.frames);
    return 1;
  }
  std::printf(
      "wrote %s (%s, %d frames, %dx%d, %d fps, %.2f s) in %.1f s: simulate %.1f s, render %.1f s, "
      "waited for the encoder %.1f s\n",
      summary.path.c_str(), ebmui::formatName(summary.format).c_str(), summary.frames, summary.width,
      summary.height, summary.framesPerSecond, summary.videoSeconds, summary.wallSeconds,
      summary.simulateSeconds, summary.renderSeconds, summary.encoderWaitSeconds);
  return 0;
}

}  // namespace ebmapp
