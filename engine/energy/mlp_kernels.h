// Small vectorized loops shared by the MLP's passes: the thin input layer and element-wise products.
// Internal to engine/energy (included by the MLP's .cpp files only).
#pragma once

#include <vector>

#include <Eigen/Core>

#include "core/types.h"

namespace ebm::mlp_kernels {

using Map = Eigen::Map<Eigen::MatrixXf>;
using ConstMap = Eigen::Map<const Eigen::MatrixXf>;

/// A view of the first rows×cols floats of `buffer`, grown first if needed (growing allocates; the steady
/// state does not).
inline float* grow(std::vector<float>& buffer, Index size) {
  if (Index(buffer.size()) < size) buffer.resize(std::size_t(size));
  return buffer.data();
}

/// out = W·X for the thin first layer (W is h×k with k = 2…4 inputs): k rank-1 sweeps down each column,
///   out[r, c] = Σₖ W[r, k]·X[k, c]
/// — a GEMM with K = 2 wastes most of its packing, this loop streams.
inline void thinProduct(Index h, Index k, Index n, const float* w, const float* x, float* out) {
  for (Index c = 0; c < n; ++c) {
    float* o = out + c * h;
    const float* xc = x + c * k;
    for (Index r = 0; r < h; ++r)
      o[r] = w[r] * xc[0];
    for (Index j = 1; j < k; ++j) {
      const float xj = xc[j];
      const float* wj = w + j * h;
      for (Index r = 0; r < h; ++r)
        o[r] += wj[r] * xj;
    }
  }
}

/// out = Wᵀ·D for the thin first layer's backward (W h×k, D h×n, out k×n):
///   out[j, c] = Σᵣ W[r, j]·D[r, c],
/// with 16 partial sums per dot product so that the reduction vectorizes without -ffast-math.
inline void thinTransposedProduct(Index h, Index k, Index n, const float* w, const float* d, float* out) {
  for (Index c = 0; c < n; ++c) {
    const float* dc = d + c * h;
    for (Index j = 0; j < k; ++j) {
      const float* wj = w + j * h;
      float partial[16] = {};
      Index r = 0;
      for (; r + 16 <= h; r += 16) {
        for (int q = 0; q < 16; ++q)
          partial[q] += wj[r + q] * dc[r + q];
      }
      float sum = 0;
      for (; r < h; ++r)
        sum += wj[r] * dc[r];
      for (float p : partial)
        sum += p;
      out[c * k + j] = sum;
    }
  }
}

}  // namespace ebm::mlp_kernels
