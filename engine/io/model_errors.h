// The errors of the model readers: json_read reports a bad value as a LessonError; read from a model file (or
// a lesson's inline weights) the same path and text are a ModelError.
#pragma once

#include "core/errors.h"

namespace ebm {

/// Runs `read` and rethrows its LessonError or ArgumentError as a ModelError with the same message.
template <class F>
auto asModelError(F&& read) {
  try {
    return read();
  } catch (const LessonError& e) {
    throw ModelError(e.what());
  } catch (const ArgumentError& e) {
    throw ModelError(e.what());
  }
}

}  // namespace ebm
