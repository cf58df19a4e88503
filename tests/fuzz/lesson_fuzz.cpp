// libFuzzer target: the lesson reader on arbitrary text. A damaged lesson must end in a LessonError; a lesson
// that reads must write back to text that reads again to the same text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/errors.h"
#include "io/lesson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  ebm::Lesson lesson;
  try {
    lesson = ebm::readLesson(text);
  } catch (const ebm::LessonError&) {
    return 0;
  }
  const std::string written = ebm::writeLesson(lesson);
  if (ebm::writeLesson(ebm::readLesson(written)) != written) std::abort();  // a lesson must round-trip
  return 0;
}
