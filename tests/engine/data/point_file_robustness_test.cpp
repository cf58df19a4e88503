// Damaged point files never crash the reader: every mutation of a good file is read whole or refused with a
// PointFileError (a quick, deterministic stand-in for the fuzzer of the reliability issue).
#include <gtest/gtest.h>

#include "core/random.h"
#include "data/point_file_reader.h"

namespace ebm {
namespace {

const std::string kSeedFile =
    "# a labelled file\nx,y,label\n1.5,-2,\"a, b\"\n3e-2,4,c\n\n-5,+6.25,a # note\n7,8,\"q\"\"q\"\n";

std::string mutate(std::string text, Random& random) {
  const std::string alphabet = std::string(",;\t \n\r\"#.-+e0123456789abcnaif") + '\0' + "\xFF\xC3\xA9";
  const int edits = 1 + int(random.below(4));
  for (int e = 0; e < edits; ++e) {
    const std::size_t at = text.empty() ? 0 : std::size_t(random.below(text.size()));
    const char c = alphabet[std::size_t(random.below(alphabet.size()))];
    switch (random.below(3)) {
      case 0:
        if (!text.empty()) text[at] = c;
        break;
      case 1:
        text.insert(at, 1, c);
        break;
      default:
        if (!text.empty()) text.erase(at, 1 + random.below(3));
        break;
    }
  }
  return text;
}

TEST(PointFileRobustness, EveryMutationIsReadWholeOrRefusedWithAPosition) {
  Random random(2024);
  int accepted = 0, refused = 0;
  for (int trial = 0; trial < 5000; ++trial) {
    const std::string text = mutate(kSeedFile, random);
    try {
      const DataSet data = readPointText(text);
      EXPECT_NO_THROW(data.validate()) << "accepted an invalid data set from:\n" << text;
      ++accepted;
    } catch (const PointFileError& error) {
      EXPECT_GE(error.line(), 0);
      EXPECT_GE(error.column(), 0);
      ++refused;
    }
  }
  // Both outcomes occur: the mutations are neither all harmless nor all fatal.
  EXPECT_GT(accepted, 100);
  EXPECT_GT(refused, 100);
}

}  // namespace
}  // namespace ebm
