// Small analytic energies for the sampling tests: exact gradients, no allocation, closed-form answers.
#pragma once

#include <array>
#include <cmath>
#include <limits>
#include <string>

#include <Eigen/Dense>

#include "energy/energy.h"

namespace ebm::testing {

/// E(x) = ½ (x − μ)ᵀ P (x − μ): a Gaussian N(μ, T·P⁻¹) at temperature T.
class QuadraticEnergy final : public Energy {
 public:
  QuadraticEnergy(Eigen::VectorXd mean, Eigen::MatrixXd precision)
      : mean_(std::move(mean)), precision_(std::move(precision)) {}
  /// The Gaussian with covariance Σ at T = 1.
  static std::shared_ptr<QuadraticEnergy> withCovariance(const Eigen::VectorXd& mean,
                                                         const Eigen::MatrixXd& covariance) {
    return std::make_shared<QuadraticEnergy>(mean, covariance.inverse());
  }

  int dimension() const override { return int(mean_.size()); }
  void evaluate(ConstPointsRef x, VectorRef e) const override { run(x, e, nullptr); }
  void evaluateWithGradient(ConstPointsRef x, VectorRef e, PointsRef g) const override { run(x, e, &g); }
  std::string describe() const override { return "quadratic"; }

 private:
  void run(ConstPointsRef x, VectorRef e, PointsRef* g) const {
    const int d = dimension();
    for (Index i = 0; i < x.cols(); ++i) {
      double diff[3], pull[3] = {0, 0, 0}, energy = 0;
      for (int r = 0; r < d; ++r)
        diff[r] = x(r, i) - mean_[r];
      for (int r = 0; r < d; ++r) {
        for (int c = 0; c < d; ++c)
          pull[r] += precision_(r, c) * diff[c];
        energy += 0.5 * diff[r] * pull[r];
      }
      e[i] = float(energy);
      if (g) {
        for (int r = 0; r < d; ++r)
          (*g)(r, i) = float(pull[r]);
      }
    }
  }
  Eigen::VectorXd mean_;
  Eigen::MatrixXd precision_;
};

/// E(x) = a·(x₁² − 1)² + tilt·x₁ + ½ Σ_{k≥2} x_k²: two wells near x₁ = ±1 separated by a barrier of height
/// ≈ a at x₁ = 0; a positive tilt makes the left well deeper. The other coordinates are a unit Gaussian.
class TiltedDoubleWell final : public Energy {
 public:
  TiltedDoubleWell(int dimension, double barrier, double tilt)
      : dimension_(dimension), barrier_(barrier), tilt_(tilt) {}

  int dimension() const override { return dimension_; }
  void evaluate(ConstPointsRef x, VectorRef e) const override { run(x, e, nullptr); }
  void evaluateWithGradient(ConstPointsRef x, VectorRef e, PointsRef g) const override { run(x, e, &g); }
  std::string describe() const override { return "tilted double well"; }

 private:
  void run(ConstPointsRef x, VectorRef e, PointsRef* g) const {
    const float a = float(barrier_), tilt = float(tilt_);
    for (Index i = 0; i < x.cols(); ++i) {
      const float x1 = x(0, i), s = x1 * x1 - 1.0f;
      float energy = a * s * s + tilt * x1;
      for (int r = 1; r < dimension_; ++r)
        energy += 0.5f * x(r, i) * x(r, i);
      e[i] = energy;
      if (g) {
        (*g)(0, i) = 4.0f * a * x1 * s + tilt;
        for (int r = 1; r < dimension_; ++r)
          (*g)(r, i) = x(r, i);
      }
    }
  }
  int dimension_;
  double barrier_, tilt_;
};

/// The Müller–Brown potential (Müller & Brown 1979) times `scale`: three minima, near (−0.558, 1.442),
/// (0.623, 0.028) and (−0.050, 0.467) with energies −146.70, −108.17 and −80.77 (unscaled).
class MullerBrown final : public Energy {
 public:
  explicit MullerBrown(double scale = 1.0) : scale_(scale) {}
  int dimension() const override { return 2; }
  void evaluate(ConstPointsRef x, VectorRef e) const override { run(x, e, nullptr); }
  void evaluateWithGradient(ConstPointsRef x, VectorRef e, PointsRef g) const override { run(x, e, &g); }
  std::string describe() const override { return "Müller–Brown"; }

 private:
  void run(ConstPointsRef x, VectorRef e, PointsRef* g) const {
    static constexpr double A[4] = {-200, -100, -170, 15}, a[4] = {-1, -1, -6.5, 0.7}, b[4] = {0, 0, 11, 0.6},
                            c[4] = {-10, -10, -6.5, 0.7}, x0[4] = {1, 0, -0.5, -1}, y0[4] = {0, 0.5, 1.5, 1};
    for (Index i = 0; i < x.cols(); ++i) {
      double energy = 0, gx = 0, gy = 0;
      for (int k = 0; k < 4; ++k) {
        const double dx = x(0, i) - x0[k], dy = x(1, i) - y0[k];
        const double term = A[k] * std::exp(a[k] * dx * dx + b[k] * dx * dy + c[k] * dy * dy);
        energy += term;
        gx += term * (2 * a[k] * dx + b[k] * dy);
        gy += term * (b[k] * dx + 2 * c[k] * dy);
      }
      e[i] = float(scale_ * energy);
      if (g) {
        (*g)(0, i) = float(scale_ * gx);
        (*g)(1, i) = float(scale_ * gy);
      }
    }
  }
  double scale_;
};

/// Another energy with a poisoned region: for x₁ > `edge` the energy and gradient are NaN (a diverged
/// network).
class PoisonedEnergy final : public Energy {
 public:
  PoisonedEnergy(EnergyPtr inner, double edge) : inner_(std::move(inner)), edge_(float(edge)) {}
  int dimension() const override { return inner_->dimension(); }
  void evaluate(ConstPointsRef x, VectorRef e) const override {
    inner_->evaluate(x, e);
    poison(x, e, nullptr);
  }
  void evaluateWithGradient(ConstPointsRef x, VectorRef e, PointsRef g) const override {
    inner_->evaluateWithGradient(x, e, g);
    poison(x, e, &g);
  }
  std::string describe() const override { return "poisoned"; }

 private:
  void poison(ConstPointsRef x, VectorRef e, PointsRef* g) const {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    for (Index i = 0; i < x.cols(); ++i) {
      if (!(x(0, i) > edge_)) continue;
      e[i] = nan;
      if (g) g->col(i).setConstant(nan);
    }
  }
  EnergyPtr inner_;
  float edge_;
};

}  // namespace ebm::testing
