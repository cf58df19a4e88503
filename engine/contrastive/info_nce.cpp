#include "contrastive/info_nce.h"

#include <cmath>
#include <string>

#include <Eigen/Dense>

#include "core/errors.h"
#include "data/bessel.h"

namespace ebm {
namespace {

// The softmax of one line of logits s (as probabilities p) and −log p at `positive`.
double softmaxLine(const Eigen::Ref<const Eigen::VectorXd>& s, Eigen::Ref<Eigen::VectorXd> p,
                   Index positive) {
  const double top = s.maxCoeff();
  p = (s.array() - top).exp();
  const double sum = p.sum();
  p /= sum;
  return -(s[positive] - top - std::log(sum));
}

}  // namespace

InfoNceResult infoNce(ConstPointsRef first, ConstPointsRef second, double temperature, bool withGradient) {
  const Index n = first.cols();
  if (first.rows() != second.rows() || second.cols() != n)
    throw ArgumentError("InfoNCE needs two views of the same shape (one positive pair per column).");
  if (n < 2) throw ArgumentError("InfoNCE needs at least two pairs: each view's negatives are the others.");
  if (!(temperature > 0) || !std::isfinite(temperature))
    throw ArgumentError("The InfoNCE temperature τ must be a positive number.");
  // S = −E = ZᵀZ'/τ: row i holds view i's scores against every second view, column j view j's.
  const Eigen::MatrixXd scores = (first.transpose() * second).cast<double>() / temperature;
  Eigen::MatrixXd rows(n, n), columns(n, n);
  InfoNceResult result;
  double loss = 0;
  int picked = 0;
  for (Index i = 0; i < n; ++i) {
    Eigen::VectorXd p(n);
    loss += softmaxLine(scores.row(i).transpose(), p, i);
    rows.row(i) = p.transpose();
    loss += softmaxLine(scores.col(i), columns.col(i), i);
    Index best = 0;
    scores.row(i).maxCoeff(&best);
    picked += best == i;
    scores.col(i).maxCoeff(&best);
    picked += best == i;
  }
  result.loss = loss / (2.0 * double(n));
  result.pickRate = double(picked) / (2.0 * double(n));
  if (!withGradient) return result;
  Eigen::MatrixXd g = rows + columns;
  g.diagonal().array() -= 2.0;
  const Eigen::MatrixXf scaled = (g / (2.0 * double(n) * temperature)).cast<float>();
  result.firstGradient.noalias() = second * scaled.transpose();
  result.secondGradient.noalias() = first * scaled;
  return result;
}

double alignment(ConstPointsRef first, ConstPointsRef second) {
  if (first.rows() != second.rows() || first.cols() != second.cols() || first.cols() < 1)
    throw ArgumentError("Alignment needs two views of the same shape.");
  return (first - second).cast<double>().colwise().squaredNorm().mean();
}

double uniformity(ConstPointsRef embeddings, double t) {
  const Index n = embeddings.cols();
  if (n < 2) throw ArgumentError("Uniformity needs at least two points.");
  const Eigen::MatrixXd z = embeddings.cast<double>();
  const Eigen::MatrixXd gram = z.transpose() * z;
  double sum = 0;
  for (Index j = 1; j < n; ++j) {
    for (Index i = 0; i < j; ++i)
      sum += std::exp(-t * std::max(0.0, gram(i, i) + gram(j, j) - 2 * gram(i, j)));
  }
  return std::log(sum / (0.5 * double(n) * double(n - 1)));
}

// For u, v uniform on the sphere, ‖u − v‖² = 2 − 2c with c = u·v, so E exp(−2‖u − v‖²) = e^{−4}·E e^{4c}:
// on the circle c = cos θ with θ uniform, E e^{4c} = I₀(4); on the sphere c is uniform on [−1, 1],
// E e^{4c} = sinh(4)/4.
double uniformSphereUniformity(int dimension) {
  if (dimension == 2) return scaledBesselI0(4.0).logScaled;  // log I₀(4) − 4
  if (dimension == 3) return -4.0 + std::log(std::sinh(4.0) / 4.0);
  throw ArgumentError("Embeddings live on the circle (2) or the sphere (3), not in " +
                      std::to_string(dimension) + " dimensions.");
}

}  // namespace ebm
