// Model files: a bit-exact round trip, and damaged, truncated, wrongly typed or future files refused with a
// ModelError that names the JSON path.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "core/errors.h"
#include "core/random.h"
#include "energy/noise_conditional.h"
#include "io/model_file.h"
#include "io/neural_energy_spec.h"
#include "training/pcd_trainer.h"

namespace ebm {
namespace {

// A default-shape network whose weights span many binades, subnormals and awkward decimals included.
MlpEnergyPtr awkwardNetwork() {
  MlpArchitecture a;
  a.activation = {Activation::kSwish, 1.3f};
  Eigen::VectorXf theta(a.parameterCount());
  Random random(99);
  for (Index i = 0; i < theta.size(); ++i)
    theta[i] = float(random.normal() * std::pow(10.0, random.uniform(-40, 6)));
  theta[0] = 1e-45f;  // the smallest subnormal
  theta[1] = 0.1f;
  theta[2] = -0.0f;
  theta[3] = 3.4028235e38f;
  return std::make_shared<const MlpEnergy>(a, theta);
}

ModelFile sampleModel() {
  ModelFile model;
  model.energy = awkwardNetwork();
  model.training = {{"method", "pcd"}, {"learningRate", 0.001}};
  model.metrics = {{"heldOutNll", 2.9}, {"iterations", 1000}};
  return model;
}

void expectModelError(const std::string& text, const std::string& mentions) {
  try {
    (void)readModel(text);
    FAIL() << "accepted a bad model file; expected an error mentioning " << mentions;
  } catch (const ModelError& e) {
    EXPECT_NE(std::string(e.what()).find(mentions), std::string::npos) << e.what();
  }
}

TEST(ModelFile, RoundTripReproducesEveryWeightBitForBit) {
  const ModelFile model = sampleModel();
  const ModelFile back = readModel(writeModel(model));
  ASSERT_TRUE(back.energy);
  ASSERT_TRUE(back.network());
  EXPECT_TRUE(back.network()->architecture() == model.network()->architecture());
  const auto& a = model.network()->parameters();
  const auto& b = back.network()->parameters();
  ASSERT_EQ(a.size(), b.size());
  EXPECT_EQ(std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(float)), 0);
  EXPECT_EQ(back.training, model.training);
  EXPECT_EQ(back.metrics, model.metrics);
  // Writing the read model gives the same text again.
  EXPECT_EQ(writeModel(back), writeModel(model));
}

TEST(ModelFile, SavesAndLoadsThroughTheFileSystem) {
  const std::string path = ::testing::TempDir() + "/ebmscape_model_test.json";
  saveModel(sampleModel(), path);
  const ModelFile back = loadModel(path);
  EXPECT_EQ(back.network()->parameters(), sampleModel().network()->parameters());
  EXPECT_THROW((void)loadModel(path + ".missing"), ModelError);
}

TEST(ModelFile, RefusesDamagedTruncatedAndFutureFiles) {
  const std::string text = writeModel(sampleModel());
  expectModelError(text.substr(0, text.size() / 2), "damaged or cut short");
  expectModelError("[1, 2]", "`model` must be an object");
  auto root = nlohmann::json::parse(text);
  auto future = root;
  future["version"] = 7;
  expectModelError(future.dump(), "newer ebmscape");
  auto wrongType = root;
  wrongType["energy"]["layers"][1]["weights"][3][5] = "oops";
  expectModelError(wrongType.dump(), "`model.energy.layers[1].weights[3][5]` must be a number");
  auto missing = root;
  missing["energy"]["layers"][2].erase("bias");
  expectModelError(missing.dump(), "`model.energy.layers[2].bias` is missing");
  auto shortRow = root;
  shortRow["energy"]["layers"][0]["weights"][4].erase(1);
  expectModelError(shortRow.dump(), "`model.energy.layers[0].weights[4]` must have 2 numbers");
  auto badWidth = root;
  badWidth["energy"]["hiddenWidths"][0] = 1.5;
  expectModelError(badWidth.dump(), "`model.energy.hiddenWidths[0]` must be a whole number");
  auto notOurs = root;
  notOurs["format"] = "something-else";
  expectModelError(notOurs.dump(), "not an ebmscape model file");
}

TEST(ModelFile, DivergedModelsAreNotSaved) {
  MlpArchitecture a;
  Eigen::VectorXf theta = Eigen::VectorXf::Zero(a.parameterCount());
  theta[5] = NAN;
  ModelFile model;
  model.energy = std::make_shared<const MlpEnergy>(a, theta);
  EXPECT_THROW((void)writeModel(model), NumericError);
}

TEST(ModelFile, TrainerSnapshotRoundTripsWithSettingsAndMetrics) {
  Points data(2, 50);
  Random random(4);
  random.fillNormal(data);
  PcdOptions options;
  options.architecture.hiddenWidths = {16, 16};
  options.langevinSteps = 2;
  options.batchSize = 32;
  options.bufferSize = 100;
  PcdTrainer trainer(options, data);
  (void)trainer.run({3});
  const ModelFile back = readModel(writeModel(modelFromTrainer(trainer, {{"heldOutNll", 3.5}})));
  EXPECT_EQ(back.network()->parameters(), trainer.model().parameters());
  EXPECT_EQ(back.training.at("method"), "pcd");
  EXPECT_EQ(back.training.at("langevinSteps"), 2);
  EXPECT_EQ(back.metrics.at("iterations"), 3);
  EXPECT_EQ(back.metrics.at("heldOutNll"), 3.5);
}

TEST(NeuralEnergySpec, LessonEntryBuildsSeededAndNoiseConditionalNetworks) {
  const auto seeded = buildNeuralEnergy(
      nlohmann::json{{"type", "mlp"}, {"hiddenWidths", {16, 16}}, {"activation", "tanh"}, {"seed", 3}},
      "energy");
  EXPECT_EQ(seeded->dimension(), 2);
  MlpArchitecture conditional;
  conditional.conditioningInputs = 1;
  conditional.hiddenWidths = {8, 8};
  const MlpEnergy network(conditional, 5);
  auto spec = mlpToJson(network);
  EXPECT_THROW((void)buildNeuralEnergy(spec, "energy"), LessonError);
  spec["noiseLevel"] = 0.5;
  const auto view = buildNeuralEnergy(spec, "energy");
  Points x(2, 3);
  x << 0.1f, -1.0f, 2.0f, 0.5f, 0.0f, -0.3f;
  EXPECT_TRUE(view->energies(x).isApprox(energyAtNoiseLevel(network, 0.5)->energies(x)));
  EXPECT_THROW((void)buildNeuralEnergy(nlohmann::json{{"type", "mlp"}, {"activation", "relu6"}}, "energy"),
               LessonError);
}

}  // namespace
}  // namespace ebm
