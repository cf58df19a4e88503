// The words lesson files use for the lesson's enumerations ("blend", "mala", "side-by-side", ...).
#pragma once

#include <string>
#include <vector>

#include "io/lesson.h"

namespace ebm::lesson_names {

std::string of(Composition::Operation value);
std::string of(SamplerSpec::Method value);
std::string of(SamplerSpec::Walls value);
std::string of(TrainingSpec::Method value);
std::string of(ViewSettings::Layout value);
std::string of(ViewSettings::Field value);
std::string of(DataSpec::Source value);

/// Parses a name; throws LessonError "`path` must be one of a, b, c" for anything else.
Composition::Operation operation(const std::string& name, const std::string& path);
SamplerSpec::Method samplerMethod(const std::string& name, const std::string& path);
SamplerSpec::Walls walls(const std::string& name, const std::string& path);
TrainingSpec::Method trainingMethod(const std::string& name, const std::string& path);
ViewSettings::Layout layout(const std::string& name, const std::string& path);
ViewSettings::Field field(const std::string& name, const std::string& path);

}  // namespace ebm::lesson_names
