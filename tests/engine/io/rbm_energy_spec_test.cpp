// RBMs in lessons and model files: a bit-exact round trip, seeded untrained RBMs, refusals that name the JSON
// path, the trained-energy dispatch, and model files written whole or not at all.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include "core/errors.h"
#include "core/random.h"
#include "io/energy_spec.h"
#include "io/model_file.h"
#include "io/rbm_energy_spec.h"
#include "io/trained_energy_spec.h"
#include "training/nce_trainer.h"
#include "training/rbm_trainer.h"

namespace ebm {
namespace {

// An RBM whose numbers span many binades, subnormals and awkward decimals included.
RbmEnergyPtr awkwardRbm() {
  RbmParameters p;
  const int d = 3, h = 9;
  p.weights.resize(d, h);
  Random random(17);
  for (Index i = 0; i < p.weights.size(); ++i)
    p.weights.data()[i] = float(random.normal() * std::pow(10.0, random.uniform(-40, 3)));
  p.weights(0, 0) = 1e-45f;
  p.weights(1, 0) = 0.1f;
  p.weights(2, 0) = -0.0f;
  p.visibleBias.resize(d);
  p.visibleBias << 1.0f / 3.0f, -2.5e-7f, 123456.7f;
  p.hiddenBias = Eigen::VectorXf::LinSpaced(h, -1.1f, 2.3f);
  p.logVariance.resize(d);
  p.logVariance << -3.3f, 0.0f, 1e-3f;
  return std::make_shared<const RbmEnergy>(p);
}

bool sameBits(const Eigen::VectorXf& a, const Eigen::VectorXf& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(float)) == 0;
}

TEST(RbmEnergySpec, RoundTripReproducesEveryParameterBitForBit) {
  const RbmEnergyPtr rbm = awkwardRbm();
  const nlohmann::json spec = rbmToJson(*rbm);
  EXPECT_EQ(spec.at("type"), "rbm");
  const RbmEnergyPtr back = rbmFromJson(nlohmann::json::parse(spec.dump()), "energy");
  EXPECT_TRUE(sameBits(back->parameters().flatten(), rbm->parameters().flatten()));
  EXPECT_EQ(rbmToJson(*back).dump(), spec.dump());
  // Through a lesson's energy builder, too.
  const EnergyPtr built = buildEnergy(spec);
  ASSERT_TRUE(dynamic_cast<const RbmEnergy*>(built.get()));
  EXPECT_TRUE(
      sameBits(static_cast<const RbmEnergy&>(*built).parameters().flatten(), rbm->parameters().flatten()));
}

TEST(RbmEnergySpec, SeedOnlySpecMakesAReproducibleUntrainedRbm) {
  const nlohmann::json spec = {{"type", "rbm"}, {"dimension", 2}, {"hiddenUnits", 12}, {"seed", 4}};
  const RbmEnergyPtr a = rbmFromJson(spec, "energy"), b = rbmFromJson(spec, "energy");
  EXPECT_EQ(a->hiddenUnits(), 12);
  EXPECT_EQ(a->parameters().flatten(), b->parameters().flatten());
  EXPECT_EQ(a->parameters().logVariance, Eigen::VectorXf::Zero(2));
}

void expectError(const nlohmann::json& spec, const std::string& mentions) {
  try {
    (void)buildEnergy(spec, "energies[1].spec");
    FAIL() << "accepted " << spec.dump();
  } catch (const LessonError& e) {
    EXPECT_NE(std::string(e.what()).find(mentions), std::string::npos) << e.what();
  }
}

TEST(RbmEnergySpec, DamagedSpecsAreRefusedWithTheirPath) {
  const nlohmann::json good = rbmToJson(*awkwardRbm());
  auto missing = good;
  missing.erase("hiddenBias");
  expectError(missing, "`energies[1].spec.hiddenBias` is missing");
  auto wrong = good;
  wrong["weights"][2][4] = "x";
  expectError(wrong, "`energies[1].spec.weights[2][4]` must be a number");
  auto huge = good;
  huge["visibleBias"][1] = 1e39;
  expectError(huge, "`energies[1].spec.visibleBias[1]` is too large for float32");
  auto shortRow = good;
  shortRow["weights"][0].erase(0);
  expectError(shortRow, "`energies[1].spec.weights[0]` must have 9 numbers");
  auto flat = good;
  flat["logVariance"][0] = -200;
  expectError(flat, "variances");
  auto dimension = good;
  dimension["dimension"] = 4;
  expectError(dimension, "must be 2 or 3");
}

TEST(RbmEnergySpec, AMisspeltKeyIsWarnedAboutAndIgnored) {
  nlohmann::json misspelt = rbmToJson(*awkwardRbm());
  misspelt["hiddenUnit"] = 9;
  std::vector<std::string> warnings;
  const EnergyPtr energy = buildEnergy(misspelt, "energies[1].spec", &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].rfind("Unknown setting `energies[1].spec.hiddenUnit` was kept but is not used", 0),
            0u)
      << warnings[0];
  EXPECT_EQ(std::dynamic_pointer_cast<const RbmEnergy>(energy)->parameters().flatten(),
            awkwardRbm()->parameters().flatten())
      << "the RBM is built from its own settings";
}

TEST(TrainedEnergySpec, DispatchesOnTheKindOfEnergy) {
  const RbmEnergyPtr rbm = awkwardRbm();
  EXPECT_EQ(trainedEnergySpec(*rbm)->at("type"), "rbm");
  const auto network = std::make_shared<const MlpEnergy>(MlpArchitecture{}, 3);
  EXPECT_EQ(trainedEnergySpec(*network)->at("type"), "mlp");
  const EnergyPtr analytic = buildEnergy(nlohmann::json{{"type", "ring"}});
  EXPECT_FALSE(trainedEnergySpec(*analytic).has_value());
  EXPECT_TRUE(dynamic_cast<const RbmEnergy*>(trainedEnergyFromSpec(rbmToJson(*rbm), "e").get()));
  EXPECT_THROW((void)trainedEnergyFromSpec(nlohmann::json{{"type", "ring"}}, "e"), ModelError);
  EXPECT_TRUE(isTrainedEnergyType("rbm") && isTrainedEnergyType("mlp") && !isTrainedEnergyType("ring"));
}

TEST(ModelFile, RbmAndNceTrainersSaveLoadableModels) {
  Points data(2, 400);
  Random random(5);
  random.fillNormal(data);
  RbmOptions r;
  r.hiddenUnits = 5;
  RbmTrainer rbm(r, data);
  (void)rbm.run({5});
  const ModelFile rbmBack = readModel(writeModel(modelFromTrainer(rbm, {{"heldOutNll", 2.9}})));
  const auto* loaded = dynamic_cast<const RbmEnergy*>(rbmBack.energy.get());
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(sameBits(loaded->parameters().flatten(), rbm.rbmSnapshot()->parameters().flatten()));
  EXPECT_EQ(rbmBack.network(), nullptr);
  EXPECT_EQ(rbmBack.training.at("method"), "rbm");
  EXPECT_EQ(rbmBack.metrics.at("heldOutNll"), 2.9);

  NceOptions n;
  n.architecture.hiddenWidths = {8};
  NceTrainer nce(n, data);
  (void)nce.run({3});
  const ModelFile nceBack = readModel(writeModel(modelFromTrainer(nce)));
  ASSERT_TRUE(nceBack.network());
  EXPECT_EQ(nceBack.network()->parameters(), nce.modelSnapshot()->parameters());
  EXPECT_EQ(nceBack.training.at("method"), "nce");

  ModelFile analytic;
  analytic.energy = buildEnergy(nlohmann::json{{"type", "ring"}});
  EXPECT_THROW((void)writeModel(analytic), ArgumentError);
}

TEST(ModelFile, SavingIsAllOrNothing) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::path(::testing::TempDir()) / "ebmscape_atomic_save";
  fs::remove_all(folder);
  fs::create_directories(folder);
  ModelFile model;
  model.energy = awkwardRbm();
  const fs::path target = folder / "model.json";
  saveModel(model, target.string());
  EXPECT_EQ(loadModel(target.string()).energy->dimension(), 3);
  // A failing write (no such folder) throws and leaves nothing behind; a diverged model never replaces a
  // good file.
  EXPECT_THROW(saveModel(model, (folder / "missing" / "m.json").string()), ModelError);
  RbmParameters broken = awkwardRbm()->parameters();
  broken.weights(0, 1) = NAN;
  EXPECT_THROW(RbmEnergy{broken}, ArgumentError);
  const auto before = fs::file_size(target);
  EXPECT_THROW(saveModel(ModelFile{}, target.string()), ArgumentError);
  EXPECT_EQ(fs::file_size(target), before);
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder))
    ++files;
  EXPECT_EQ(files, 1) << "a temporary file was left behind";
  fs::remove_all(folder);
}

}  // namespace
}  // namespace ebm
