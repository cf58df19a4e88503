// Reads lesson files (format 2; format 1 is migrated), validating every value and naming its JSON path.
#include <cmath>
#include <limits>
#include <string>

#include "core/errors.h"
#include "core/json_read.h"
#include "core/json_section.h"
#include "io/energy_spec.h"
#include "io/experiment_kinds.h"
#include "io/lesson.h"
#include "io/lesson_fields.h"
#include "io/lesson_names.h"
#include "io/lesson_parameters.h"
#include "io/standardization_json.h"
#include "io/view_toggles.h"
#include "sampling/particle_system.h"

namespace ebm {
namespace {

constexpr double kHuge = 1e12;
static_assert(SamplerSpec::kMaxParticles <= ParticleSystemSettings::kMaxParticles,
              "a lesson's particles must fit in a particle system");

// Format 1 (the first release) had one "energy" and the temperature under "view".
nlohmann::json migrateFromVersion1(nlohmann::json root, std::vector<std::string>& warnings) {
  if (root.contains("energy")) {
    root["energies"] = nlohmann::json::array({{{"name", "E"}, {"spec", root["energy"]}}});
    root.erase("energy");
  }
  if (root.contains("view") && root["view"].is_object() && root["view"].contains("temperature")) {
    root["temperature"] = root["view"]["temperature"];
    root["view"].erase("temperature");
  }
  root["version"] = 2;
  warnings.emplace_back(
      "This lesson was written in format 1 and has been updated to format 2; saving it keeps "
      "the new format.");
  return root;
}

// Reads the sections of one lesson, collecting warnings and the members it does not know.
struct Reader {
  Lesson lesson;
  std::vector<std::string> warnings;

  void keepUnknown(const JsonSection& section, const std::string& name) {
    const nlohmann::json unknown = section.unknownMembers();
    if (unknown.empty()) return;
    for (auto it = unknown.begin(); it != unknown.end(); ++it) {
      warnings.push_back("Unknown setting `" + (name.empty() ? it.key() : name + "." + it.key()) +
                         "` was kept but is not used by this version of ebmscape.");
    }
    lesson.unknown[name.empty() ? "lesson" : name] = unknown;
  }

  void readAll(const nlohmann::json& root);
  void readEnergies(JsonSection& top);
  void readComposition(JsonSection& top);
  void readData(JsonSection& top);
  void readImport(JsonSection& data);
  void readSampler(JsonSection& top);
  void readTraining(JsonSection& top);
  void readView(JsonSection& top);
  void readAnimation(JsonSection& top);
  void readAnomaly(JsonSection& top);
  void readOod(JsonSection& top);
  void readExperiment(JsonSection& top);
  void checkExperiment();
};

Box readBox(JsonSection& top, int fallbackDimension) {
  if (!top.has("box")) return Box::centered(fallbackDimension, 4.0);
  JsonSection box(top.at("box"), "box");
  const auto lower = json_read::vector(box.at("lower"), "box.lower");
  const int d = int(lower.size());
  if (d != 2 && d != 3) throw LessonError("`box.lower` must have 2 or 3 numbers.");
  const auto upper = json_read::vector(box.at("upper"), "box.upper", d);
  Box result;
  result.dimension = d;
  for (int a = 0; a < 3; ++a) {
    result.lower[a] = a < d ? lower[a] : 0.0;
    result.upper[a] = a < d ? upper[a] : 0.0;
  }
  try {
    result.validate();
  } catch (const ArgumentError& e) {
    throw LessonError(std::string("`box`: ") + e.what());
  }
  return result;
}

void Reader::readEnergies(JsonSection& top) {
  // An experiment (a Sudoku, a Hopfield memory) may be the whole lesson; a density needs an energy.
  const bool optional = lesson.hasExperiment();
  if (!top.has("energies")) {
    if (optional) return;
    throw LessonError("`energies` is missing: a lesson needs at least one energy.");
  }
  const auto& list = json_read::array(top.at("energies"), "energies");
  if (list.empty() && !optional) throw LessonError("`energies` must not be empty.");
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = "energies[" + std::to_string(i) + "]";
    JsonSection entry(list[i], at);
    EnergyComponent component;
    std::string defaultName =
        "E";  // built in two steps: GCC 12 warns falsely on "E" + to_string (bug 105329)
    defaultName += std::to_string(i + 1);
    component.name = entry.localized("name", defaultName);
    component.spec = entry.at("spec");
    const EnergyPtr energy = buildEnergy(component.spec, at + ".spec", &warnings);
    if (energy->dimension() != lesson.box.dimension) {
      throw LessonError("`" + at + "` is a " + std::to_string(energy->dimension()) + "D energy in a " +
                        std::to_string(lesson.box.dimension) + "D lesson.");
    }
    lesson.energies.push_back(std::move(component));
  }
}

void Reader::readComposition(JsonSection& top) {
  // An experiment lesson without energies composes nothing (its file may still carry the defaults).
  if (!top.has("composition") || lesson.energies.empty()) return;
  JsonSection c(top.at("composition"), "composition");
  auto& comp = lesson.composition;
  comp.operation = lesson_names::operation(c.text("operation", "single"), c.path("operation"));
  comp.alpha = c.number("alpha", comp.alpha, 0.0, 1.0);
  comp.weight = c.number("weight", comp.weight, 0.0, 1.0);
  comp.gamma = c.number("gamma", comp.gamma, 0.0, 100.0);
  comp.strength = c.number("strength", comp.strength, 0.0, 1e4);
  if (c.has("terms")) {
    comp.terms.clear();
    const auto& terms = json_read::array(c.at("terms"), c.path("terms"));
    for (std::size_t i = 0; i < terms.size(); ++i) {
      const std::string at = c.path("terms") + "[" + std::to_string(i) + "]";
      if (!terms[i].is_number_integer()) throw LessonError("`" + at + "` must be the index of an energy.");
      const long long index = terms[i].get<long long>();
      if (index < 0 || index >= (long long)lesson.energies.size()) {
        throw LessonError("`" + at + "` is " + std::to_string(index) + " but there are only " +
                          std::to_string(lesson.energies.size()) + " energies.");
      }
      comp.terms.push_back(int(index));
    }
  }
  keepUnknown(c, "composition");
  const std::size_t n = comp.terms.size();
  using Op = Composition::Operation;
  const bool ok = comp.operation == Op::Single ? n == 1 : comp.operation == Op::Sum ? n >= 2 : n == 2;
  if (!ok) {
    throw LessonError("`composition.terms` must name " +
                      std::string(comp.operation == Op::Single ? "one energy"
                                  : comp.operation == Op::Sum  ? "two or more energies"
                                                               : "exactly two energies") +
                      " for \"" + lesson_names::of(comp.operation) + "\".");
  }
}

void Reader::readData(JsonSection& top) {
  if (!top.has("data") || top.at("data").is_null()) return;
  JsonSection d(top.at("data"), "data");
  auto& data = lesson.data;
  if (d.has("points")) {
    data.source = DataSpec::Source::Points;
    const auto& points = json_read::array(d.at("points"), "data.points");
    data.drawn = d.flag("drawn", false);
    // A teacher may clear the map and keep drawing later; a file's import has at least one point.
    if (points.empty() && !data.drawn) throw LessonError("`data.points` must not be empty.");
    const int dim = lesson.box.dimension;
    data.points.resize(dim, Index(points.size()));
    for (std::size_t i = 0; i < points.size(); ++i) {
      const std::string at = "data.points[" + std::to_string(i) + "]";
      const Eigen::VectorXd point = json_read::vector(points[i], at, dim);
      for (int a = 0; a < dim; ++a) {
        // Points are floats: a larger coordinate would become infinite (and be written back as null).
        if (std::abs(point[a]) > double(std::numeric_limits<float>::max()))
          throw LessonError("`" + at + "[" + std::to_string(a) + "]` is too large for float32.");
      }
      data.points.col(Index(i)) = point.cast<float>();
    }
    if (d.has("labels")) {
      const auto& labels = json_read::array(d.at("labels"), "data.labels");
      if (labels.size() != points.size()) throw LessonError("`data.labels` must have one label per point.");
      for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!labels[i].is_number_integer()) {
          throw LessonError("`data.labels[" + std::to_string(i) + "]` must be a whole number.");
        }
        data.labels.push_back(labels[i].get<int>());
      }
    }
    if (d.has("labelNames")) {
      for (const auto& name : json_read::array(d.at("labelNames"), "data.labelNames")) {
        data.labelNames.push_back(json_read::text(name, "data.labelNames[]"));
      }
    }
    readImport(d);
  } else {
    data.source = DataSpec::Source::Generated;
    data.dataset = json_read::text(d.at("dataset"), "data.dataset");
    data.count = d.integer("count", data.count, 1, 1000000);
    data.noise = d.number("noise", data.noise, -1.0, 100.0);
    data.seed = d.seed("seed", data.seed);
  }
  keepUnknown(d, "data");
}

// What an import adds to imported points: the columns' names, the standardization and the choice made.
void Reader::readImport(JsonSection& d) {
  auto& data = lesson.data;
  const int dim = lesson.box.dimension;
  if (d.has("columnNames")) {
    const auto& names = json_read::array(d.at("columnNames"), "data.columnNames");
    if (names.size() != std::size_t(dim))
      throw LessonError("`data.columnNames` must name the " + std::to_string(dim) + " axes.");
    for (const auto& name : names)
      data.columnNames.push_back(json_read::text(name, "data.columnNames[]"));
  }
  if (d.has("standardization"))
    data.standardization = standardizationFromJson(d.at("standardization"), "data.standardization", dim);
  if (!d.has("import")) return;
  JsonSection i(d.at("import"), "data.import");
  data.importedFrom = i.text("file", "");
  if (i.has("columns")) {
    for (const auto& column : json_read::array(i.at("columns"), i.path("columns")))
      data.importChoice.coordinates.push_back(json_read::text(column, i.path("columns[]")));
  }
  data.importChoice.label = i.text("label", "");
  data.importChoice.skipLines = i.integer("skipLines", 0, 0, 1000000);
  data.skippedRows = i.integer("skippedRows", 0, 0, std::numeric_limits<int>::max());
  try {
    data.importChoice.validate();
  } catch (const ArgumentError& e) {
    throw LessonError(std::string("`data.import`: ") + e.what());
  }
  keepUnknown(i, "data.import");
}

void Reader::readSampler(JsonSection& top) {
  if (!top.has("sampler")) return;
  JsonSection s(top.at("sampler"), "sampler");
  auto& sampler = lesson.sampler;
  sampler.method = lesson_names::samplerMethod(s.text("method", "ula"), s.path("method"));
  for (const auto& field : samplerCounts())
    sampler.*field.member = s.integer(field.key, sampler.*field.member, field.lowest, field.highest);
  for (const auto& field : samplerNumbers())
    sampler.*field.member = s.number(field.key, sampler.*field.member, field.lowest, field.highest);
  sampler.walls = lesson_names::walls(s.text("walls", "none"), s.path("walls"));
  sampler.startFromData = s.flag("startFromData", sampler.startFromData);
  sampler.playing = s.flag("playing", sampler.playing);
  sampler.seed = s.seed("seed", sampler.seed);
  if (const std::string problem = sampler.validate(); !problem.empty()) throw LessonError(problem);
  keepUnknown(s, "sampler");
}

void Reader::readTraining(JsonSection& top) {
  if (!top.has("training") || lesson.energies.empty()) return;
  JsonSection t(top.at("training"), "training");
  auto& training = lesson.training;
  training.method = lesson_names::trainingMethod(t.text("method", "pcd"), t.path("method"));
  training.energy = t.integer("energy", training.energy, 0, int(lesson.energies.size()) - 1);
  if (t.has("hiddenWidths")) {
    const auto widths = json_read::vector(t.at("hiddenWidths"), t.path("hiddenWidths"));
    training.hiddenWidths.clear();
    for (Index i = 0; i < widths.size(); ++i) {
      // A fraction, or a number no int holds, is refused here; the range is TrainingSpec::validate()'s.
      const bool whole = widths[i] == std::floor(widths[i]) && std::abs(widths[i]) <= 1e9;
      training.hiddenWidths.push_back(whole ? int(widths[i]) : 0);
    }
  }
  training.activation = t.text("activation", training.activation);
  for (const auto& field : trainingCounts())
    training.*field.member = t.integer(field.key, training.*field.member, field.lowest, field.highest);
  for (const auto& field : trainingNumbers())
    training.*field.member = t.number(field.key, training.*field.member, field.lowest, field.highest);
  training.seed = t.seed("seed", training.seed);
  if (const std::string problem = training.validate(); !problem.empty()) throw LessonError(problem);
  keepUnknown(t, "training");
}

void Reader::readView(JsonSection& top) {
  auto& view = lesson.view;
  // The default resolution depends on the dimension, also for a lesson without a "view" section.
  view.gridResolution = lesson.box.dimension == 2 ? 192 : 64;
  if (!top.has("view")) return;
  JsonSection v(top.at("view"), "view");
  view.layout = lesson_names::layout(v.text("layout", "side-by-side"), v.path("layout"));
  view.field = lesson_names::field(v.text("field", "energy"), v.path("field"));
  const int maxResolution = lesson.box.dimension == 2 ? 1024 : 128;
  view.gridResolution = v.integer("gridResolution", view.gridResolution, 8, maxResolution);
  for (const ViewToggle& toggle : viewToggles())
    view.*toggle.member = v.flag(toggle.fileKey, view.*toggle.member);
  if (v.has("isoLevels")) {
    const auto levels = json_read::vector(v.at("isoLevels"), v.path("isoLevels"));
    if (levels.size() > 8) throw LessonError("`view.isoLevels` may list at most 8 levels.");
    view.isoLevels.assign(levels.data(), levels.data() + levels.size());
  }
  view.slicePosition = v.number("slicePosition", view.slicePosition, 0.0, 1.0);
  view.sliceAxis = v.integer("sliceAxis", view.sliceAxis, 0, 2);
  view.colormap = v.text("colormap", view.colormap);
  if (view.colormap != "viridis") throw LessonError("`view.colormap` must be \"viridis\".");
  if (v.has("camera")) {
    JsonSection c(v.at("camera"), "view.camera");
    auto& camera = view.camera;
    camera.set = true;
    auto triple = [&](const char* key, std::array<double, 3>& out) {
      const auto value = json_read::vector(c.at(key), c.path(key), 3);
      for (int i = 0; i < 3; ++i)
        out[std::size_t(i)] = value[i];
    };
    triple("position", camera.position);
    triple("focalPoint", camera.focalPoint);
    triple("viewUp", camera.viewUp);
    camera.viewAngle = c.number("viewAngle", camera.viewAngle, 1.0, 120.0);
    keepUnknown(c, "view.camera");
  }
  keepUnknown(v, "view");
}

void Reader::readAnimation(JsonSection& top) {
  if (!top.has("animation")) return;
  JsonSection a(top.at("animation"), "animation");
  auto& animation = lesson.animation;
  animation.duration = a.number("duration", animation.duration, 0.1, 3600.0);
  animation.framesPerSecond = a.integer("framesPerSecond", animation.framesPerSecond, 1, 120);
  if (a.has("keyframes")) {
    const auto& list = json_read::array(a.at("keyframes"), a.path("keyframes"));
    for (std::size_t i = 0; i < list.size(); ++i) {
      JsonSection k(list[i], "animation.keyframes[" + std::to_string(i) + "]");
      Keyframe keyframe;
      keyframe.time = k.number("time", 0.0, 0.0, animation.duration);
      keyframe.parameter = json_read::text(k.at("parameter"), k.path("parameter"));
      keyframe.value = json_read::number(k.at("value"), k.path("value"));
      animation.keyframes.push_back(std::move(keyframe));
      keepUnknown(k, "animation.keyframes[" + std::to_string(i) + "]");
    }
  }
  keepUnknown(a, "animation");
  validateKeyframes(animation);
}

void Reader::readAnomaly(JsonSection& top) {
  if (!top.has("anomaly")) return;
  JsonSection a(top.at("anomaly"), "anomaly");
  auto& anomaly = lesson.anomaly;
  anomaly.count = a.integer("count", anomaly.count, 0, 100000);
  anomaly.seed = a.seed("seed", anomaly.seed);
  anomaly.falseAlarmTarget = a.number("falseAlarmTarget", anomaly.falseAlarmTarget, 1e-4, 0.5);
  anomaly.calibrate = a.flag("calibrate", anomaly.calibrate);
  keepUnknown(a, "anomaly");
}

void Reader::readOod(JsonSection& top) {
  if (!top.has("ood")) return;
  JsonSection o(top.at("ood"), "ood");
  auto& ood = lesson.ood;
  ood.ringCount = o.integer("ringCount", ood.ringCount, 0, 100000);
  ood.ringRadius = o.number("ringRadius", ood.ringRadius, 1e-3, 100.0);
  ood.ringWidth = o.number("ringWidth", ood.ringWidth, 0.0, 100.0);
  ood.farCount = o.integer("farCount", ood.farCount, 0, 100000);
  ood.farInner = o.number("farInner", ood.farInner, 1e-3, 100.0);
  ood.farOuter = o.number("farOuter", ood.farOuter, 1e-3, 100.0);
  ood.seed = o.seed("seed", ood.seed);
  if (!(ood.farOuter > ood.farInner)) throw LessonError("`ood.farOuter` must be larger than `ood.farInner`.");
  keepUnknown(o, "ood");
}

// The experiment section belongs to its kind: it is kept as JSON here, and checked by checkExperiment once
// the energies (which a kind may read) are known.
void Reader::readExperiment(JsonSection& top) {
  if (!top.has("experiment") || top.at("experiment").is_null()) return;
  lesson.experiment = top.at("experiment");
  if (!lesson.experiment.is_object()) throw LessonError("`experiment` must be an object with a \"kind\".");
}

// Builds the experiment once, so a bad setting fails when the lesson is read, naming its path.
void Reader::checkExperiment() {
  if (!lesson.hasExperiment()) return;
  ExperimentContext context;
  context.settings = lesson.experiment;
  context.temperature = lesson.temperature;
  context.box = lesson.box;
  for (const EnergyComponent& component : lesson.energies)
    context.energySpecs.push_back(component.spec);
  (void)makeExperiment(context);
}

void Reader::readAll(const nlohmann::json& root) {
  JsonSection top(root, "");
  (void)top.text("format", "ebmscape-lesson");
  (void)top.has("version");
  lesson.title = top.localized("title", lesson.title);
  lesson.explanation = top.localized("explanation", LocalizedText());
  // The box decides the dimension; without one, the first energy's dimension and the default box ±4.
  int fallbackDimension = 2;
  if (!top.has("box") && root.contains("energies") && root["energies"].is_array() &&
      !root["energies"].empty() && root["energies"][0].is_object() && root["energies"][0].contains("spec")) {
    fallbackDimension = buildEnergy(root["energies"][0]["spec"], "energies[0].spec")->dimension();
  }
  lesson.box = readBox(top, fallbackDimension);
  lesson.temperature = top.number("temperature", lesson.temperature, 1e-4, 1e4);
  readExperiment(top);
  readEnergies(top);
  checkExperiment();
  readComposition(top);
  lesson.noiseLevel = top.number("noiseLevel", lesson.noiseLevel, 0.0, 100.0);
  lesson.threshold = top.number("threshold", lesson.threshold, -kHuge, kHuge);
  readData(top);
  readSampler(top);
  readTraining(top);
  readView(top);
  readAnimation(top);
  readAnomaly(top);
  readOod(top);
  if (top.has("hiddenControls")) {
    for (const auto& name : json_read::array(top.at("hiddenControls"), "hiddenControls")) {
      lesson.hiddenControls.push_back(json_read::text(name, "hiddenControls[]"));
    }
  }
  keepUnknown(top, "");
}

}  // namespace

LessonReadResult readLessonWithWarnings(const std::string& jsonText) {
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(jsonText);
  } catch (const nlohmann::json::parse_error& e) {
    throw LessonError(std::string("The lesson is not valid JSON (it may be truncated): ") + e.what());
  } catch (const nlohmann::json::exception& e) {
    // The parser's other refusal (out_of_range 406): a number beyond double's range, such as 1e400.
    throw LessonError(std::string("The lesson holds a number too large to read: ") + e.what());
  }
  json_read::object(root, "lesson");
  if (!root.contains("version"))
    throw LessonError("`version` is missing: this does not look like a lesson file.");
  if (!root["version"].is_number_integer() || root["version"].get<long long>() < 1) {
    throw LessonError("`version` must be a positive whole number.");
  }
  const long long version = root["version"].get<long long>();
  if (version > Lesson::kFormatVersion) {
    throw LessonError("This lesson was written by a newer ebmscape (format " + std::to_string(version) +
                      "); this one reads format " + std::to_string(Lesson::kFormatVersion) +
                      " and older. Update ebmscape to open it.");
  }
  Reader reader;
  if (version == 1) root = migrateFromVersion1(std::move(root), reader.warnings);
  reader.readAll(root);
  return {std::move(reader.lesson), std::move(reader.warnings)};
}

Lesson readLesson(const std::string& jsonText) {
  return readLessonWithWarnings(jsonText).lesson;
}

}  // namespace ebm
