// Writes lessons in the current format (2); what the reader kept as unknown is written back where it was.
#include "io/lesson.h"
#include "io/lesson_fields.h"
#include "io/lesson_names.h"
#include "io/standardization_json.h"
#include "io/view_toggles.h"

namespace ebm {
namespace {

nlohmann::json triple(const std::array<double, 3>& v) {
  return nlohmann::json::array({v[0], v[1], v[2]});
}

template <class Spec, class Value>
void writeFields(const Spec& spec, const std::vector<SpecField<Spec, Value>>& fields, nlohmann::json& out) {
  for (const auto& field : fields)
    out[field.key] = spec.*field.member;
}

// Puts back the members a reader did not know, so a newer file's settings survive a save by this version.
void restoreUnknown(const Lesson& lesson, const std::string& section, nlohmann::json& node) {
  auto it = lesson.unknown.find(section);
  if (it == lesson.unknown.end()) return;
  for (auto member = it->begin(); member != it->end(); ++member) {
    if (!node.contains(member.key())) node[member.key()] = member.value();
  }
}

nlohmann::json writeData(const Lesson& lesson) {
  const DataSpec& data = lesson.data;
  nlohmann::json out;
  if (data.source == DataSpec::Source::None) return nullptr;
  if (data.source == DataSpec::Source::Generated) {
    out = {{"dataset", data.dataset}, {"count", data.count}, {"noise", data.noise}, {"seed", data.seed}};
  } else {
    nlohmann::json points = nlohmann::json::array();
    for (Index i = 0; i < data.points.cols(); ++i) {
      nlohmann::json point = nlohmann::json::array();
      for (Index r = 0; r < data.points.rows(); ++r)
        point.push_back(data.points(r, i));
      points.push_back(std::move(point));
    }
    out["points"] = std::move(points);
    if (!data.labels.empty()) out["labels"] = data.labels;
    if (!data.labelNames.empty()) out["labelNames"] = data.labelNames;
    if (data.drawn) out["drawn"] = true;
    if (!data.columnNames.empty()) out["columnNames"] = data.columnNames;
    if (!data.standardization.shift.empty())
      out["standardization"] = standardizationJson(data.standardization, int(data.points.rows()));
    if (!data.importedFrom.empty() || data.importChoice.chosen() || data.skippedRows > 0) {
      nlohmann::json import = {{"file", data.importedFrom},
                               {"columns", data.importChoice.coordinates},
                               {"label", data.importChoice.label},
                               {"skipLines", data.importChoice.skipLines},
                               {"skippedRows", data.skippedRows}};
      restoreUnknown(lesson, "data.import", import);
      out["import"] = std::move(import);
    }
  }
  restoreUnknown(lesson, "data", out);
  return out;
}

nlohmann::json writeView(const Lesson& lesson) {
  const ViewSettings& v = lesson.view;
  nlohmann::json out = {{"layout", lesson_names::of(v.layout)},
                        {"field", lesson_names::of(v.field)},
                        {"gridResolution", v.gridResolution},
                        {"isoLevels", v.isoLevels},
                        {"slicePosition", v.slicePosition},
                        {"sliceAxis", v.sliceAxis},
                        {"colormap", v.colormap}};
  for (const ViewToggle& toggle : viewToggles())
    out[toggle.fileKey] = v.*toggle.member;
  if (v.camera.set) {
    out["camera"] = {{"position", triple(v.camera.position)},
                     {"focalPoint", triple(v.camera.focalPoint)},
                     {"viewUp", triple(v.camera.viewUp)},
                     {"viewAngle", v.camera.viewAngle}};
    restoreUnknown(lesson, "view.camera", out["camera"]);
  }
  restoreUnknown(lesson, "view", out);
  return out;
}

}  // namespace

std::string writeLesson(const Lesson& lesson) {
  nlohmann::json root;
  root["format"] = "ebmscape-lesson";
  root["version"] = Lesson::kFormatVersion;
  root["title"] = toJson(lesson.title);
  root["explanation"] = toJson(lesson.explanation);
  const int d = lesson.box.dimension;
  root["box"] = {{"lower", std::vector<double>(lesson.box.lower.begin(), lesson.box.lower.begin() + d)},
                 {"upper", std::vector<double>(lesson.box.upper.begin(), lesson.box.upper.begin() + d)}};
  root["data"] = writeData(lesson);
  root["energies"] = nlohmann::json::array();
  for (const auto& e : lesson.energies)
    root["energies"].push_back({{"name", toJson(e.name)}, {"spec", e.spec}});
  const Composition& c = lesson.composition;
  root["composition"] = {{"operation", lesson_names::of(c.operation)},
                         {"terms", c.terms},
                         {"alpha", c.alpha},
                         {"weight", c.weight},
                         {"gamma", c.gamma},
                         {"strength", c.strength}};
  restoreUnknown(lesson, "composition", root["composition"]);
  root["temperature"] = lesson.temperature;
  root["noiseLevel"] = lesson.noiseLevel;
  root["threshold"] = lesson.threshold;
  const SamplerSpec& s = lesson.sampler;
  root["sampler"] = {{"method", lesson_names::of(s.method)},
                     {"walls", lesson_names::of(s.walls)},
                     {"startFromData", s.startFromData},
                     {"playing", s.playing},
                     {"seed", s.seed}};
  writeFields(s, samplerCounts(), root["sampler"]);
  writeFields(s, samplerNumbers(), root["sampler"]);
  restoreUnknown(lesson, "sampler", root["sampler"]);
  const TrainingSpec& t = lesson.training;
  root["training"] = {{"method", lesson_names::of(t.method)},
                      {"energy", t.energy},
                      {"hiddenWidths", t.hiddenWidths},
                      {"activation", t.activation},
                      {"seed", t.seed}};
  writeFields(t, trainingCounts(), root["training"]);
  writeFields(t, trainingNumbers(), root["training"]);
  restoreUnknown(lesson, "training", root["training"]);
  root["anomaly"] = {{"count", lesson.anomaly.count},
                     {"seed", lesson.anomaly.seed},
                     {"falseAlarmTarget", lesson.anomaly.falseAlarmTarget},
                     {"calibrate", lesson.anomaly.calibrate}};
  restoreUnknown(lesson, "anomaly", root["anomaly"]);
  const OodSpec& o = lesson.ood;
  if (o.any() || lesson.unknown.contains("ood")) {
    root["ood"] = {{"ringCount", o.ringCount},
                   {"ringRadius", o.ringRadius},
                   {"ringWidth", o.ringWidth},
                   {"farCount", o.farCount},
                   {"farInner", o.farInner},
                   {"farOuter", o.farOuter},
                   {"seed", o.seed}};
    restoreUnknown(lesson, "ood", root["ood"]);
  }
  root["view"] = writeView(lesson);
  nlohmann::json keyframes = nlohmann::json::array();
  for (const auto& k : lesson.animation.keyframes) {
    keyframes.push_back({{"time", k.time}, {"parameter", k.parameter}, {"value", k.value}});
  }
  root["animation"] = {{"duration", lesson.animation.duration},
                       {"framesPerSecond", lesson.animation.framesPerSecond},
                       {"keyframes", std::move(keyframes)}};
  restoreUnknown(lesson, "animation", root["animation"]);
  root["hiddenControls"] = lesson.hiddenControls;
  if (lesson.hasExperiment()) root["experiment"] = lesson.experiment;
  restoreUnknown(lesson, "lesson", root);
  return root.dump(2) + "\n";
}

}  // namespace ebm
