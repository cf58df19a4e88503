// Component grids: a recombined composition equals pointwise evaluation bit for bit, and a slider move
// re-evaluates no component.
#include <gtest/gtest.h>

#include <atomic>

#include "analysis/component_grids.h"
#include "analysis/quadrature.h"
#include "core/errors.h"
#include "energy/analytic/double_well.h"
#include "energy/analytic/helix_well.h"
#include "energy/analytic/ring.h"
#include "energy/analytic/torus_well.h"
#include "energy/composition/blend_energy.h"
#include "energy/composition/conditional_family.h"
#include "energy/composition/mixture_energy.h"
#include "energy/composition/negation_energy.h"
#include "energy/composition/sum_energy.h"
#include "energy/composition/temperature_scaled_energy.h"
#include "energy/energy_grid.h"
#include "engine/energy/composition/composition_fixtures.h"
#include "engine/energy/energy_test_support.h"

namespace ebm {
namespace {

using namespace ebm::testing;

/// A leaf that counts the points it was asked to evaluate: what a network's forward passes would cost.
class CountingEnergy final : public Energy {
 public:
  explicit CountingEnergy(EnergyPtr inner) : inner_(std::move(inner)) {}
  int dimension() const override { return inner_->dimension(); }
  void evaluate(ConstPointsRef points, VectorRef energies) const override {
    evaluated += points.cols();
    inner_->evaluate(points, energies);
  }
  void evaluateWithGradient(ConstPointsRef points, VectorRef energies, PointsRef gradients) const override {
    evaluated += points.cols();
    inner_->evaluateWithGradient(points, energies, gradients);
  }
  std::string describe() const override { return inner_->describe(); }
  mutable std::atomic<Index> evaluated{0};

 private:
  EnergyPtr inner_;
};

void expectBitwiseEqual(const Vector& a, const Vector& b) {
  ASSERT_EQ(a.size(), b.size());
  Index differing = 0;
  for (Index i = 0; i < a.size(); ++i)
    differing += !(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i])));
  EXPECT_EQ(differing, 0) << "of " << a.size() << " nodes";
}

TEST(ComponentGrids, RecombinedCompositionEqualsPointwiseEvaluationBitForBit) {
  // An odd lattice, so that neither the 2048-node chunks of evaluateOnLattice nor the 64-value SIMD blocks
  // line up with the grid's end.
  const Lattice lattice = latticeOver(2, {-2, -1.5, 0}, {1.5, 2.5, 0}, {97, 83, 1});
  const auto mb = mullerBrown(), g = gaussianEnergy(gaussianA()), dw = doubleWell(), rg = ring();
  const EnergyPtr composite = std::make_shared<TemperatureScaledEnergy>(
      std::make_shared<MixtureEnergy>(
          std::vector<EnergyPtr>{std::make_shared<BlendEnergy>(mb, g, 0.35),
                                 std::make_shared<NegationEnergy>(dw, rg, 0.1),
                                 std::make_shared<SumEnergy>(std::vector<EnergyPtr>{g, rg, dw})},
          std::vector<double>{0.3, 0.5, 0.2}),
      1.7);
  ComponentGrids grids(lattice);
  Vector recombined(lattice.size());
  grids.evaluate(composite, recombined);
  expectBitwiseEqual(recombined, evaluateOnLattice(*composite, lattice).values);
  EXPECT_EQ(grids.leafCount(), 4u);

  const ConditionalFamily family({{"a", g}, {"b", rg}});
  grids.evaluate(family.between("a", "b", 0.4), recombined);
  expectBitwiseEqual(recombined, evaluateOnLattice(*family.between("a", "b", 0.4), lattice).values);
}

TEST(ComponentGrids, ChunksOfALargeGridCombineOnBothCoresAndTheHookSeesEachOnceWithFinalValues) {
  // 301² nodes: several chunks of ComponentGrids::kChunk, the last one short.
  const Lattice lattice = latticeOver(2, {-2, -1.5, 0}, {1.5, 2.5, 0}, {301, 301, 1});
  const EnergyPtr composite = std::make_shared<MixtureEnergy>(
      std::make_shared<BlendEnergy>(mullerBrown(), gaussianEnergy(gaussianA()), 0.35), ring(), 0.4);
  ComponentGrids grids(lattice);
  Vector recombined(lattice.size());
  const Index n = lattice.size();
  std::vector<int> seen(std::size_t(n), 0);
  std::atomic<Index> mismatches = 0;
  const Vector expected = evaluateOnLattice(*composite, lattice).values;
  LogPartitionSum sum(n, ComponentGrids::kChunk, lattice.cellVolume(), 0.7);
  grids.evaluate(composite, recombined, [&](Index begin, Index end) {
    EXPECT_EQ(begin % ComponentGrids::kChunk, 0);
    for (Index i = begin; i < end; ++i) {
      ++seen[std::size_t(i)];
      if (recombined[i] != expected[i]) ++mismatches;
    }
    sum.add(begin, recombined.data() + begin, end - begin);
  });
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_TRUE(std::all_of(seen.begin(), seen.end(), [](int k) { return k == 1; }));
  expectBitwiseEqual(recombined, expected);
  EXPECT_NEAR(sum.logPartition(), logPartition(recombined, lattice.cellVolume(), 0.7), 1e-9);
  // A leaf on its own goes through the hook too.
  int chunks = 0;
  grids.evaluate(ring(), recombined, [&](Index, Index) { ++chunks; });
  EXPECT_EQ(chunks, int((n + ComponentGrids::kChunk - 1) / ComponentGrids::kChunk));
}

TEST(ComponentGrids, RecombinesIn3DToo) {
  const Lattice lattice = latticeOver(3, {-2, -2, -1.5}, {2, 2, 1.5}, {33, 29, 31});
  const EnergyPtr torus = std::make_shared<TorusWellEnergy>(), helix = std::make_shared<HelixWellEnergy>();
  const EnergyPtr composite = std::make_shared<MixtureEnergy>(
      torus,
      std::make_shared<BlendEnergy>(helix, std::make_shared<RingEnergy>(RingParameters{3, 1.0, 0.3}), 0.6),
      0.5);
  ComponentGrids grids(lattice);
  Vector recombined(lattice.size());
  grids.evaluate(composite, recombined);
  expectBitwiseEqual(recombined, evaluateOnLattice(*composite, lattice).values);
}

TEST(ComponentGrids, ASliderMoveEvaluatesNoComponentAgain) {
  const Lattice lattice = Lattice::over(Box::centered(2, 3.0), 64);
  const auto first = std::make_shared<CountingEnergy>(doubleWell());
  const auto second = std::make_shared<CountingEnergy>(ring());
  ComponentGrids grids(lattice);
  Vector out(lattice.size());
  for (double alpha = 0; alpha <= 1.0; alpha += 0.125) {
    const auto blend = std::make_shared<BlendEnergy>(first, second, alpha);
    grids.evaluate(blend, out);
    grids.evaluate(std::make_shared<MixtureEnergy>(first, second, alpha), out);
    grids.evaluate(std::make_shared<NegationEnergy>(first, second, alpha), out);
    grids.evaluate(std::make_shared<TemperatureScaledEnergy>(blend, 0.5 + alpha), out);
  }
  EXPECT_EQ(first->evaluated.load(), lattice.size());
  EXPECT_EQ(second->evaluated.load(), lattice.size());
  // The same leaf twice in one sum is cached once.
  grids.evaluate(std::make_shared<SumEnergy>(std::vector<EnergyPtr>{first, first, second}), out);
  EXPECT_EQ(first->evaluated.load(), lattice.size());
}

TEST(ComponentGrids, UsesGridsInsertedByTheCaller) {
  const Lattice lattice = Lattice::over(Box::centered(2, 1.0), 8);
  const auto leaf = ring();
  ComponentGrids grids(lattice);
  grids.insert(leaf, Vector::Constant(lattice.size(), 2.0f));
  Vector out(lattice.size());
  grids.evaluate(std::make_shared<TemperatureScaledEnergy>(leaf, 4.0), out);
  EXPECT_TRUE((out.array() == 0.5f).all());
  grids.evaluate(leaf, out);  // a leaf on its own is its cached grid
  EXPECT_TRUE((out.array() == 2.0f).all());
  ASSERT_NE(grids.find(*leaf), nullptr);
  grids.clear();
  EXPECT_EQ(grids.find(*leaf), nullptr);
}

TEST(ComponentGrids, RefusesAnEnergyOrBufferThatDoesNotFit) {
  ComponentGrids grids(Lattice::over(Box::centered(2, 1.0), 8));
  Vector out(64), wrong(10);
  EXPECT_THROW(grids.evaluate(ring(), wrong), ArgumentError);
  EXPECT_THROW(grids.evaluate(std::make_shared<TorusWellEnergy>(), out), ArgumentError);
  EXPECT_THROW(grids.evaluate(nullptr, out), ArgumentError);
  EXPECT_THROW(grids.insert(ring(), Vector(3)), ArgumentError);
}

}  // namespace
}  // namespace ebm
