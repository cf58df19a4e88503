// Model files that once broke the reader, found by the model-file fuzzer (tests/fuzz/model_file_fuzz.cpp):
// each is refused with a ModelError.
#include <gtest/gtest.h>

#include <string>

#include "core/errors.h"
#include "io/model_file.h"

namespace ebm {
namespace {

std::string messageOf(const std::string& text) {
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
  EXPECT_NE(messageOf(R"({"format": "ebmscape-model", "version": 1e400})").find("too large"),
            std::string::npos);
  EXPECT_NE(messageOf("-9e99999").find("too large"), std::string::npos);
}

}  // namespace
}  // namespace ebm
