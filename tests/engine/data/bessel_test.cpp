// The scaled Bessel function against published values and libstdc++'s independent std::cyl_bessel_i.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/errors.h"
#include "data/bessel.h"

namespace ebm {
namespace {

TEST(ScaledBesselI0, MatchesTabulatedValues) {
  // Abramowitz & Stegun, table 9.8 / DLMF: I₀(1) = 1.2660658777520082, I₁(1) = 0.5651591039924851,
  // I₀(10) = 2815.716628466254, I₁(10) = 2670.988303701255.
  const auto one = scaledBesselI0(1.0), ten = scaledBesselI0(10.0);
  EXPECT_NEAR(one.logScaled, std::log(1.2660658777520082) - 1, 1e-14);
  EXPECT_NEAR(one.ratioOverZ, 0.5651591039924851 / 1.2660658777520082, 1e-14);
  EXPECT_NEAR(ten.logScaled, std::log(2815.716628466254) - 10, 1e-13);
  EXPECT_NEAR(ten.ratioOverZ, 2670.988303701255 / 2815.716628466254 / 10, 1e-14);
  // The asymptotic branch at its least accurate argument, z = 30 (mpmath, 30 digits).
  const auto thirty = scaledBesselI0(30.0);
  EXPECT_NEAR(thirty.logScaled, -2.6152985668280641, 1e-14);
  EXPECT_NEAR(thirty.ratioOverZ, 0.032772985178844536, 1e-15);
  const auto zero = scaledBesselI0(0.0);
  EXPECT_EQ(zero.logScaled, 0.0);
  EXPECT_EQ(zero.ratioOverZ, 0.5);
}

TEST(ScaledBesselI0, AgreesWithTheStandardLibraryOnBothSidesOfTheSeriesLimit) {
  for (double z = 1e-6; z < 700; z *= 1.37) {
    const auto b = scaledBesselI0(z);
    const double i0 = std::cyl_bessel_i(0.0, z), i1 = std::cyl_bessel_i(1.0, z);
    EXPECT_NEAR(b.logScaled, std::log(i0) - z, 1e-12 * std::max(1.0, std::abs(std::log(i0) - z)))
        << "z = " << z;
    EXPECT_NEAR(b.ratioOverZ, i1 / i0 / z, 1e-12 * (i1 / i0 / z)) << "z = " << z;
  }
  // Continuity where the method switches from the series to the asymptotic expansion (z = 30).
  const auto below = scaledBesselI0(std::nextafter(30.0, 0.0)), above = scaledBesselI0(30.0);
  EXPECT_NEAR(below.logScaled, above.logScaled, 1e-13);
  EXPECT_NEAR(below.ratioOverZ, above.ratioOverZ, 1e-13);
}

TEST(ScaledBesselI0, StaysFiniteWhereI0Overflows) {
  const auto b = scaledBesselI0(1e6);
  // I₀(z)e^{−z} = (1 + 1/(8z) + O(z⁻²))/√(2πz), I₁/I₀ = 1 − 1/(2z) + O(z⁻²).
  EXPECT_NEAR(b.logScaled, -0.5 * std::log(2 * std::numbers::pi * 1e6) + 1.0 / 8e6, 1e-12);
  EXPECT_NEAR(b.ratioOverZ * 1e6, 1 - 0.5e-6, 1e-12);
  EXPECT_THROW((void)scaledBesselI0(-1), ArgumentError);
  EXPECT_THROW((void)scaledBesselI0(std::nan("")), ArgumentError);
}

}  // namespace
}  // namespace ebm
