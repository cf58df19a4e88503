#include "io/lesson.h"

#include "core/errors.h"
#include "io/energy_spec.h"
#include "io/json_read.h"

namespace ebm {

using namespace json_read;

Lesson readLesson(const std::string& jsonText) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(jsonText);
  } catch (const nlohmann::json::parse_error& e) {
    throw LessonError(std::string("The lesson is not valid JSON: ") + e.what());
  }
  object(root, "lesson");
  const int version = integerOr(root, "version", 0, "lesson");
  if (version < 1) throw LessonError("`version` must be a positive whole number.");
  if (version > Lesson::kFormatVersion) {
    throw LessonError("This lesson was written by a newer ebmscape (format " + std::to_string(version) +
                      "); this one reads format " + std::to_string(Lesson::kFormatVersion) + " and older.");
  }
  Lesson lesson;
  lesson.title = textOr(root, "title", "Untitled lesson", "lesson");
  lesson.explanation = textOr(root, "explanation", "", "lesson");
  lesson.energy = member(root, "energy", "lesson");
  const EnergyPtr energy = buildEnergy(lesson.energy);  // validates the spec now, not at first draw

  const int d = energy->dimension();
  lesson.box = Box::centered(d, 4.0);
  if (root.contains("box")) {
    const auto& box = object(root["box"], "box");
    const auto lower = vector(member(box, "lower", "box"), "box.lower", d);
    const auto upper = vector(member(box, "upper", "box"), "box.upper", d);
    for (int a = 0; a < d; ++a) {
      lesson.box.lower[a] = lower[a];
      lesson.box.upper[a] = upper[a];
    }
    try {
      lesson.box.validate();
    } catch (const ArgumentError& e) {
      throw LessonError(std::string("`box`: ") + e.what());
    }
  }
  if (root.contains("view")) {
    const auto& view = object(root["view"], "view");
    lesson.view.gridResolution = integerOr(view, "gridResolution", lesson.view.gridResolution, "view");
    if (lesson.view.gridResolution < 8 || lesson.view.gridResolution > 1024) {
      throw LessonError("`view.gridResolution` must be between 8 and 1024.");
    }
    lesson.view.temperature = numberOr(view, "temperature", lesson.view.temperature, "view");
    if (!(lesson.view.temperature > 0)) throw LessonError("`view.temperature` must be positive.");
    lesson.view.showContours = flagOr(view, "showContours", lesson.view.showContours, "view");
    lesson.view.showAxes = flagOr(view, "showAxes", lesson.view.showAxes, "view");
    lesson.view.showColorBar = flagOr(view, "showColorBar", lesson.view.showColorBar, "view");
  }
  return lesson;
}

std::string writeLesson(const Lesson& lesson) {
  nlohmann::json root;
  root["format"] = "ebmscape-lesson";
  root["version"] = Lesson::kFormatVersion;
  root["title"] = lesson.title;
  root["explanation"] = lesson.explanation;
  root["energy"] = lesson.energy;
  const int d = lesson.box.dimension;
  root["box"]["lower"] = std::vector<double>(lesson.box.lower.begin(), lesson.box.lower.begin() + d);
  root["box"]["upper"] = std::vector<double>(lesson.box.upper.begin(), lesson.box.upper.begin() + d);
  root["view"] = {{"gridResolution", lesson.view.gridResolution},
                  {"temperature", lesson.view.temperature},
                  {"showContours", lesson.view.showContours},
                  {"showAxes", lesson.view.showAxes},
                  {"showColorBar", lesson.view.showColorBar}};
  return root.dump(2) + "\n";
}

}  // namespace ebm
