// Model files that once broke the reader, found by the model-file fuzzer (tests/fuzz/model_file_fuzz.cpp):
// each is refused with a ModelError.
#include <gtest/gtest.h>

#include <string>

#include "core/errors.h"
#include "energy/noise_conditional.h"
#include "io/model_file.h"

namespace ebm {
namespace {

std::string modelTextErrorOf(const std::string& text) {
  try {
    (void)readModel(text);
  } catch (const ModelError& e) {
    return e.what();
  }
  return "no error";
}

// The JSON parser refuses a number beyond double's range with out_of_range, not parse_error: it escaped the
// reader as a nlohmann exception.
TEST(ModelFileRegression, ANumberBeyondDoubleRangeIsAModelError) {
  EXPECT_NE(modelTextErrorOf(R"({"format": "ebmscape-model", "version": 1e400})").find("too large"),
            std::string::npos);
  EXPECT_NE(modelTextErrorOf("-9e99999").find("too large"), std::string::npos);
}

// A noise-conditional network without weights (randomly initialised) read back as a network of 3 inputs; the
// fuzzer evaluated it at 2D points, which the network refuses. The program draws such a network at one noise
// level: that works. A count of conditioning inputs the program never makes (2) is refused when read.
TEST(ModelFileRegression, ANoiseConditionalNetworkIsDrawnAtOneNoiseLevel) {
  const ModelFile model = readModel(R"({"format": "ebmscape-model", "version": 1,
      "energy": {"type": "mlp", "dimension": 2, "conditioningInputs": 1, "hiddenWidths": [3],
                 "activation": "silu"}})");
  ASSERT_TRUE(model.network());
  EXPECT_THROW((void)model.energy->energies(Points::Zero(2, 1)), ArgumentError);
  const MlpEnergyPtr atSigma = energyAtNoiseLevel(*model.network(), 0.1);
  EXPECT_EQ(atSigma->architecture().inputs(), 2);
  EXPECT_TRUE(atSigma->energies(Points::Zero(2, 1)).allFinite());

  EXPECT_NE(modelTextErrorOf(R"({"format": "ebmscape-model", "version": 1,
      "energy": {"type": "mlp", "dimension": 2, "conditioningInputs": 2, "hiddenWidths": [3]}})")
                .find("model.energy.conditioningInputs` is 2"),
            std::string::npos);
}

}  // namespace
}  // namespace ebm
