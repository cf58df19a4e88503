// The colours that carry a meaning stay apart with every common colour-vision deficiency: each set of
// colours the program shows together, seen through the Machado et al. (2009) simulation of protanopia,
// deuteranopia and tritanopia, keeps every pair at least a threshold apart in CIEDE2000; the anomaly flags
// also differ in shape. The colour science is checked against its published test data first.
#include <gtest/gtest.h>

#include <QSet>
#include <algorithm>
#include <string>
#include <vector>

#include "colour_vision.h"
#include "style/palette.h"

namespace ebmtest {
namespace {

using ebmui::palette::Flag;
using ebmui::palette::Rgb;
namespace palette = ebmui::palette;

// The Okabe–Ito colours (without black) are at least 10.9 apart for every dichromacy (orange and reddish
// purple with tritanopia); the threshold sits just under that. The old red/green flag pair was 7.5 apart
// with deuteranopia.
constexpr double kMinimumDifference = 10.0;
// The four anomaly flags were chosen for the widest spread four Okabe–Ito colours allow: 20.0 (sky blue and
// blue with tritanopia).
constexpr double kFlagDifference = 19.0;

struct ColourSet {
  std::string name;
  std::vector<Rgb> colours;
  double threshold = kMinimumDifference;
};

std::vector<Rgb> flagColours() {
  return {palette::flagColour(Flag::NormalPassed), palette::flagColour(Flag::FalseAlarm),
          palette::flagColour(Flag::AnomalyMissed), palette::flagColour(Flag::AnomalyCaught)};
}

// Every set of categorical colours one picture or chart shows together.
std::vector<ColourSet> colourSetsShownTogether() {
  std::vector<ColourSet> sets;
  sets.push_back({"anomaly flags", flagColours(), kFlagDifference});
  ColourSet classes{"class colours (data classes, experiment markers, contrastive angle buckets)", {}};
  for (int k = 0; k < palette::kClassColours; ++k)
    classes.colours.push_back(palette::classColour(k));
  sets.push_back(classes);
  sets.push_back({"classifier map: three classes, the outliers' flags, the threshold line",
                  {palette::classColour(0), palette::classColour(1), palette::classColour(2),
                   palette::flagColour(Flag::AnomalyMissed), palette::flagColour(Flag::AnomalyCaught),
                   palette::kThreshold}});
  sets.push_back({"training view: data, particles, negatives, replay buffer",
                  {palette::kDataPoints, palette::kParticles, palette::kNegatives, palette::kReplayBuffer}});
  ColourSet series{"chart series", {}};
  for (int k = 0; k < 7; ++k)
    series.colours.push_back(palette::seriesColour(k));
  sets.push_back(series);
  return sets;
}

struct Closest {
  double difference = 1e9;
  std::size_t i = 0, j = 0;
};

Closest closestPair(const std::vector<Rgb>& colours, Vision vision) {
  Closest closest;
  for (std::size_t i = 0; i < colours.size(); ++i) {
    for (std::size_t j = i + 1; j < colours.size(); ++j) {
      const double d = deltaE2000(colours[i], colours[j], vision);
      if (d < closest.difference) closest = {d, i, j};
    }
  }
  return closest;
}

TEST(ColourVision, DeltaE2000MatchesSharmaWuDalalTestData) {
  // Pairs 1, 7, 17 and 25 of Table 1 in Sharma, Wu & Dalal (2005).
  EXPECT_NEAR(deltaE2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}), 2.0425, 1e-4);
  EXPECT_NEAR(deltaE2000({50, 0, 0}, {50, -1, 2}), 2.3669, 1e-4);
  EXPECT_NEAR(deltaE2000({50, 2.5, 0}, {73, 25, -18}), 27.1492, 1e-4);
  EXPECT_NEAR(deltaE2000({60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}), 1.2644, 1e-4);
}

TEST(ColourVision, DichromatsSeeGreysAsGreysAndRedAndGreenAlike) {
  for (Vision vision : kVisions) {
    for (std::uint8_t level : {0, 128, 255}) {
      const auto lab = labSeenWith({level, level, level}, vision);
      EXPECT_NEAR(lab[1], 0, 0.1) << nameOf(vision);
      EXPECT_NEAR(lab[2], 0, 0.1) << nameOf(vision);
    }
  }
  EXPECT_NEAR(labSeenWith({255, 255, 255}, Vision::Normal)[0], 100, 1e-3);
  // A red and a green of similar lightness: far apart for normal vision, close for a deuteranope.
  const Rgb red{200, 90, 60}, green{110, 140, 60};
  EXPECT_GT(deltaE2000(red, green, Vision::Normal), 25);
  EXPECT_LT(deltaE2000(red, green, Vision::Deuteranopia), 10);
}

TEST(Palette, ColoursShownTogetherStayApartForEveryColourVision) {
  for (const ColourSet& set : colourSetsShownTogether()) {
    for (Vision vision : kVisions) {
      const Closest c = closestPair(set.colours, vision);
      EXPECT_GE(c.difference, set.threshold) << set.name << ", " << nameOf(vision) << ": colours " << c.i
                                             << " and " << c.j << " are only " << c.difference << " apart";
    }
  }
}

TEST(Palette, TheOldAnomalyAndClassColoursFailTheThreshold) {
  // "anomaly, missed" in green and "anomaly, caught" in red, as the lesson drew them before.
  const Rgb missed{102, 204, 102}, caught{242, 90, 97};
  EXPECT_LT(deltaE2000(missed, caught, Vision::Deuteranopia), kMinimumDifference);
  EXPECT_GT(deltaE2000(missed, caught, Vision::Normal), 60);  // unmistakable with normal colour vision
  // The old class palette (Tableau 10 brightened): its first four classes.
  const std::vector<Rgb> oldClasses{{89, 161, 230}, {255, 153, 64}, {102, 204, 102}, {242, 89, 97}};
  EXPECT_LT(closestPair(oldClasses, Vision::Protanopia).difference, kMinimumDifference);
  EXPECT_LT(closestPair(oldClasses, Vision::Deuteranopia).difference, kMinimumDifference);
}

TEST(Palette, AnomalyFlagsDifferInShapeAndTheirLegendShowsIt) {
  QSet<int> shapes;
  QSet<QString> glyphs, swatches;
  for (Flag flag : {Flag::NormalPassed, Flag::FalseAlarm, Flag::AnomalyMissed, Flag::AnomalyCaught}) {
    shapes.insert(int(palette::flagShape(flag)));
    glyphs.insert(palette::glyph(palette::flagShape(flag)));
    const QString swatch = palette::swatch(flag);
    EXPECT_TRUE(swatch.contains(palette::glyph(palette::flagShape(flag)))) << swatch.toStdString();
    EXPECT_TRUE(swatch.contains(palette::flagColour(flag).qcolor().name())) << swatch.toStdString();
    EXPECT_EQ(palette::flagOfLabel(int(flag)), flag);
  }
  EXPECT_EQ(shapes.size(), 4);
  EXPECT_EQ(glyphs.size(), 4);
}

TEST(Palette, OverlaidChartSeriesDifferInDashPatternToo) {
  QSet<int> dashes;
  QSet<QString> glyphs;
  for (int k = 0; k < 5; ++k) {
    dashes.insert(int(palette::seriesDash(k)));
    glyphs.insert(palette::glyph(palette::seriesDash(k)));
  }
  EXPECT_EQ(dashes.size(), 5);
  EXPECT_EQ(glyphs.size(), 5);
}

}  // namespace
}  // namespace ebmtest
