// Engine tests' access to the built-in lessons (resources/lessons/) and to a frame's experiment part.
#pragma once

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "io/lesson.h"
#include "simulation/frame.h"

namespace ebm {

/// The built-in lesson `name` ("energy-and-probability", …), read as the program reads it.
inline Lesson builtInLesson(const std::string& name) {
  std::ifstream file(std::string(EBMSCAPE_LESSONS_DIR) + "/" + name + ".json");
  if (!file) throw std::runtime_error("no built-in lesson \"" + name + "\"");
  std::stringstream text;
  text << file.rdbuf();
  return readLesson(text.str());
}

/// The experiment part of `frame` as the lesson's frame type F; throws if the frame carries another kind.
template <class F>
const F& experimentOf(const FramePtr& frame) {
  const auto* f = dynamic_cast<const F*>(frame->experiment.get());
  if (!f) throw std::runtime_error("the frame carries no experiment of the expected kind");
  return *f;
}

}  // namespace ebm
