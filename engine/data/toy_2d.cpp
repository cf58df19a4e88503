#include "data/toy_2d.h"

#include <cmath>
#include <numbers>
#include <string>

#include "core/localized_text.h"
#include "core/random.h"
#include "data/recipe_tools.h"

namespace ebm::toy {
namespace {

void setPoint(DataSet& data, Index i, double x, double y) {
  data.points(0, i) = float(x);
  data.points(1, i) = float(y);
}

std::vector<std::string> numberedNames(const std::string& stem, int count) {
  std::vector<std::string> names;
  for (int k = 1; k <= count; ++k)
    names.push_back(stem + " " + std::to_string(k));
  return names;
}

}  // namespace

DataSet eightGaussians(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data =
      recipe::emptyDataSet("8gaussians", 2, n, numberedNames(EBM_TRANSLATE_NOOP("ebm", "gaussian"), 8));
  for (Index i = 0; i < n; ++i) {
    const int k = int(random.below(8));
    const double angle = k * std::numbers::pi / 4;
    const double x = kEightGaussiansRadius * std::cos(angle) + noise * random.normal();
    const double y = kEightGaussiansRadius * std::sin(angle) + noise * random.normal();
    setPoint(data, i, x / kEightGaussiansDivisor, y / kEightGaussiansDivisor);
    data.labels[std::size_t(i)] = k;
  }
  return data;
}

DataSet moons(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet(
      "moons", 2, n, {EBM_TRANSLATE_NOOP("ebm", "outer moon"), EBM_TRANSLATE_NOOP("ebm", "inner moon")});
  const Index outer = n / 2, inner = n - outer;
  for (Index i = 0; i < n; ++i) {
    const bool isOuter = i < outer;
    const double theta = isOuter ? recipe::linspace(0, std::numbers::pi, outer, i, true)
                                 : recipe::linspace(0, std::numbers::pi, inner, i - outer, true);
    const double x = isOuter ? std::cos(theta) : 1 - std::cos(theta);
    const double y = isOuter ? std::sin(theta) : 0.5 - std::sin(theta);
    setPoint(data, i, x, y);
    data.labels[std::size_t(i)] = isOuter ? 0 : 1;
  }
  recipe::shuffle(data, random);
  for (Index i = 0; i < n; ++i) {
    const double x = data.points(0, i) + noise * random.normal();
    const double y = data.points(1, i) + noise * random.normal();
    setPoint(data, i, 2 * x - 1, 2 * y - 0.2);
  }
  return data;
}

DataSet swissRoll(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet("swissroll", 2, n);
  for (Index i = 0; i < n; ++i) {
    const double t = 1.5 * std::numbers::pi * (1 + 2 * random.uniform());
    const double x = t * std::cos(t) + noise * random.normal();
    const double y = t * std::sin(t) + noise * random.normal();
    setPoint(data, i, x / 5, y / 5);
  }
  return data;
}

DataSet circles(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet(
      "circles", 2, n,
      {EBM_TRANSLATE_NOOP("ebm", "outer circle"), EBM_TRANSLATE_NOOP("ebm", "inner circle")});
  const Index outer = n / 2, inner = n - outer;
  for (Index i = 0; i < n; ++i) {
    const bool isOuter = i < outer;
    const double theta = isOuter ? recipe::linspace(0, 2 * std::numbers::pi, outer, i, false)
                                 : recipe::linspace(0, 2 * std::numbers::pi, inner, i - outer, false);
    const double radius = kCirclesRadii[isOuter ? 0 : 1];
    setPoint(data, i, radius * std::cos(theta), radius * std::sin(theta));
    data.labels[std::size_t(i)] = isOuter ? 0 : 1;
  }
  recipe::shuffle(data, random);
  // sklearn adds the noise before toy_data.py scales by 3.
  for (Index i = 0; i < n; ++i) {
    const double x = data.points(0, i) + noise * random.normal();
    const double y = data.points(1, i) + noise * random.normal();
    setPoint(data, i, kCirclesScale * x, kCirclesScale * y);
  }
  return data;
}

DataSet rings(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet(
      "rings", 2, n,
      {EBM_TRANSLATE_NOOP("ebm", "ring r=3"), EBM_TRANSLATE_NOOP("ebm", "ring r=2.25"),
       EBM_TRANSLATE_NOOP("ebm", "ring r=1.5"), EBM_TRANSLATE_NOOP("ebm", "ring r=0.75")});
  const Index perRing = n / 4;
  Index i = 0;
  for (int k = 0; k < 4; ++k) {
    const Index count = k < 3 ? perRing : n - 3 * perRing;
    for (Index j = 0; j < count; ++j, ++i) {
      const double theta = recipe::linspace(0, 2 * std::numbers::pi, count, j, false);
      const double radius = kRingsScale * kRingsRadii[std::size_t(k)];
      setPoint(data, i, radius * std::cos(theta), radius * std::sin(theta));
      data.labels[std::size_t(i)] = k;
    }
  }
  recipe::shuffle(data, random);
  recipe::addGaussianNoise(data.points, noise, random);
  return data;
}

DataSet checkerboard(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet("checkerboard", 2, n);
  for (Index i = 0; i < n; ++i) {
    const double x1 = 4 * random.uniform() - 2;
    const double column = std::floor(x1);
    const double parity = column - 2 * std::floor(column / 2);  // Python's ⌊x₁⌋ % 2: 0 or 1, also for x₁ < 0
    const double x2 = random.uniform() - 2.0 * double(random.below(2)) + parity;
    setPoint(data, i, 2 * x1, 2 * x2);
  }
  recipe::addGaussianNoise(data.points, noise, random);
  return data;
}

DataSet pinwheel(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data =
      recipe::emptyDataSet("pinwheel", 2, n, numberedNames(EBM_TRANSLATE_NOOP("ebm", "arm"), kPinwheelArms));
  Index i = 0;
  for (int k = 0; k < kPinwheelArms; ++k) {
    const Index count = n / kPinwheelArms + (k < n % kPinwheelArms ? 1 : 0);
    for (Index j = 0; j < count; ++j, ++i) {
      const double radial = 1 + kPinwheelRadialStd * random.normal();
      const double tangential = noise * random.normal();
      const double angle = 2 * std::numbers::pi * k / kPinwheelArms + kPinwheelRate * std::exp(radial);
      const double c = std::cos(angle), s = std::sin(angle);
      setPoint(data, i, 2 * (radial * c + tangential * s), 2 * (-radial * s + tangential * c));
      data.labels[std::size_t(i)] = k;
    }
  }
  recipe::shuffle(data, random);
  return data;
}

DataSet twoSpirals(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet(
      "2spirals", 2, n, {EBM_TRANSLATE_NOOP("ebm", "spiral 1"), EBM_TRANSLATE_NOOP("ebm", "spiral 2")});
  const Index mirrored = n / 2, first = n - mirrored;
  for (Index i = 0; i < first; ++i) {
    const double s = std::sqrt(random.uniform()) * 540 * (2 * std::numbers::pi) / 360;
    const double x = -std::cos(s) * s + 0.5 * random.uniform();
    const double y = std::sin(s) * s + 0.5 * random.uniform();
    setPoint(data, i, x / 3, y / 3);
  }
  for (Index i = 0; i < mirrored; ++i) {
    data.points.col(first + i) = -data.points.col(i);
    data.labels[std::size_t(first + i)] = 1;
  }
  recipe::addGaussianNoise(data.points, noise, random);
  recipe::shuffle(data, random);
  return data;
}

}  // namespace ebm::toy
