#include "colour_vision.h"

#include <algorithm>
#include <cmath>

namespace ebmtest {

namespace {

using SimulationMatrix = std::array<std::array<double, 3>, 3>;
constexpr double kHalfTurn = 3.14159265358979323846;  // π

// Machado, Oliveira & Fernandes, "A Physiologically-based Model for Simulation of Color Vision Deficiency",
// IEEE TVCG 15(6), 2009: the matrices for severity 1 (full dichromacy), applied to linear RGB.
const SimulationMatrix& dichromatMatrix(Vision vision) {
  static const SimulationMatrix identity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
  static const SimulationMatrix protanopia{
      {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
  static const SimulationMatrix deuteranopia{
      {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
  static const SimulationMatrix tritanopia{
      {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};
  switch (vision) {
    case Vision::Protanopia:
      return protanopia;
    case Vision::Deuteranopia:
      return deuteranopia;
    case Vision::Tritanopia:
      return tritanopia;
    case Vision::Normal:
      break;
  }
  return identity;
}

double linearFromSrgbChannel(std::uint8_t value) {
  const double c = value / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double cieLabF(double t) {
  constexpr double epsilon = 216.0 / 24389.0, kappa = 24389.0 / 27.0;
  return t > epsilon ? std::cbrt(t) : (kappa * t + 16) / 116;
}

double degreesOf(double radians) {
  const double d = radians * 180 / kHalfTurn;
  return d < 0 ? d + 360 : d;
}

double radiansOf(double degrees) {
  return degrees * kHalfTurn / 180;
}

}  // namespace

const char* nameOf(Vision vision) {
  switch (vision) {
    case Vision::Protanopia:
      return "protanopia";
    case Vision::Deuteranopia:
      return "deuteranopia";
    case Vision::Tritanopia:
      return "tritanopia";
    case Vision::Normal:
      break;
  }
  return "normal vision";
}

std::array<double, 3> labSeenWith(ebmui::palette::Rgb colour, Vision vision) {
  const std::array<double, 3> linear{linearFromSrgbChannel(colour.r), linearFromSrgbChannel(colour.g),
                                     linearFromSrgbChannel(colour.b)};
  const SimulationMatrix& m = dichromatMatrix(vision);
  std::array<double, 3> seen{};
  for (std::size_t i = 0; i < 3; ++i)
    seen[i] = std::clamp(m[i][0] * linear[0] + m[i][1] * linear[1] + m[i][2] * linear[2], 0.0, 1.0);
  // Linear sRGB → XYZ (D65), then CIELAB against the D65 white.
  const double x = 0.4124564 * seen[0] + 0.3575761 * seen[1] + 0.1804375 * seen[2];
  const double y = 0.2126729 * seen[0] + 0.7151522 * seen[1] + 0.0721750 * seen[2];
  const double z = 0.0193339 * seen[0] + 0.1191920 * seen[1] + 0.9503041 * seen[2];
  const double fx = cieLabF(x / 0.95047), fy = cieLabF(y), fz = cieLabF(z / 1.08883);
  return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

// Sharma, Wu & Dalal, "The CIEDE2000 Color-Difference Formula: Implementation Notes, Supplementary Test
// Data, and Mathematical Observations", Color Research & Application 30(1), 2005, equations (1)–(17).
double deltaE2000(const std::array<double, 3>& lab1, const std::array<double, 3>& lab2) {
  const auto [l1, a1, b1] = lab1;
  const auto [l2, a2, b2] = lab2;
  const double cMean = (std::hypot(a1, b1) + std::hypot(a2, b2)) / 2;
  const double c7 = std::pow(cMean, 7);
  const double g = 0.5 * (1 - std::sqrt(c7 / (c7 + std::pow(25.0, 7))));
  const double a1p = (1 + g) * a1, a2p = (1 + g) * a2;
  const double c1p = std::hypot(a1p, b1), c2p = std::hypot(a2p, b2);
  const double h1p = c1p == 0 ? 0 : degreesOf(std::atan2(b1, a1p));
  const double h2p = c2p == 0 ? 0 : degreesOf(std::atan2(b2, a2p));
  double dhp = 0;
  if (c1p * c2p != 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    if (dhp < -180) dhp += 360;
  }
  const double dLp = l2 - l1, dCp = c2p - c1p;
  const double dHp = 2 * std::sqrt(c1p * c2p) * std::sin(radiansOf(dhp / 2));
  const double lMean = (l1 + l2) / 2, cpMean = (c1p + c2p) / 2;
  double hMean = h1p + h2p;
  if (c1p * c2p != 0) {
    if (std::abs(h1p - h2p) <= 180)
      hMean /= 2;
    else
      hMean = hMean < 360 ? (hMean + 360) / 2 : (hMean - 360) / 2;
  }
  const double t = 1 - 0.17 * std::cos(radiansOf(hMean - 30)) + 0.24 * std::cos(radiansOf(2 * hMean)) +
                   0.32 * std::cos(radiansOf(3 * hMean + 6)) - 0.20 * std::cos(radiansOf(4 * hMean - 63));
  const double dTheta = 30 * std::exp(-std::pow((hMean - 275) / 25, 2));
  const double cp7 = std::pow(cpMean, 7);
  const double rC = 2 * std::sqrt(cp7 / (cp7 + std::pow(25.0, 7)));
  const double sL = 1 + 0.015 * std::pow(lMean - 50, 2) / std::sqrt(20 + std::pow(lMean - 50, 2));
  const double sC = 1 + 0.045 * cpMean, sH = 1 + 0.015 * cpMean * t;
  const double rT = -std::sin(radiansOf(2 * dTheta)) * rC;
  const double l = dLp / sL, c = dCp / sC, h = dHp / sH;
  return std::sqrt(l * l + c * c + h * h + rT * c * h);
}

double deltaE2000(ebmui::palette::Rgb a, ebmui::palette::Rgb b, Vision vision) {
  return deltaE2000(labSeenWith(a, vision), labSeenWith(b, vision));
}

}  // namespace ebmtest
