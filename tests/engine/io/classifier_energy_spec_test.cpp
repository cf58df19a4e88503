// Classifiers in lessons and model files: a bit-exact round trip, seeded untrained classifiers, refusals that
// name the JSON path, the trained-energy dispatch and a model file from the classifier trainer.
#include <gtest/gtest.h>

#include <cstring>

#include "core/errors.h"
#include "core/random.h"
#include "io/classifier_energy_spec.h"
#include "io/energy_spec.h"
#include "io/model_file.h"
#include "io/trained_energy_spec.h"
#include "training/classifier_trainer.h"

namespace ebm {
namespace {

ClassifierArchitecture shape() {
  ClassifierArchitecture a;
  a.trunk.hiddenWidths = {7, 5};
  a.trunk.activation.kind = Activation::kTanh;
  a.classes = 4;
  return a;
}

// Parameters spanning many binades, a subnormal and awkward decimals.
ClassifierEnergyPtr awkwardClassifier() {
  Eigen::VectorXf theta(shape().parameterCount());
  Random random(3);
  for (Index i = 0; i < theta.size(); ++i)
    theta[i] = float(random.normal() * std::pow(10.0, random.uniform(-30, 2)));
  theta[0] = 1e-45f;
  theta[1] = 0.1f;
  return std::make_shared<const ClassifierEnergy>(std::make_shared<const ClassifierNetwork>(shape(), theta),
                                                  0.7);
}

bool sameBits(const Eigen::VectorXf& a, const Eigen::VectorXf& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(float)) == 0;
}

TEST(ClassifierEnergySpec, RoundTripReproducesEveryWeightBitForBit) {
  const auto classifier = awkwardClassifier();
  const nlohmann::json spec = classifierToJson(*classifier);
  EXPECT_EQ(spec.at("type"), "classifier");
  EXPECT_EQ(spec.at("classes"), 4);
  EXPECT_EQ(spec.at("layers").size(), 3u);
  EXPECT_EQ(spec.at("layers")[2].at("weights").size(), 4u) << "one row of the last layer per class";
  const auto back = classifierFromJson(nlohmann::json::parse(spec.dump()), "energy");
  EXPECT_TRUE(sameBits(back->network().parameters(), classifier->network().parameters()));
  EXPECT_EQ(back->temperature(), 0.7);
  EXPECT_TRUE(back->network().architecture() == shape());
  const EnergyPtr built = buildEnergy(spec);
  ASSERT_TRUE(dynamic_cast<const ClassifierEnergy*>(built.get()));
  EXPECT_EQ(trainedEnergySpec(*built)->dump(), spec.dump());
  EXPECT_TRUE(isTrainedEnergyType("classifier"));
  EXPECT_TRUE(dynamic_cast<const ClassifierEnergy*>(trainedEnergyFromSpec(spec, "e").get()));
}

TEST(ClassifierEnergySpec, SeedOnlySpecMakesAReproducibleUntrainedClassifier) {
  const nlohmann::json spec = {{"type", "classifier"}, {"classes", 3}, {"hiddenWidths", {16}}, {"seed", 4}};
  const auto a = classifierFromJson(spec, "energy"), b = classifierFromJson(spec, "energy");
  EXPECT_EQ(a->classes(), 3);
  EXPECT_EQ(a->temperature(), 1.0);
  EXPECT_EQ(a->network().parameters(), b->network().parameters());
}

void expectError(const nlohmann::json& spec, const std::string& mentions) {
  try {
    (void)buildEnergy(spec, "energies[0].spec");
    FAIL() << "accepted " << spec.dump();
  } catch (const LessonError& e) {
    EXPECT_NE(std::string(e.what()).find(mentions), std::string::npos) << e.what();
  }
}

TEST(ClassifierEnergySpec, DamagedSpecsAreRefusedWithTheirPath) {
  const nlohmann::json good = classifierToJson(*awkwardClassifier());
  auto wrong = good;
  wrong["layers"][1]["bias"][2] = "x";
  expectError(wrong, "`energies[0].spec.layers[1].bias[2]` must be a number");
  auto rows = good;
  rows["classes"] = 3;
  expectError(rows, "`energies[0].spec.layers[2].weights` must have 3");
  auto one = good;
  one["classes"] = 1;
  expectError(one, "2 to 64 classes");
  auto cold = good;
  cold["temperature"] = 0;
  expectError(cold, "`energies[0].spec.temperature` must be positive");
  auto missing = good;
  missing["layers"].erase(0);
  expectError(missing, "must have 3 layers");
}

TEST(ModelFile, TheClassifierTrainerSavesALoadableModel) {
  Points data(2, 300);
  Random random(5);
  random.fillNormal(data);
  std::vector<int> labels;
  for (Index i = 0; i < data.cols(); ++i)
    labels.push_back(data(0, i) > 0 ? 1 : 0);
  ClassifierOptions o;
  o.architecture.hiddenWidths = {8};
  o.classes = 2;
  ClassifierTrainer trainer(o, data, labels);
  (void)trainer.run({5});
  const ModelFile back = readModel(writeModel(modelFromTrainer(trainer, {{"accuracy", 0.9}})));
  const auto* loaded = dynamic_cast<const ClassifierEnergy*>(back.energy.get());
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(sameBits(loaded->network().parameters(), trainer.classifierSnapshot()->network().parameters()));
  EXPECT_EQ(back.training.at("method"), "classifier");
  EXPECT_EQ(back.metrics.at("accuracy"), 0.9);
}

}  // namespace
}  // namespace ebm
