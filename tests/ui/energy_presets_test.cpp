// Every energy a teacher can add with one click builds, in the dimension it says, and is drawn where its box
// holds its valleys (its lowest energy on a lattice over the box lies inside, not on the box's edge).
#include <gtest/gtest.h>

#include "energy/energy_grid.h"
#include "io/energy_spec.h"
#include "panels/energy_presets.h"

namespace ebmui {
namespace {

TEST(EnergyPresets, EveryPresetBuildsInItsDimensionWithItsValleysInsideItsBox) {
  for (const EnergyPreset& preset : energyPresets()) {
    SCOPED_TRACE(preset.name.toStdString());
    const ebm::EnergyPtr energy = ebm::buildEnergy(preset.spec);
    ASSERT_TRUE(energy);
    EXPECT_EQ(energy->dimension(), preset.dimension);
    EXPECT_FALSE(preset.tooltip.isEmpty());
    if (!preset.box || preset.dimension != 2) continue;
    ASSERT_EQ(preset.box->dimension, 2);
    const ebm::EnergyGrid grid = ebm::evaluateOnLattice(*energy, ebm::Lattice::over(*preset.box, 101));
    ebm::Index lowest = 0;
    grid.values.minCoeff(&lowest);
    const int i = int(lowest % 101), j = int(lowest / 101);
    EXPECT_TRUE(i > 0 && i < 100 && j > 0 && j < 100) << "lowest energy on the box's edge";
  }
}

}  // namespace
}  // namespace ebmui
