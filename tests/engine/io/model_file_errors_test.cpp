// Model files on disk and from newer versions: unknown members are warned about and kept, not refused; a
// folder, a missing file and a 1 GB file are refused with what is wrong, the big one from its size alone.
#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "core/errors.h"
#include "io/energy_spec.h"
#include "io/model_file.h"

namespace ebm {
namespace {

namespace fs = std::filesystem;

ModelFile smallModel() {
  ModelFile model;
  model.energy =
      buildEnergy(nlohmann::json{{"type", "mlp"}, {"dimension", 2}, {"hiddenWidths", {4}}, {"seed", 9}});
  return model;
}

// "\"path\"", built piece by piece: GCC 12 warns falsely (-Wrestrict, bug 105651) about "\"" + string.
std::string quoted(const fs::path& path) {
  std::string text(1, '"');
  text += path.string();
  text += '"';
  return text;
}

std::string modelErrorOf(const std::string& path) {
  try {
    (void)loadModel(path);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "loaded";
}

TEST(ModelFileErrors, UnknownMembersAreWarnedAboutAndKept) {
  nlohmann::json root = nlohmann::json::parse(writeModel(smallModel()));
  root["provenance"] = {{"lab", "B"}};
  root["energy"]["dropout"] = 0.5;
  const ModelFile read = readModel(root.dump());
  EXPECT_EQ(
      read.warnings,
      (std::vector<std::string>{
          "Unknown setting `model.energy.dropout` was kept but is not used (this energy's settings are "
          "type, dimension, conditioningInputs, hiddenWidths, activation, swishBeta, conditioning, layers, "
          "seed, noiseLevel).",
          "Unknown setting `model.provenance` was kept but is not used by this version of ebmscape."}));
  EXPECT_EQ(read.network()->parameters(), smallModel().network()->parameters());
  const nlohmann::json written = nlohmann::json::parse(writeModel(read));
  EXPECT_EQ(written["provenance"], root["provenance"]) << "kept for writing";
  EXPECT_TRUE(readModel(writeModel(smallModel())).warnings.empty());
}

class ModelFileOnDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() / ("ebmscape_model_errors_" + std::to_string(::getpid()) + "_" +
                                           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  fs::path folder_;
};

TEST_F(ModelFileOnDisk, AFolderOrAMissingFileIsNamed) {
  EXPECT_EQ(modelErrorOf(folder_.string()), quoted(folder_) + " is a folder, not a model file.");
  const fs::path missing = folder_ / "none.json";
  EXPECT_EQ(modelErrorOf(missing.string()), "There is no model file " + quoted(missing) + ".");
}

TEST_F(ModelFileOnDisk, AGigabyteFileIsRefusedFromItsSizeWithoutReadingIt) {
  const fs::path huge = folder_ / "huge.json";
  std::ofstream(huge).put('{');
  fs::resize_file(huge, std::uintmax_t(1) << 30);  // sparse: no gigabyte is written
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(modelErrorOf(huge.string()),
            quoted(huge) + " is too large to be a model file (1024 MB; the limit is 256 MB).");
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 0.5);
}

TEST_F(ModelFileOnDisk, ATruncatedFileIsDamaged) {
  const std::string text = writeModel(smallModel());
  const fs::path cut = folder_ / "cut.json";
  std::ofstream(cut) << text.substr(0, text.size() / 2);
  EXPECT_EQ(
      modelErrorOf(cut.string()).rfind("The model file is damaged or cut short (not valid JSON at byte ", 0),
      0u);
}

}  // namespace
}  // namespace ebm
