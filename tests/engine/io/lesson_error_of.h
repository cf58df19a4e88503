// The message of the LessonError that reading a lesson's text throws, for the lesson reader's tests.
#pragma once

#include <string>

#include "core/errors.h"
#include "io/lesson.h"

namespace ebm::testing {

/// What readLesson(text) says when it refuses the text ("no error" if it reads it).
inline std::string lessonErrorOf(const std::string& text) {
  try {
    (void)readLesson(text);
  } catch (const LessonError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace ebm::testing
