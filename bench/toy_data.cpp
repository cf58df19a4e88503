#include "toy_data.h"

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "core/random.h"

namespace ebm::bench {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kScale = 1.414;

// Centre k of 8gaussians before the division by 1.414: radius 4 on the angles kπ/4.
void eightCentre(int k, double& cx, double& cy) {
  cx = 4.0 * std::cos(k * kPi / 4);
  cy = 4.0 * std::sin(k * kPi / 4);
}

}  // namespace

Points toyData(const std::string& name, Index n, std::uint64_t seed) {
  Random random(seed);
  if (name == "helix") {
    Points x(3, n);
    for (Index i = 0; i < n; ++i) {
      const double t = random.uniform(0, 4 * kPi);
      x(0, i) = float(std::cos(t) + 0.05 * random.normal());
      x(1, i) = float(std::sin(t) + 0.05 * random.normal());
      x(2, i) = float(t / (2 * kPi) - 1 + 0.05 * random.normal());
    }
    return x;
  }
  Points x(2, n);
  for (Index i = 0; i < n; ++i) {
    double px = 0, py = 0;
    if (name == "8gaussians") {
      double cx, cy;
      eightCentre(int(random.below(8)), cx, cy);
      px = (cx + 0.5 * random.normal()) / kScale;
      py = (cy + 0.5 * random.normal()) / kScale;
    } else if (name == "moons") {
      // sklearn make_moons(noise = 0.1), ×2, + (−1, −0.2).
      const double t = random.uniform(0, kPi);
      const bool outer = random.bernoulli(0.5);
      px = outer ? std::cos(t) : 1 - std::cos(t);
      py = outer ? std::sin(t) : 1 - std::sin(t) - 0.5;
      px = 2 * (px + 0.1 * random.normal()) - 1;
      py = 2 * (py + 0.1 * random.normal()) - 0.2;
    } else if (name == "rings") {
      const double radius = 0.25 * double(1 + random.below(4));
      const double t = random.uniform(0, 2 * kPi);
      px = 3 * radius * std::cos(t) + 0.08 * random.normal();
      py = 3 * radius * std::sin(t) + 0.08 * random.normal();
    } else if (name == "checkerboard") {
      const double x1 = random.uniform(-2, 2);
      const int parity = ((int(std::floor(x1)) % 2) + 2) % 2;
      const double x2 = random.uniform() - 2.0 * double(random.bernoulli(0.5)) + parity;
      px = 2 * x1;
      py = 2 * x2;
    } else {
      throw ArgumentError("Unknown toy data set \"" + name + "\".");
    }
    x(0, i) = float(px);
    x(1, i) = float(py);
  }
  return x;
}

double eightGaussiansLogDensity(double x, double y) {
  const double sigma = 0.5 / kScale, var = sigma * sigma;
  double terms[8], top = -INFINITY;
  for (int k = 0; k < 8; ++k) {
    double cx, cy;
    eightCentre(k, cx, cy);
    const double dx = x - cx / kScale, dy = y - cy / kScale;
    terms[k] = -(dx * dx + dy * dy) / (2 * var);
    top = std::max(top, terms[k]);
  }
  double sum = 0;
  for (double t : terms)
    sum += std::exp(t - top);
  return top + std::log(sum / 8) - std::log(2 * kPi * var);
}

}  // namespace ebm::bench
