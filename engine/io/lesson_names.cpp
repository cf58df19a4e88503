#include "io/lesson_names.h"

#include <array>
#include <utility>

#include "core/errors.h"

namespace ebm::lesson_names {
namespace {

template <typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char*>, N>;

constexpr Table<Composition::Operation, 5> kOperations{{{Composition::Operation::Single, "single"},
                                                        {Composition::Operation::Sum, "sum"},
                                                        {Composition::Operation::Blend, "blend"},
                                                        {Composition::Operation::Mixture, "mixture"},
                                                        {Composition::Operation::Negation, "negation"}}};
constexpr Table<SamplerSpec::Method, 4> kSamplers{{{SamplerSpec::Method::Ula, "ula"},
                                                   {SamplerSpec::Method::Mala, "mala"},
                                                   {SamplerSpec::Method::Hmc, "hmc"},
                                                   {SamplerSpec::Method::Annealed, "annealed"}}};
constexpr Table<SamplerSpec::Walls, 3> kWalls{{{SamplerSpec::Walls::None, "none"},
                                               {SamplerSpec::Walls::Reflecting, "reflecting"},
                                               {SamplerSpec::Walls::Periodic, "periodic"}}};
constexpr Table<TrainingSpec::Method, 6> kTraining{{{TrainingSpec::Method::Pcd, "pcd"},
                                                    {TrainingSpec::Method::Cd, "cd"},
                                                    {TrainingSpec::Method::Dsm, "dsm"},
                                                    {TrainingSpec::Method::Nce, "nce"},
                                                    {TrainingSpec::Method::Rbm, "rbm"},
                                                    {TrainingSpec::Method::Classifier, "classifier"}}};
constexpr Table<ViewSettings::Layout, 3> kLayouts{{{ViewSettings::Layout::SideBySide, "side-by-side"},
                                                   {ViewSettings::Layout::Landscape, "landscape"},
                                                   {ViewSettings::Layout::Map, "map"}}};
constexpr Table<ViewSettings::Field, 2> kFields{
    {{ViewSettings::Field::Energy, "energy"}, {ViewSettings::Field::Density, "density"}}};
constexpr Table<DataSpec::Source, 3> kSources{{{DataSpec::Source::None, "none"},
                                               {DataSpec::Source::Generated, "generated"},
                                               {DataSpec::Source::Points, "points"}}};

template <typename Enum, std::size_t N>
std::string nameIn(const Table<Enum, N>& table, Enum value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "?";
}

template <typename Enum, std::size_t N>
Enum valueIn(const Table<Enum, N>& table, const std::string& name, const std::string& path) {
  std::string choices;
  for (const auto& [v, n] : table) {
    if (name == n) return v;
    choices += (choices.empty() ? "" : ", ") + std::string(n);
  }
  throw LessonError("`" + path + "` must be one of " + choices + ", not \"" + name + "\".");
}

}  // namespace

std::string of(Composition::Operation value) {
  return nameIn(kOperations, value);
}
std::string of(SamplerSpec::Method value) {
  return nameIn(kSamplers, value);
}
std::string of(SamplerSpec::Walls value) {
  return nameIn(kWalls, value);
}
std::string of(TrainingSpec::Method value) {
  return nameIn(kTraining, value);
}
std::string of(ViewSettings::Layout value) {
  return nameIn(kLayouts, value);
}
std::string of(ViewSettings::Field value) {
  return nameIn(kFields, value);
}
std::string of(DataSpec::Source value) {
  return nameIn(kSources, value);
}

Composition::Operation operation(const std::string& name, const std::string& path) {
  return valueIn(kOperations, name, path);
}
SamplerSpec::Method samplerMethod(const std::string& name, const std::string& path) {
  return valueIn(kSamplers, name, path);
}
SamplerSpec::Walls walls(const std::string& name, const std::string& path) {
  return valueIn(kWalls, name, path);
}
TrainingSpec::Method trainingMethod(const std::string& name, const std::string& path) {
  return valueIn(kTraining, name, path);
}
ViewSettings::Layout layout(const std::string& name, const std::string& path) {
  return valueIn(kLayouts, name, path);
}
ViewSettings::Field field(const std::string& name, const std::string& path) {
  return valueIn(kFields, name, path);
}

}  // namespace ebm::lesson_names
