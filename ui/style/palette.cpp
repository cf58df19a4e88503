#include "style/palette.h"

namespace ebmui::palette {

Rgb classColour(int label) {
  // The first three (the classifier's blobs) stay apart from the flag colours yellow and vermillion that the
  // OOD lesson draws beside them.
  static constexpr std::array<Rgb, kClassColours> colours{kSkyBlue,       kOrange, kBluishGreen, kVermillion,
                                                          kReddishPurple, kYellow, kBlue,        kGrey};
  return colours[std::size_t(((label % kClassColours) + kClassColours) % kClassColours)];
}

Rgb flagColour(Flag flag) {
  switch (flag) {
    case Flag::FalseAlarm:
      return kBlue;
    case Flag::AnomalyMissed:
      return kYellow;
    case Flag::AnomalyCaught:
      return kVermillion;
    case Flag::NormalPassed:
      break;
  }
  return kSkyBlue;
}

MarkerShape flagShape(Flag flag) {
  switch (flag) {
    case Flag::FalseAlarm:
      return MarkerShape::Square;
    case Flag::AnomalyMissed:
      return MarkerShape::Triangle;
    case Flag::AnomalyCaught:
      return MarkerShape::Diamond;
    case Flag::NormalPassed:
      break;
  }
  return MarkerShape::Circle;
}

Flag flagOfLabel(int label) {
  return label >= 0 && label <= 3 ? Flag(label) : Flag::NormalPassed;
}

Rgb seriesColour(int k) {
  static constexpr std::array<Rgb, 7> colours{kOrange,        kSkyBlue,    kBluishGreen, kYellow,
                                              kReddishPurple, kVermillion, kBlue};
  return colours[std::size_t(k) % colours.size()];
}

Qt::PenStyle seriesDash(int k) {
  static constexpr std::array<Qt::PenStyle, 5> dashes{Qt::SolidLine, Qt::DashLine, Qt::DotLine,
                                                      Qt::DashDotLine, Qt::DashDotDotLine};
  return dashes[std::size_t(k) % dashes.size()];
}

QString glyph(MarkerShape shape) {
  switch (shape) {
    case MarkerShape::Square:
      return QStringLiteral("■");
    case MarkerShape::Triangle:
      return QStringLiteral("▲");
    case MarkerShape::Diamond:
      return QStringLiteral("◆");
    case MarkerShape::Circle:
      break;
  }
  return QStringLiteral("●");
}

QString glyph(Qt::PenStyle dash) {
  switch (dash) {
    case Qt::DashLine:
      return QStringLiteral("╍╍");
    case Qt::DotLine:
      return QStringLiteral("┉┉");
    case Qt::DashDotLine:
      return QStringLiteral("━·━");
    case Qt::DashDotDotLine:
      return QStringLiteral("━··━");
    default:
      break;
  }
  return QStringLiteral("━━");
}

QString swatch(const QColor& colour, const QString& glyph) {
  return QStringLiteral("<span style='color:%1'>%2</span>").arg(colour.name(), glyph);
}

QString swatch(Flag flag) {
  return swatch(flagColour(flag).qcolor(), glyph(flagShape(flag)));
}

QString legendStyleSheet() {
  return QStringLiteral(
      "QLabel { background: rgb(28, 31, 38); color: rgb(220, 222, 228); padding: 4px 6px; }");
}

}  // namespace ebmui::palette
