// InfoNCE, the loss of contrastive learning (van den Oord et al. 2018; SimCLR, CLIP), and the two numbers
// that say what it does to an embedding: alignment and uniformity (Wang & Isola, ICML 2020).
#pragma once

#include "core/types.h"

namespace ebm {

/// The loss of one batch of N positive pairs (zᵢ, z'ᵢ), with its gradients.
struct InfoNceResult {
  double loss = 0;        ///< nats; log N for an encoder that cannot tell the views apart
  double pickRate = 0;    ///< share of views whose partner has the lowest energy among the N (top-1)
  Points firstGradient;   ///< ∂L/∂zᵢ, k × N (empty unless asked for)
  Points secondGradient;  ///< ∂L/∂z'ⱼ
};

/// Symmetric InfoNCE with the energy E(zᵢ, z'ⱼ) = −zᵢ·z'ⱼ/τ of the two views `first` and `second` (k × N, one
/// pair per column; the other N − 1 columns are each view's negatives):
///   L = ½·(1/N)·Σᵢ [ −log softmaxⱼ(−Eᵢⱼ)ᵢ − log softmaxⱼ(−Eⱼᵢ)ᵢ ]
/// a cross-entropy whose label is "the partner", in both directions (as CLIP). Its gradient:
///   ∂L/∂S = (P + Q − 2I)/(2N) with S = −E, P = softmax of S's rows, Q of its columns, so
///   ∂L/∂zᵢ = Σⱼ (∂L/∂S)ᵢⱼ z'ⱼ/τ,  ∂L/∂z'ⱼ = Σᵢ (∂L/∂S)ᵢⱼ zᵢ/τ.
/// Softmaxes in double from the row's (column's) largest entry: no overflow at small τ. Throws ArgumentError
/// for shapes that do not match, N < 2 or τ ≤ 0.
[[nodiscard]] InfoNceResult infoNce(ConstPointsRef first, ConstPointsRef second, double temperature,
                                    bool withGradient = true);

/// Alignment: the mean squared distance of the positive pairs, (1/N)·Σᵢ ‖zᵢ − z'ᵢ‖² (α = 2). 0 when every
/// pair lands on one point; 4 when every pair is antipodal.
[[nodiscard]] double alignment(ConstPointsRef first, ConstPointsRef second);

/// Uniformity: log of the mean Gaussian potential over all pairs i < j, log mean exp(−t‖zᵢ − zⱼ‖²) (t = 2 as
/// in the paper). 0 when all points coincide; lower is more spread. Throws ArgumentError for fewer than two
/// points.
[[nodiscard]] double uniformity(ConstPointsRef embeddings, double t = 2);

/// The uniformity (t = 2) of the uniform distribution on the unit circle (k = 2: −4 + log I₀(4) ≈ −1.575) or
/// sphere (k = 3: −4 + log(sinh 4 / 4) ≈ −2.080): the lowest an embedding of many points can reach.
[[nodiscard]] double uniformSphereUniformity(int dimension);

}  // namespace ebm
