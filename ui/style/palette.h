// Every colour that carries a meaning — a data class, particles, negatives, an anomaly flag, a chart's series
// — in one place, picked so that the colours shown together stay apart with every common colour-vision
// deficiency: the eight colours of Okabe & Ito ("Color Universal Design", 2008) for categories, viridis
// (vtk/colormap.h) for ordered values. Where a colour alone would still be the only cue (anomaly flags,
// overlaid chart curves), a shape or a dash pattern goes with it, and the legends show the same cue.
#pragma once

#include <QColor>
#include <QString>
#include <array>
#include <cstdint>

namespace ebmui::palette {

/// An sRGB colour, 8 bits a channel.
struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  [[nodiscard]] QColor qcolor(int alpha = 255) const { return QColor(r, g, b, alpha); }
  /// Channels in [0, 1], as VTK takes them.
  [[nodiscard]] std::array<double, 3> unit() const { return {r / 255.0, g / 255.0, b / 255.0}; }
  friend constexpr bool operator==(Rgb a, Rgb b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
};

// The Okabe–Ito colours. Black is not used: it vanishes on the dark views and charts.
inline constexpr Rgb kBlack{0, 0, 0};
inline constexpr Rgb kOrange{230, 159, 0};
inline constexpr Rgb kSkyBlue{86, 180, 233};
inline constexpr Rgb kBluishGreen{0, 158, 115};
inline constexpr Rgb kYellow{240, 228, 66};
inline constexpr Rgb kBlue{0, 114, 178};
inline constexpr Rgb kVermillion{213, 94, 0};
inline constexpr Rgb kReddishPurple{204, 121, 167};
/// A mid grey, the eighth class colour in place of black: apart from the white anchors and rings drawn over
/// points, and visible on the dark views.
inline constexpr Rgb kGrey{102, 102, 102};

// What the views draw.
inline constexpr Rgb kDataPoints{242, 242, 247};  ///< unlabelled data: near white, no category
inline constexpr Rgb kParticles = kOrange;
inline constexpr Rgb kNegatives = kVermillion;  ///< training negatives (and the negatives' chart series)
inline constexpr Rgb kReplayBuffer = kReddishPurple;
/// An OOD detector's threshold line on the map, beside the classes' colours and the outliers' flags.
inline constexpr Rgb kThreshold = kReddishPurple;

/// The number of class colours; label k is drawn in classColour(k mod kClassColours).
inline constexpr int kClassColours = 8;
/// Data class k (and an experiment's marker label k). Index 3 is vermillion, the "flagged" colour, which the
/// sequence lesson's surprising steps use.
[[nodiscard]] Rgb classColour(int label);

/// An anomaly lesson's test point, and a classifier's outlier (engine/simulation/frame.h).
enum class Flag { NormalPassed = 0, FalseAlarm = 1, AnomalyMissed = 2, AnomalyCaught = 3 };
/// Normal points are blues, anomalies warm: sky blue, blue, yellow, vermillion.
[[nodiscard]] Rgb flagColour(Flag flag);

/// The shape a point is drawn with (the views' point sprites and the legends' glyphs).
enum class MarkerShape { Circle = 0, Square = 1, Triangle = 2, Diamond = 3 };
/// A flag's shape: circle (passed), square (false alarm), triangle (missed), diamond (caught).
[[nodiscard]] MarkerShape flagShape(Flag flag);
/// The flag a label of a test-point layer stands for (labels outside 0…3 read as NormalPassed).
[[nodiscard]] Flag flagOfLabel(int label);

/// Series k of a chart with several lines: its colour and its dash pattern (solid, dashed, dotted, …), so
/// that two lines differ in more than hue.
[[nodiscard]] Rgb seriesColour(int k);
[[nodiscard]] Qt::PenStyle seriesDash(int k);

/// A legend glyph: ● ■ ▲ ◆ for a shape, and a short run of box-drawing characters for a line's dashes.
[[nodiscard]] QString glyph(MarkerShape shape);
[[nodiscard]] QString glyph(Qt::PenStyle dash);
/// Rich text: `glyph` in `colour`.
[[nodiscard]] QString swatch(const QColor& colour, const QString& glyph);
/// Rich text: a flag's shape in its colour, as the views draw it.
[[nodiscard]] QString swatch(Flag flag);
/// The style sheet of a legend label: the charts' dark background, on which every palette colour (the yellow
/// too) reads as it does in the views.
[[nodiscard]] QString legendStyleSheet();

}  // namespace ebmui::palette
