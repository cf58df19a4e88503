#include "export/animation_exporter.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>

#include "core/errors.h"
#include "export/animation_plan.h"
#include "export/encoding_queue.h"
#include "export/gif_writer.h"
#include "export/mp4_writer.h"
#include "export/offscreen_scene.h"
#include "export/png_frames_writer.h"
#include "io/lesson_parameters.h"
#include "simulation/simulation.h"

namespace ebmui {
namespace {

constexpr int kMaxFramesPerSecond = 120;
constexpr double kMaxDurationSeconds = 600;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

bool endsWith(const std::string& text, const std::string& suffix) {
  if (text.size() < suffix.size()) return false;
  return std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(), [](char wanted, char given) {
    return std::tolower(static_cast<unsigned char>(given)) == wanted;
  });
}

std::unique_ptr<FrameSink> makeSink(const ExportSettings& settings) {
  const std::filesystem::path path(settings.outputPath);
  switch (settings.format()) {
    case ExportFormat::Mp4:
      return std::make_unique<Mp4Writer>(path, settings.width, settings.height, settings.framesPerSecond);
    case ExportFormat::Gif:
      return std::make_unique<GifWriter>(path, settings.width, settings.height, settings.framesPerSecond);
    case ExportFormat::PngFrames:
      return std::make_unique<PngFramesWriter>(path);
  }
  return nullptr;
}

// Applies animated lesson parameters to the simulation, each only when its value changes: setting
// "particles" restarts the particles, and a new temperature recomputes log Z.
class ParameterDriver {
 public:
  explicit ParameterDriver(ebm::Simulation& simulation) : simulation_(simulation) {}
  void apply(const std::map<std::string, double>& values) {
    for (const auto& [name, value] : values) {
      auto current = applied_.find(name);
      if (current == applied_.end()) {
        current = applied_.emplace(name, ebm::parameterValue(simulation_.lesson(), name)).first;
      }
      const double admissible = ebm::admissibleValue(name, value);
      if (admissible == current->second) continue;
      simulation_.setParameter(name, admissible);
      current->second = admissible;
    }
  }

 private:
  ebm::Simulation& simulation_;
  std::map<std::string, double> applied_;
};

}  // namespace

ExportFormat ExportSettings::format() const {
  if (endsWith(outputPath, ".mp4")) return ExportFormat::Mp4;
  if (endsWith(outputPath, ".gif")) return ExportFormat::Gif;
  const std::filesystem::path path(outputPath);
  if (!outputPath.empty() &&
      (outputPath.back() == '/' || !path.has_extension() || std::filesystem::is_directory(path))) {
    return ExportFormat::PngFrames;
  }
  throw ebm::ArgumentError(
      "Export to a file ending in .mp4 or .gif, or to a folder (ending in /) for PNG frames; \"" +
      outputPath + "\" is none of these.");
}

ExportSettings ExportSettings::resolvedFor(const ebm::Lesson& lesson) const {
  ExportSettings resolved = *this;
  if (resolved.framesPerSecond == 0) resolved.framesPerSecond = lesson.animation.framesPerSecond;
  if (resolved.durationSeconds == 0) resolved.durationSeconds = lesson.animation.duration;
  return resolved;
}

void ExportSettings::validate() const {
  const ExportFormat kind = format();
  if (width < kMinRenderSize || height < kMinRenderSize || width > kMaxRenderWidth ||
      height > kMaxRenderHeight) {
    throw ebm::ArgumentError("The picture must be between " + std::to_string(kMinRenderSize) + "×" +
                             std::to_string(kMinRenderSize) + " and " + std::to_string(kMaxRenderWidth) +
                             "×" + std::to_string(kMaxRenderHeight) + " pixels, not " +
                             std::to_string(width) + "×" + std::to_string(height) + ".");
  }
  if (kind == ExportFormat::Mp4 && (width % 2 != 0 || height % 2 != 0)) {
    throw ebm::ArgumentError("An MP4 video needs an even width and height (e.g. 1920×1080), not " +
                             std::to_string(width) + "×" + std::to_string(height) + ".");
  }
  const int fastest = kind == ExportFormat::Gif ? GifWriter::kMaxFramesPerSecond : kMaxFramesPerSecond;
  if (framesPerSecond < 1 || framesPerSecond > fastest) {
    throw ebm::ArgumentError("The frame rate must be 1 to " + std::to_string(fastest) + " frames per second" +
                             (kind == ExportFormat::Gif ? " for a GIF (15 to 25 is typical)." : "."));
  }
  if (!(durationSeconds > 0) || durationSeconds > kMaxDurationSeconds) {
    throw ebm::ArgumentError("The duration must be more than 0 and at most " +
                             std::to_string(int(kMaxDurationSeconds)) + " seconds.");
  }
}

std::string formatName(ExportFormat format) {
  switch (format) {
    case ExportFormat::Mp4:
      return "MP4 video";
    case ExportFormat::Gif:
      return "animated GIF";
    case ExportFormat::PngFrames:
      return "PNG frames";
  }
  return "";
}

ExportSummary exportAnimation(const ebm::Lesson& lesson, const ExportSettings& requested,
                              const ExportProgress& progress) {
  const auto started = Clock::now();
  const ExportSettings settings = requested.resolvedFor(lesson);
  settings.validate();
  const AnimationPlan plan(lesson, settings.framesPerSecond, settings.durationSeconds);
  const int frameCount = plan.frameCount();

  ExportSummary summary;
  summary.format = settings.format();
  summary.width = settings.width;
  summary.height = settings.height;
  summary.framesPerSecond = settings.framesPerSecond;

  // Cheap checks that can fail first: the display and size, then the destination (its temporary file).
  OffscreenScene scene(lesson, settings.width, settings.height);
  EncodingQueue queue(makeSink(settings));
  ebm::Simulation simulation(lesson);
  ParameterDriver parameters(simulation);
  std::vector<CameraPose> poses;
  if (plan.movesCamera() && scene.hasOrbitView()) {
    for (int frame = 0; frame < frameCount; ++frame)
      poses.push_back(plan.poseAt(frame));
  }

  auto cancelled = [&](int done) {
    if (!progress || progress(done, frameCount) == ExportStep::Continue) return false;
    summary.outcome = ExportSummary::Outcome::Cancelled;
    summary.frames = done;
    summary.wallSeconds = secondsSince(started);
    return true;
  };
  if (cancelled(0)) return summary;

  for (int frame = 0; frame < frameCount; ++frame) {
    auto phase = Clock::now();
    parameters.apply(plan.parametersAt(frame));
    if (frame > 0) simulation.advanceFrame();
    const ebm::FramePtr current = simulation.currentFrame();
    summary.simulateSeconds += secondsSince(phase);

    phase = Clock::now();
    scene.show(current);
    if (!poses.empty()) {
      if (frame == 0) scene.prepareOrbit(poses);
      scene.setPose(poses[std::size_t(frame)]);
    }
    RgbImage image = queue.takeBuffer();
    scene.render(image);
    summary.renderSeconds += secondsSince(phase);
    queue.push(std::move(image));
    if (cancelled(frame + 1)) return summary;
  }
  queue.finish();

  summary.outcome = ExportSummary::Outcome::Finished;
  summary.path = settings.outputPath;
  summary.frames = frameCount;
  summary.videoSeconds = double(frameCount) / settings.framesPerSecond;
  summary.encoderWaitSeconds = queue.waitedSeconds();
  summary.wallSeconds = secondsSince(started);
  return summary;
}

}  // namespace ebmui
