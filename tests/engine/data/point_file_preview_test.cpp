// The import dialog's preview: the first rows as text, which columns are numbers, and a first choice that the
// reader accepts as it is.
#include <gtest/gtest.h>

#include "data/point_file_preview.h"

namespace ebm {
namespace {

std::filesystem::path testData(const char* name) {
  return std::filesystem::path(EBMSCAPE_TEST_DATA_DIR) / name;
}

TEST(PointFilePreview, PenguinsShowTheirHeaderNumbersAndSpecies) {
  const PointFilePreview p = previewPointFile(testData("penguins-excerpt.csv"), 0, 2, 6);
  EXPECT_EQ(p.delimiter, "commas");
  EXPECT_EQ(p.headerLine, 1);
  ASSERT_EQ(p.columnCount, 8);
  EXPECT_EQ(p.headerNames[4], "flipper_length_mm");
  ASSERT_EQ(p.rows.size(), 6u);
  EXPECT_EQ(p.rowLines.front(), 2);
  EXPECT_EQ(p.rows[3][2], "NA");
  EXPECT_EQ(p.numeric, (std::vector<bool>{false, false, true, true, true, true, false, true}));
  EXPECT_EQ(p.suggestion.coordinates, (std::vector<std::string>{"bill_length_mm", "bill_depth_mm"}));
  EXPECT_EQ(p.suggestion.label, "species");
  // The suggestion reads the whole file as it is.
  PointFileOptions options;
  options.choice = p.suggestion;
  EXPECT_EQ(readPointFile(testData("penguins-excerpt.csv"), options).size(), 34);
}

TEST(PointFilePreview, IrisAfterSkippingItsSummaryLineHasNoHeaderAndClassNumbers) {
  const PointFilePreview raw = previewPointFile(testData("iris-excerpt.csv"), 0, 2);
  EXPECT_EQ(raw.rows.front().front(), "150");
  EXPECT_FALSE(raw.numeric[2]) << "\"setosa\" on the summary line";

  const PointFilePreview p = previewPointFile(testData("iris-excerpt.csv"), 1, 3);
  EXPECT_EQ(p.headerLine, 0);
  EXPECT_TRUE(p.headerNames.empty());
  EXPECT_EQ(p.rowLines.front(), 2);
  EXPECT_EQ(p.columnName(2), "column 3");
  EXPECT_EQ(p.suggestion.coordinates, (std::vector<std::string>{"1", "2", "3"}));
  EXPECT_EQ(p.suggestion.label, "5");
  EXPECT_EQ(p.suggestion.skipLines, 1);
  PointFileOptions options;
  options.choice = p.suggestion;
  EXPECT_EQ(readPointFile(testData("iris-excerpt.csv"), options).dimension, 3);
}

TEST(PointFilePreview, TooFewNumericColumnsSuggestNothingAndBadTextIsRefused) {
  EXPECT_TRUE(previewPointText("name,x\na,1\n", 0, 2).suggestion.coordinates.empty());
  EXPECT_TRUE(previewPointText("", 0, 2).rows.empty());
  try {
    (void)previewPointText("x,y\n1,\"2\n", 0, 2, 12, "q.csv");
    ADD_FAILURE();
  } catch (const PointFileError& error) {
    EXPECT_EQ(error.line(), 2);
    EXPECT_NE(std::string(error.what()).find("never closed"), std::string::npos);
  }
  EXPECT_THROW((void)previewPointFile("/nonexistent/file.csv", 0, 2), PointFileError);
  EXPECT_THROW((void)previewPointText("1,2\n", -1, 2), ArgumentError);
}

}  // namespace
}  // namespace ebm
