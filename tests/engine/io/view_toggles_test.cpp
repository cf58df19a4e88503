// The views' layers are one table: each is read from and written to the lesson file under its own key, and
// its switch applies to the lessons its scope names.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "io/lesson.h"
#include "io/view_toggles.h"

namespace ebm {
namespace {

const char* kPlanarLesson = R"({
  "version": 2, "box": {"lower": [-3, -3], "upper": [3, 3]},
  "energies": [{"name": "E", "spec": {"type": "gaussian_mixture", "components": [
      {"weight": 1, "mean": [0, 0], "covariance": [[1, 0], [0, 1]]}]}}]
})";

TEST(ViewToggles, KeysAndFlagsAreEachNamedOnce) {
  std::set<std::string> fileKeys, keys;
  std::vector<bool ViewSettings::*> members;
  for (const ViewToggle& toggle : viewToggles()) {
    EXPECT_TRUE(fileKeys.insert(toggle.fileKey).second) << toggle.fileKey;
    EXPECT_TRUE(keys.insert(toggle.key).second) << toggle.key;
    EXPECT_EQ(std::find(members.begin(), members.end(), toggle.member), members.end()) << toggle.fileKey;
    members.push_back(toggle.member);
    EXPECT_STRNE(toggle.label, "");
    EXPECT_STRNE(toggle.tooltip, "");
  }
}

TEST(ViewToggles, EachFlagRoundTripsThroughTheLessonFileUnderItsKey) {
  for (const ViewToggle& toggle : viewToggles()) {
    Lesson lesson = readLesson(kPlanarLesson);
    const bool flipped = !(ViewSettings{}.*toggle.member);
    lesson.view.*toggle.member = flipped;
    const std::string text = writeLesson(lesson);
    EXPECT_EQ(nlohmann::json::parse(text)["view"][toggle.fileKey].get<bool>(), flipped) << toggle.fileKey;
    EXPECT_EQ(readLesson(text).view.*toggle.member, flipped) << toggle.fileKey;
  }
}

TEST(ViewToggles, AbsentFlagsKeepTheirDefaults) {
  const Lesson lesson = readLesson(kPlanarLesson);
  for (const ViewToggle& toggle : viewToggles())
    EXPECT_EQ(lesson.view.*toggle.member, ViewSettings{}.*toggle.member) << toggle.fileKey;
}

TEST(ViewToggles, ScopesFollowTheLesson) {
  const Lesson planar = readLesson(kPlanarLesson);
  for (const ViewToggle& toggle : viewToggles()) {
    const bool expected = toggle.scope == ToggleScope::Any || toggle.scope == ToggleScope::Planar;
    EXPECT_EQ(viewToggleApplies(toggle, planar), expected) << toggle.fileKey;
  }
}

}  // namespace
}  // namespace ebm
