// Lesson text in more than one language: read as a string or a {"en", "zh_CN"} object, shown in the text
// language with English as the fallback, and written back whole.
#include <gtest/gtest.h>

#include <filesystem>

#include "core/errors.h"
#include "core/json_section.h"
#include "core/localized_text.h"
#include "engine/built_in_lesson.h"
#include "io/lesson.h"

namespace {

class TextLanguage : public ::testing::Test {
 protected:
  void TearDown() override { ebm::setTextLanguage("en"); }
};

TEST_F(TextLanguage, AStringIsEnglishAndAnObjectKeepsEveryLanguage) {
  const ebm::LocalizedText plain = ebm::readLocalizedText(nlohmann::json("Energy"), "title");
  EXPECT_EQ(plain.english, "Energy");
  EXPECT_TRUE(plain.translations.empty());
  EXPECT_EQ(ebm::toJson(plain), nlohmann::json("Energy"));

  const nlohmann::json both = {{"en", "Energy"}, {"zh_CN", "能量"}};
  const ebm::LocalizedText text = ebm::readLocalizedText(both, "title");
  EXPECT_EQ(text.in("en"), "Energy");
  EXPECT_EQ(text.in("zh_CN"), "能量");
  EXPECT_EQ(text.in("zh"), "能量");       // the language without its region
  EXPECT_EQ(text.in("zh_TW"), "能量");    // the same base language
  EXPECT_EQ(text.in("de_DE"), "Energy");  // English where the text has none
  EXPECT_EQ(ebm::toJson(text), both);
}

TEST_F(TextLanguage, AnObjectWithoutEnglishOrWithANonStringIsAnError) {
  EXPECT_THROW((void)ebm::readLocalizedText(nlohmann::json{{"zh_CN", "能量"}}, "title"), ebm::LessonError);
  EXPECT_THROW((void)ebm::readLocalizedText(nlohmann::json{{"en", 3}}, "title"), ebm::LessonError);
  EXPECT_THROW((void)ebm::readLocalizedText(nlohmann::json(3), "title"), ebm::LessonError);
}

TEST_F(TextLanguage, EveryBuiltInLessonHasChineseTextThatSurvivesWritingAndReading) {
  int lessons = 0;
  for (const auto& file : std::filesystem::directory_iterator(EBMSCAPE_LESSONS_DIR)) {
    const std::string name = file.path().stem().string();
    const ebm::Lesson lesson = ebm::builtInLesson(name);
    ++lessons;
    EXPECT_FALSE(lesson.title.in("zh_CN") == lesson.title.english) << name;
    EXPECT_FALSE(lesson.explanation.in("zh_CN") == lesson.explanation.english) << name;
    const ebm::Lesson again = ebm::readLesson(ebm::writeLesson(lesson));
    EXPECT_EQ(again.title, lesson.title) << name;
    EXPECT_EQ(again.explanation, lesson.explanation) << name;
    for (std::size_t i = 0; i < lesson.energies.size(); ++i)
      EXPECT_EQ(again.energies[i].name, lesson.energies[i].name);
  }
}

TEST_F(TextLanguage, ExperimentNamesFollowTheTextLanguage) {
  const nlohmann::json section = {{"name", {{"en", "Anna"}, {"zh_CN", "安娜"}}}};
  ebm::setTextLanguage("zh_CN");
  EXPECT_EQ(ebm::JsonSection(section, "users[0]").text("name", ""), "安娜");
  ebm::setTextLanguage("en");
  EXPECT_EQ(ebm::JsonSection(section, "users[0]").text("name", ""), "Anna");
}

}  // namespace
