#include "data/toy_3d.h"

#include <cmath>
#include <numbers>
#include <string>

#include "core/localized_text.h"
#include "core/random.h"
#include "data/recipe_tools.h"

namespace ebm::toy {
namespace {

void setPoint(DataSet& data, Index i, double x, double y, double z) {
  data.points(0, i) = float(x);
  data.points(1, i) = float(y);
  data.points(2, i) = float(z);
}

}  // namespace

DataSet helix(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet("helix", 3, n);
  for (Index i = 0; i < n; ++i) {
    const double t = 4 * std::numbers::pi * random.uniform();
    const double x = std::cos(t) + noise * random.normal();
    const double y = std::sin(t) + noise * random.normal();
    const double z = t / (2 * std::numbers::pi) - 1 + noise * random.normal();
    setPoint(data, i, x, y, z);
  }
  return data;
}

DataSet torus(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet("torus", 3, n);
  constexpr double R = kTorusMajorRadius, r = kTorusMinorRadius;
  for (Index i = 0; i < n; ++i) {
    // The area element is (R + r cos φ) dθ dφ: the outside of the tube holds more points than the inside.
    double phi = 0;
    do {
      phi = 2 * std::numbers::pi * random.uniform();
    } while (random.uniform() * (R + r) > R + r * std::cos(phi));
    const double theta = 2 * std::numbers::pi * random.uniform();
    const double rho = R + r * std::cos(phi);
    const double x = rho * std::cos(theta) + noise * random.normal();
    const double y = rho * std::sin(theta) + noise * random.normal();
    const double z = r * std::sin(phi) + noise * random.normal();
    setPoint(data, i, x, y, z);
  }
  return data;
}

DataSet swissRoll3d(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet("swissroll3d", 3, n);
  for (Index i = 0; i < n; ++i) {
    const double t = 1.5 * std::numbers::pi * (1 + 2 * random.uniform());
    const double height = 21 * random.uniform();
    const double x = t * std::cos(t) + noise * random.normal();
    const double y = height - 10.5 + noise * random.normal();
    const double z = t * std::sin(t) + noise * random.normal();
    setPoint(data, i, x / 5, y / 5, z / 5);
  }
  return data;
}

DataSet gaussians3d(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  std::vector<std::string> names;
  for (int k = 0; k < 8; ++k) {
    std::string corner = "corner ";
    for (int axis = 0; axis < 3; ++axis)
      corner += (k >> axis) & 1 ? '+' : '-';
    names.push_back(corner);
  }
  DataSet data = recipe::emptyDataSet("gaussians3d", 3, n, names);
  for (Index i = 0; i < n; ++i) {
    const int k = int(random.below(8));
    for (int axis = 0; axis < 3; ++axis) {
      const double centre = (k >> axis) & 1 ? kGaussians3dCorner : -kGaussians3dCorner;
      data.points(axis, i) = float(centre + noise * random.normal());
    }
    data.labels[std::size_t(i)] = k;
  }
  return data;
}

DataSet sphere(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet("sphere", 3, n);
  for (Index i = 0; i < n; ++i) {
    double g[3], norm = 0;
    do {
      norm = 0;
      for (double& component : g) {
        component = random.normal();
        norm += component * component;
      }
    } while (norm == 0);
    const double scale = kSphereRadius / std::sqrt(norm);
    setPoint(data, i, scale * g[0] + noise * random.normal(), scale * g[1] + noise * random.normal(),
             scale * g[2] + noise * random.normal());
  }
  return data;
}

DataSet interlockedRings(Index n, double noise, std::uint64_t seed) {
  Random random(seed);
  DataSet data = recipe::emptyDataSet(
      "interlocked_rings", 3, n,
      {EBM_TRANSLATE_NOOP("ebm", "ring 1 (xy plane)"), EBM_TRANSLATE_NOOP("ebm", "ring 2 (xz plane)")});
  const Index second = n / 2, first = n - second;
  constexpr double R = kInterlockedRingsRadius, offset = kInterlockedRingsOffset;
  for (Index i = 0; i < n; ++i) {
    const double theta = 2 * std::numbers::pi * random.uniform();
    const double c = R * std::cos(theta), s = R * std::sin(theta);
    const bool isFirst = i < first;
    const double x = (isFirst ? -offset : offset) + c + noise * random.normal();
    const double y = (isFirst ? s : 0.0) + noise * random.normal();
    const double z = (isFirst ? 0.0 : s) + noise * random.normal();
    setPoint(data, i, x, y, z);
    data.labels[std::size_t(i)] = isFirst ? 0 : 1;
  }
  recipe::shuffle(data, random);
  return data;
}

}  // namespace ebm::toy
