// What an exported animation shows frame by frame: the lesson's keyframes (or, for a lesson without any, a
// slow camera orbit with the particles playing) sampled at the export's frame rate, split into the lesson
// parameters the simulation takes and the camera pose the views take.
#pragma once

#include <map>
#include <string>

#include "export/orbit_camera.h"
#include "io/lesson.h"

namespace ebmui {

/// The animation of one export. Frame i is the picture at time i / framesPerSecond.
class AnimationPlan {
 public:
  /// Uses the lesson's keyframes, or defaultAnimation() when it has none. `framesPerSecond` ≥ 1 and
  /// `durationSeconds` > 0 (see ExportSettings::validate()).
  AnimationPlan(const ebm::Lesson& lesson, int framesPerSecond, double durationSeconds);

  [[nodiscard]] int frameCount() const { return frameCount_; }
  [[nodiscard]] int framesPerSecond() const { return framesPerSecond_; }
  [[nodiscard]] double timeOf(int frame) const { return double(frame) / framesPerSecond_; }
  [[nodiscard]] const ebm::Animation& animation() const { return animation_; }

  /// The lesson parameters ("temperature", "playing", "particles", …) the animation drives, at `frame`.
  [[nodiscard]] std::map<std::string, double> parametersAt(int frame) const;
  /// Whether any keyframe moves the camera ("camera.azimuth", "camera.elevation").
  [[nodiscard]] bool movesCamera() const { return movesCamera_; }
  /// The camera pose at `frame` (azimuth 0 and the start elevation when the camera is not animated).
  [[nodiscard]] CameraPose poseAt(int frame) const;

  /// The animation a lesson without keyframes gets: the particles play while the 3D view turns slowly about
  /// the vertical axis (a full turn in 30 s).
  [[nodiscard]] static ebm::Animation defaultAnimation(double durationSeconds);

 private:
  ebm::Animation animation_;
  int framesPerSecond_;
  int frameCount_;
  bool movesCamera_ = false;
};

}  // namespace ebmui
