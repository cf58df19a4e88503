#include "energy/rbm_energy.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <numbers>
#include <sstream>
#include <vector>

#include "core/errors.h"

namespace ebm {
namespace {

// Columns per block: the H × 256 pre-activations of one block stay in L1/L2 between the GEMM and the
// element-wise pass.
constexpr Index kRbmBlock = 256;

// softplus(a) = log(1 + eᵃ) = max(a, 0) + log(1 + e^{−|a|}): no overflow for any a.
template <class A>
auto softplus(const A& a) {
  return a.max(0.0f) + (-a.abs()).exp().log1p();
}

// sigmoid(a) = 1/(1 + e^{−a}); e^{−a} = +∞ for a ≪ 0 gives exactly 0, never NaN.
template <class A>
auto sigmoid(const A& a) {
  return (1.0f + (-a).exp()).inverse();
}

}  // namespace

Index RbmParameters::parameterCount() const {
  return Index(dimension()) * hiddenUnits() + 2 * dimension() + hiddenUnits();
}

Eigen::VectorXf RbmParameters::flatten() const {
  Eigen::VectorXf theta(parameterCount());
  const Index w = weights.size(), d = dimension(), h = hiddenUnits();
  theta.head(w) = Eigen::Map<const Eigen::VectorXf>(weights.data(), w);
  theta.segment(w, d) = visibleBias;
  theta.segment(w + d, h) = hiddenBias;
  theta.segment(w + d + h, d) = logVariance;
  return theta;
}

void RbmParameters::assign(const Eigen::VectorXf& theta) {
  if (theta.size() != parameterCount()) {
    throw ArgumentError("An RBM with " + std::to_string(dimension()) + " visible and " +
                        std::to_string(hiddenUnits()) + " hidden units has " +
                        std::to_string(parameterCount()) + " parameters, not " +
                        std::to_string(theta.size()) + ".");
  }
  const Index w = weights.size(), d = dimension(), h = hiddenUnits();
  Eigen::Map<Eigen::VectorXf>(weights.data(), w) = theta.head(w);
  visibleBias = theta.segment(w, d);
  hiddenBias = theta.segment(w + d, h);
  logVariance = theta.segment(w + d + h, d);
}

void RbmParameters::validate() const {
  const int d = dimension(), h = hiddenUnits();
  if (d != 2 && d != 3) throw ArgumentError("An RBM takes 2D or 3D points, not " + std::to_string(d) + "D.");
  if (h < 1 || h > 4096)
    throw ArgumentError("An RBM needs 1 to 4096 hidden units, not " + std::to_string(h) + ".");
  if (weights.rows() != d || weights.cols() != h || logVariance.size() != d)
    throw ArgumentError("The RBM's weights, biases and variances do not have matching sizes.");
  if (!weights.allFinite() || !visibleBias.allFinite() || !hiddenBias.allFinite() || !logVariance.allFinite())
    throw ArgumentError("The RBM's parameters must be finite numbers.");
  // σ² = e^z must stay a positive, finite float, and so must 1/σ².
  if (logVariance.maxCoeff() > 80 || logVariance.minCoeff() < -80)
    throw ArgumentError("The RBM's visible variances must lie between e^-80 and e^80.");
}

RbmEnergy::RbmEnergy(RbmParameters parameters) : parameters_(std::move(parameters)) {
  parameters_.validate();
  variance_ = parameters_.logVariance.array().exp();
  precision_ = (-parameters_.logVariance.array()).exp();
}

std::string RbmEnergy::describe() const {
  std::ostringstream text;
  text << "RBM free energy (" << dimension() << " visible, " << hiddenUnits() << " hidden units)";
  return text.str();
}

void RbmEnergy::evaluate(ConstPointsRef points, VectorRef energies) const {
  run<false>(points, energies, nullptr);
}

void RbmEnergy::evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const {
  run<true>(points, energies, &gradients);
}

// Per block of columns X: U = X/σ², A = Wᵀ·U + c (one GEMM), then
//   F = Σ_d (x_d − b_d)²/(2σ_d²) − Σ_j softplus(A_j),   ∇ₓF = (X − b − W·sigmoid(A))/σ².
template <bool WithGradient>
void RbmEnergy::run(ConstPointsRef points, VectorRef energies, PointsRef* gradients) const {
  if (points.rows() != dimension()) {
    throw ArgumentError("The RBM takes " + std::to_string(dimension()) + "D points, not " +
                        std::to_string(points.rows()) + "D.");
  }
  const auto& p = parameters_;
  Points centred, scaled;
  Eigen::MatrixXf activation;
  for (Index begin = 0; begin < points.cols(); begin += kRbmBlock) {
    const Index n = std::min(kRbmBlock, points.cols() - begin);
    const auto x = points.middleCols(begin, n);
    centred = x.colwise() - p.visibleBias;
    scaled = precision_.asDiagonal() * x;
    activation.noalias() = p.weights.transpose() * scaled;
    activation.colwise() += p.hiddenBias;
    energies.segment(begin, n) =
        0.5f * (precision_.asDiagonal() * centred.cwiseAbs2()).colwise().sum().transpose() -
        softplus(activation.array()).matrix().colwise().sum().transpose();
    if constexpr (WithGradient) {
      activation = sigmoid(activation.array()).matrix();
      centred.noalias() -= p.weights * activation;
      gradients->middleCols(begin, n) = precision_.asDiagonal() * centred;
    }
  }
}

void RbmEnergy::hiddenProbabilities(ConstPointsRef points, PointsRef probabilities) const {
  probabilities.noalias() = parameters_.weights.transpose() * (precision_.asDiagonal() * points);
  probabilities.colwise() += parameters_.hiddenBias;
  probabilities = sigmoid(probabilities.array()).matrix();
}

// With U = X/σ², S = sigmoid(Wᵀ·U + c) and g the point weights (one GEMM per term):
//   ∂/∂W = −(U·diag g)·Sᵀ,  ∂/∂b = −Σᵢ gᵢ (xᵢ − b)/σ²,  ∂/∂c = −S·g,
//   ∂/∂z_d = Σᵢ gᵢ [−(x_di − b_d)²/(2σ_d²) + U_di·(W·S)_di].
void RbmEnergy::accumulateParameterGradient(ConstPointsRef points, ConstVectorRef pointWeights,
                                            Eigen::Ref<Eigen::VectorXf> gradient) const {
  const auto& p = parameters_;
  const Index d = dimension(), h = hiddenUnits(), w = p.weights.size();
  if (points.rows() != d || pointWeights.size() != points.cols() || gradient.size() != p.parameterCount())
    throw ArgumentError("The RBM's parameter gradient got arrays of the wrong size.");
  Points scaled, centred, hidden(h, std::min(kRbmBlock, points.cols()));
  Points weighted;
  for (Index begin = 0; begin < points.cols(); begin += kRbmBlock) {
    const Index n = std::min(kRbmBlock, points.cols() - begin);
    const auto x = points.middleCols(begin, n);
    const auto g = pointWeights.segment(begin, n);
    scaled = precision_.asDiagonal() * x;
    centred = x.colwise() - p.visibleBias;
    hidden.resize(h, n);
    hiddenProbabilities(x, hidden);
    weighted = scaled * g.asDiagonal();
    Eigen::Map<Eigen::MatrixXf> gW(gradient.data(), d, h);
    gW.noalias() -= weighted * hidden.transpose();
    gradient.segment(w, d).noalias() -= precision_.asDiagonal() * (centred * g);
    gradient.segment(w + d, h).noalias() -= hidden * g;
    const Points reconstruction = p.weights * hidden;  // W·S, D × n
    gradient.segment(w + d + h, d) +=
        ((-0.5f * (precision_.asDiagonal() * centred.cwiseAbs2()) + scaled.cwiseProduct(reconstruction)) * g);
  }
}

// Σ_h runs over the hidden states in Gray-code order, so m = W·h changes by one column per state.
std::optional<double> RbmEnergy::exactLogPartition() const {
  const int h = hiddenUnits(), d = dimension();
  if (h > kMaxExactHiddenUnits) return std::nullopt;
  const auto& p = parameters_;
  const Eigen::MatrixXd W = p.weights.cast<double>();
  const Eigen::VectorXd b = p.visibleBias.cast<double>(), c = p.hiddenBias.cast<double>();
  const Eigen::VectorXd precision = (-p.logVariance.cast<double>().array()).exp();
  auto logWeight = [&](const Eigen::VectorXd& m, double hiddenField) {
    return hiddenField + 0.5 * (((b + m).array().square() - b.array().square()) * precision.array()).sum();
  };
  const std::uint64_t states = std::uint64_t(1) << h;
  std::vector<double> logWeights;
  logWeights.reserve(states);
  Eigen::VectorXd m = Eigen::VectorXd::Zero(d);
  std::vector<bool> on(std::size_t(h), false);
  double hiddenField = 0;
  logWeights.push_back(logWeight(m, hiddenField));
  for (std::uint64_t k = 1; k < states; ++k) {
    const int j = std::countr_zero(k);  // the bit that flips between Gray codes k − 1 and k
    const double sign = on[std::size_t(j)] ? -1.0 : 1.0;
    on[std::size_t(j)] = !on[std::size_t(j)];
    m += sign * W.col(j);
    hiddenField += sign * c[j];
    logWeights.push_back(logWeight(m, hiddenField));
  }
  double top = -std::numeric_limits<double>::infinity();
  for (double v : logWeights)
    top = std::max(top, v);
  double sum = 0;
  for (double v : logWeights)
    sum += std::exp(v - top);
  return top + std::log(sum) + 0.5 * d * std::log(2 * std::numbers::pi) +
         0.5 * p.logVariance.cast<double>().sum();
}

}  // namespace ebm
