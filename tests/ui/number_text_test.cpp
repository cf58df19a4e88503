// Numbers in the panels and the status bar: fixed decimals, and a normalized energy's log Z that is a
// rounding error below zero shows as 0.000, not −0.000.
#include "panels/number_text.h"

#include <gtest/gtest.h>

namespace ebmui {
namespace {

TEST(NumberTextTest, ZeroHasNoSign) {
  EXPECT_EQ(fixedText(-0.00004, 3).toStdString(), "0.000");
  EXPECT_EQ(fixedText(-0.0, 4).toStdString(), "0.0000");
  EXPECT_EQ(fixedText(0.00004, 3).toStdString(), "0.000");
}

TEST(NumberTextTest, OtherValuesKeepTheirSignAndRounding) {
  EXPECT_EQ(fixedText(-2.63204, 4).toStdString(), "-2.6320");
  EXPECT_EQ(fixedText(-0.0006, 3).toStdString(), "-0.001");
  EXPECT_EQ(fixedText(51.8064, 3).toStdString(), "51.806");
}

}  // namespace
}  // namespace ebmui
