#include "export/animation_plan.h"

#include <algorithm>
#include <cmath>

#include "io/lesson_parameters.h"

namespace ebmui {
namespace {

constexpr double kOrbitDegreesPerSecond = 12.0;  // a full turn in 30 s: slow enough to follow the particles

}  // namespace

ebm::Animation AnimationPlan::defaultAnimation(double durationSeconds) {
  ebm::Animation animation;
  animation.duration = durationSeconds;
  animation.keyframes = {{0.0, "playing", 1.0},
                         {0.0, "camera.azimuth", 0.0},
                         {durationSeconds, "camera.azimuth", kOrbitDegreesPerSecond * durationSeconds}};
  return animation;
}

AnimationPlan::AnimationPlan(const ebm::Lesson& lesson, int framesPerSecond, double durationSeconds)
    : animation_(lesson.animation.keyframes.empty() ? defaultAnimation(durationSeconds) : lesson.animation),
      framesPerSecond_(std::max(1, framesPerSecond)),
      frameCount_(std::max(1, int(std::lround(durationSeconds * framesPerSecond_)))) {
  animation_.duration = durationSeconds;
  animation_.framesPerSecond = framesPerSecond_;
  for (const auto& keyframe : animation_.keyframes)
    movesCamera_ = movesCamera_ || ebm::parameterInfo(keyframe.parameter).view;
}

std::map<std::string, double> AnimationPlan::parametersAt(int frame) const {
  std::map<std::string, double> values = ebm::keyframeValues(animation_, timeOf(frame));
  std::erase_if(values, [](const auto& entry) { return ebm::parameterInfo(entry.first).view; });
  return values;
}

CameraPose AnimationPlan::poseAt(int frame) const {
  CameraPose pose;
  if (!movesCamera_) return pose;
  const std::map<std::string, double> values = ebm::keyframeValues(animation_, timeOf(frame));
  if (const auto azimuth = values.find("camera.azimuth"); azimuth != values.end())
    pose.azimuth = azimuth->second;
  if (const auto elevation = values.find("camera.elevation"); elevation != values.end()) {
    pose.elevation = elevation->second;
  }
  return pose;
}

}  // namespace ebmui
