#include "hopfield/hopfield_settings.h"

#include <algorithm>

#include "core/errors.h"
#include "core/json_read.h"
#include "core/json_section.h"

namespace ebm::hopfield {
namespace {

// A picture as kSide rows of kSide characters, '#' (or 'X', '1') for ink and '.' (or ' ', '0') for paper.
State readBitmap(const nlohmann::json& rows, const std::string& path) {
  const std::string hint = "`" + path + "` must be " + std::to_string(kSide) + " strings of " +
                           std::to_string(kSide) + " characters, '#' for ink and '.' for paper.";
  if (!rows.is_array() || rows.size() != std::size_t(kSide)) throw LessonError(hint);
  State s(kUnits);
  for (int r = 0; r < kSide; ++r) {
    if (!rows[std::size_t(r)].is_string()) throw LessonError(hint);
    const std::string line = rows[std::size_t(r)].get<std::string>();
    if (line.size() != std::size_t(kSide)) throw LessonError(hint);
    for (int c = 0; c < kSide; ++c) {
      const char ch = line[std::size_t(c)];
      if (ch == '#' || ch == 'X' || ch == '1') {
        s[r * kSide + c] = 1;
      } else if (ch == '.' || ch == ' ' || ch == '0') {
        s[r * kSide + c] = -1;
      } else {
        throw LessonError(hint);
      }
    }
  }
  return s;
}

std::string randomName(int k) {
  return "random " + std::to_string(k);
}

}  // namespace

HopfieldSettings readHopfieldSettings(const nlohmann::json& settings, const std::string& path) {
  JsonSection section(settings, path);
  (void)section.text("kind", "hopfield");
  HopfieldSettings s;
  if (section.has("patterns")) {
    const auto& list = json_read::array(section.at("patterns"), section.path("patterns"));
    s.bitmaps.resize(kUnits, Index(list.size()));
    for (std::size_t k = 0; k < list.size(); ++k) {
      const std::string at = section.path("patterns") + "[" + std::to_string(k) + "]";
      JsonSection entry(list[k], at);
      const std::string name = entry.text("name", "");
      if (name.empty() || name.rfind("random ", 0) == 0 ||
          std::find(s.bitmapNames.begin(), s.bitmapNames.end(), name) != s.bitmapNames.end()) {
        throw LessonError("`" + entry.path("name") +
                          "` must be a name of its own (not empty, not \"random …\").");
      }
      s.bitmapNames.push_back(name);
      s.bitmaps.col(Index(k)) = readBitmap(entry.at("rows"), entry.path("rows"));
    }
  } else {
    s.bitmaps.resize(kUnits, 0);
  }
  if (section.has("stored")) {
    const auto& list = json_read::array(section.at("stored"), section.path("stored"));
    for (std::size_t k = 0; k < list.size(); ++k) {
      const std::string at = section.path("stored") + "[" + std::to_string(k) + "]";
      if (!list[k].is_string() || std::find(s.bitmapNames.begin(), s.bitmapNames.end(),
                                            list[k].get<std::string>()) == s.bitmapNames.end()) {
        throw LessonError("`" + at + "` must name one of the lesson's `patterns`.");
      }
      if (std::find(s.stored.begin(), s.stored.end(), list[k].get<std::string>()) == s.stored.end())
        s.stored.push_back(list[k].get<std::string>());
    }
  } else {
    s.stored = s.bitmapNames;
  }
  s.randomPatterns = section.integer("randomPatterns", 0, 0, kMaxRandomPatterns);
  if (s.stored.empty() && s.randomPatterns == 0)
    throw LessonError("`" + path + "` stores no pattern: list some in `stored` or set `randomPatterns`.");
  try {
    s.rule = storageRuleFromName(section.text("rule", "hebbian"));
  } catch (const ArgumentError& e) {
    throw LessonError("`" + section.path("rule") + "`: " + e.what());
  }
  std::vector<std::string> names;
  Patterns unused;
  storedPatterns(s, unused, names);
  const auto storedName = [&](const std::string& key, const std::string& fallback) {
    std::string name = section.text(key, fallback);
    if (std::find(names.begin(), names.end(), name) == names.end())
      throw LessonError("`" + section.path(key) + "` is \"" + name + "\", which is not a stored pattern.");
    return name;
  };
  s.cue = storedName("cue", names.front());
  s.painted = section.text("painted", "");
  if (!s.painted.empty() &&
      (s.painted.size() != std::size_t(kUnits) || s.painted.find_first_not_of("#.") != std::string::npos)) {
    throw LessonError("`" + section.path("painted") + "` must be " + std::to_string(kUnits) +
                      " characters of '#' and '.', row by row.");
  }
  s.noise = section.number("noise", 0.2, 0, 1);
  s.temperature = section.number("temperature", 0, 0, 10);
  s.updatesPerFrame = section.integer("updatesPerFrame", 8, 1, kMaxUpdatesPerFrame);
  if (section.has("axes")) {
    const auto& list = json_read::array(section.at("axes"), section.path("axes"));
    if (list.size() != 2) throw LessonError("`" + section.path("axes") + "` must name two stored patterns.");
    for (std::size_t k = 0; k < 2; ++k) {
      const std::string at = section.path("axes") + "[" + std::to_string(k) + "]";
      if (!list[k].is_string() ||
          std::find(names.begin(), names.end(), list[k].get<std::string>()) == names.end())
        throw LessonError("`" + at + "` must name a stored pattern.");
      s.axes[k] = list[k].get<std::string>();
    }
  } else {
    s.axes[0] = names.front();
    s.axes[1] = names.size() > 1 ? names[1] : names.front();
  }
  s.seed = section.seed("seed", 1);
  return s;
}

void storedPatterns(const HopfieldSettings& settings, Patterns& patterns, std::vector<std::string>& names) {
  names.clear();
  patterns.resize(kUnits, Index(settings.stored.size()) + settings.randomPatterns);
  Index column = 0;
  for (const auto& name : settings.stored) {
    const auto at = std::find(settings.bitmapNames.begin(), settings.bitmapNames.end(), name);
    patterns.col(column++) = settings.bitmaps.col(Index(at - settings.bitmapNames.begin()));
    names.push_back(name);
  }
  // Random patterns come from their own stream: adding one more keeps the earlier ones.
  Random random(settings.seed, 101);
  const Patterns extra = randomPatterns(kUnits, settings.randomPatterns, random);
  for (int k = 0; k < settings.randomPatterns; ++k) {
    patterns.col(column++) = extra.col(k);
    names.push_back(randomName(k + 1));
  }
}

std::string stateText(const State& state) {
  std::string text(std::size_t(state.size()), '.');
  for (Index i = 0; i < state.size(); ++i)
    if (state[i] > 0) text[std::size_t(i)] = '#';
  return text;
}

}  // namespace ebm::hopfield
