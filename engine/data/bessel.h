// The modified Bessel function I₀ in the scaled, overflow-free form that noisy-circle densities need.
#pragma once

namespace ebm {

/// Two numbers about I₀ at one argument z ≥ 0, both finite for every z (I₀ itself overflows a double past z ≈
/// 713).
struct ScaledBesselI0 {
  double logScaled = 0;  ///< log(I₀(z)·e^{−z}) = log I₀(z) − z
  double ratioOverZ = 0.5;  ///< I₁(z) / (z·I₀(z)); tends to ½ as z → 0. Note d/dz log I₀(z) = z·ratioOverZ.
};

/// I₀ and I₁/I₀ at z, to about 1e-14 relative: the power series below z = 30, the large-argument
/// (Hankel) expansion above. Throws ArgumentError for a negative or non-finite z.
[[nodiscard]] ScaledBesselI0 scaledBesselI0(double z);

}  // namespace ebm
