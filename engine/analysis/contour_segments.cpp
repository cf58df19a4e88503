#include "analysis/contour_segments.h"

#include <array>
#include <cmath>
#include <vector>

#include "core/errors.h"

namespace ebm {

// Corners of cell (i, j) counter-clockwise from the lower left: c0 (i, j), c1 (i+1, j), c2 (i+1, j+1),
// c3 (i, j+1); edge e joins corners e and e + 1 (mod 4): bottom, right, top, left.
Points contourSegments(const EnergyGrid& grid, double level) {
  const Lattice& l = grid.lattice;
  if (l.dimension() != 2) throw ArgumentError("Contour lines are drawn on a 2D grid.");
  const int nx = l.shape[0], ny = l.shape[1];
  const double hx = l.spacing(0), hy = l.spacing(1);
  std::vector<float> ends;
  const std::array<int, 4> di{0, 1, 1, 0}, dj{0, 0, 1, 1};
  for (int j = 0; j + 1 < ny; ++j) {
    for (int i = 0; i + 1 < nx; ++i) {
      std::array<double, 4> v;
      bool finite = true;
      int above = 0;
      for (int c = 0; c < 4; ++c) {
        v[std::size_t(c)] =
            double(grid.values[Index(i + di[std::size_t(c)]) + Index(nx) * (j + dj[std::size_t(c)])]) - level;
        finite = finite && std::isfinite(v[std::size_t(c)]);
        above += v[std::size_t(c)] > 0;
      }
      if (!finite || above == 0 || above == 4) continue;
      // Where the line crosses edge e, by linear interpolation between its two corners.
      const auto crossing = [&](int e, float* out) {
        const int a = e, b = (e + 1) % 4;
        const double t = v[std::size_t(a)] / (v[std::size_t(a)] - v[std::size_t(b)]);
        const double x = i + di[std::size_t(a)] + t * (di[std::size_t(b)] - di[std::size_t(a)]);
        const double y = j + dj[std::size_t(a)] + t * (dj[std::size_t(b)] - dj[std::size_t(a)]);
        out[0] = float(l.box.lower[0] + x * hx);
        out[1] = float(l.box.lower[1] + y * hy);
      };
      const auto segment = [&](int e1, int e2) {
        float p[4];
        crossing(e1, p);
        crossing(e2, p + 2);
        ends.insert(ends.end(), p, p + 4);
      };
      std::array<int, 4> crossed{};
      int count = 0;
      for (int e = 0; e < 4; ++e) {
        if ((v[std::size_t(e)] > 0) != (v[std::size_t((e + 1) % 4)] > 0)) crossed[std::size_t(count++)] = e;
      }
      if (count == 2) {
        segment(crossed[0], crossed[1]);
        continue;
      }
      // A saddle: all four edges are crossed. If the centre sides with corners 0 and 2, they connect through
      // the middle and the lines cut off corners 1 and 3; otherwise they cut off corners 0 and 2.
      const bool centreAbove = (v[0] + v[1] + v[2] + v[3]) > 0;
      if (centreAbove == (v[0] > 0)) {
        segment(0, 1);  // around corner 1
        segment(2, 3);  // around corner 3
      } else {
        segment(3, 0);  // around corner 0
        segment(1, 2);  // around corner 2
      }
    }
  }
  return Eigen::Map<const Points>(ends.data(), 2, Index(ends.size() / 2));
}

}  // namespace ebm
