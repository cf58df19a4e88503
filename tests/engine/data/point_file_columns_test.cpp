// Real files have many columns, text columns, missing values and odd first lines: the chosen columns are
// read, rows with a missing value are skipped and counted, and a present non-number is still an error.
#include <gtest/gtest.h>

#include "data/point_file_reader.h"

namespace ebm {
namespace {

PointFileOptions choose(std::vector<std::string> coordinates, std::string label = {}, int skipLines = 0) {
  PointFileOptions options;
  options.choice.coordinates = std::move(coordinates);
  options.choice.label = std::move(label);
  options.choice.skipLines = skipLines;
  return options;
}

std::filesystem::path testData(const char* name) {
  return std::filesystem::path(EBMSCAPE_TEST_DATA_DIR) / name;
}

const char* const kShop =
    "id,name,price,weight,colour\n"
    "1,apple,0.5,120,red\n"
    "2,\"pear, green\",0.75,150,green\n"
    "3,plum,1.25,40,red\n";

TEST(PointFileColumns, ChosenByNameAmongExtraAndTextColumns) {
  const DataSet data = readPointText(kShop, "shop", choose({"price", "weight"}, "colour"));
  EXPECT_EQ(data.dimension, 2);
  ASSERT_EQ(data.size(), 3);
  EXPECT_FLOAT_EQ(data.points(0, 1), 0.75f);
  EXPECT_FLOAT_EQ(data.points(1, 2), 40.0f);
  EXPECT_EQ(data.columnNames, (std::vector<std::string>{"price", "weight"}));
  EXPECT_EQ(data.labels, (std::vector<int>{0, 1, 0}));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"red", "green"}));
}

TEST(PointFileColumns, ChosenByPositionInAnyOrderAndNamesInAnyCase) {
  const DataSet data = readPointText(kShop, "shop", choose({"4", "PRICE", "1"}));
  EXPECT_EQ(data.dimension, 3);
  EXPECT_FLOAT_EQ(data.points(0, 0), 120.0f);
  EXPECT_FLOAT_EQ(data.points(1, 0), 0.5f);
  EXPECT_FLOAT_EQ(data.points(2, 2), 3.0f);
  EXPECT_EQ(data.columnNames, (std::vector<std::string>{"weight", "price", "id"}));
  EXPECT_FALSE(data.hasLabels());
}

TEST(PointFileColumns, EverySpellingOfAMissingValueSkipsItsRow) {
  const std::string text =
      "a,b,c\n"
      "1,2,x\n"
      ",3,x\n"        // line 3: empty
      "4,NA,x\n"      // 4
      "NaN,5,x\n"     // 5
      "6,?,x\n"       // 6
      "null,7,x\n"    // 7
      "8,n/a,x\n"     // 8
      "9,\"NA\",x\n"  // 9: quoted
      "nan,NULL,x\n"  // 10: any case
      "10,11,\n"      // 11: the label is missing
      "12,13,y\n";
  PointFileReport report;
  const DataSet data = readPointText(text, "gaps", choose({"a", "b"}, "c"), &report);
  ASSERT_EQ(data.size(), 2);
  EXPECT_FLOAT_EQ(data.points(0, 1), 12.0f);
  EXPECT_EQ(report.skippedRows, 9);
  EXPECT_EQ(report.firstSkippedLines, (std::vector<std::int64_t>{3, 4, 5, 6, 7}));
  EXPECT_EQ(report.describe(), "Skipped 9 rows with a missing value (lines 3, 4, 5, 6, 7, …).");
}

TEST(PointFileColumns, MissingValuesInColumnsNotChosenDoNotMatter) {
  PointFileReport report;
  const DataSet data = readPointText("x,y,note\n1,2,NA\n3,4,\n", "p", choose({"x", "y"}), &report);
  EXPECT_EQ(data.size(), 2);
  EXPECT_EQ(report.skippedRows, 0);
  EXPECT_EQ(report.describe(), "");
}

TEST(PointFileColumns, AFileOfTwoColumnsSkipsMissingValuesToo) {
  PointFileReport report;
  const DataSet data = readPointText("1,2\nNA,3\n,4\n6,7\n", "p", {}, &report);
  ASSERT_EQ(data.size(), 2);
  EXPECT_EQ(report.skippedRows, 2);
  EXPECT_EQ(report.describe(), "Skipped 2 rows with a missing value (lines 2, 3).");
  (void)readPointText("1,2\n3,?\n", "p", {}, &report);
  EXPECT_EQ(report.describe(), "Skipped 1 row with a missing value (line 2).");
  // The layout is guessed from the first complete row: labels, not z, although row 1 lacks its label.
  const DataSet labelled = readPointText("x,y,class\n1,2,\n3,4,a\n5,6,b\n");
  EXPECT_EQ(labelled.dimension, 2);
  EXPECT_EQ(labelled.labelNames, (std::vector<std::string>{"a", "b"}));
}

TEST(PointFileColumns, APresentNonNumberIsStillAnErrorWithLineAndColumn) {
  try {
    (void)readPointText("id,name,price,weight\n1,a,0.5,120\n2,b,cheap,150\n", "shop.csv",
                        choose({"price", "weight"}));
    ADD_FAILURE() << "accepted text in a number column";
  } catch (const PointFileError& error) {
    EXPECT_EQ(error.line(), 3);
    EXPECT_EQ(error.column(), 3);  // the file's column, not the position among the chosen ones
    EXPECT_STREQ(error.what(), "shop.csv, line 3, column 3: \"cheap\" is not a number.");
  }
  // Infinity is not a missing value: it is refused.
  EXPECT_THROW((void)readPointText("x,y\n1,inf\n", "p", choose({"x", "y"})), PointFileError);
}

TEST(PointFileColumns, HeaderCrlfAndSkippedLines) {
  const std::string text = "exported 2024-05-01\r\n3 rows\r\nx;y;kind\r\n1;2;a\r\n3;4;b\r\n";
  PointFileReport report;
  const DataSet data = readPointText(text, "p", choose({"x", "y"}, "kind", 2), &report);
  ASSERT_EQ(data.size(), 2);
  EXPECT_FLOAT_EQ(data.points(1, 1), 4.0f);
  EXPECT_EQ(data.columnNames, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"a", "b"}));
  // Line numbers in messages count the skipped lines.
  try {
    (void)readPointText(text + "5;z;c\r\n", "p.csv", choose({"x", "y"}, "kind", 2));
    ADD_FAILURE();
  } catch (const PointFileError& error) {
    EXPECT_EQ(error.line(), 6);
    EXPECT_EQ(error.column(), 2);
  }
}

TEST(PointFileColumns, AFileWithoutHeaderNamesChosenColumnsByNumber) {
  const DataSet data = readPointText("1,a,2,3\n4,b,5,6\n", "p", choose({"1", "4"}, "2"));
  EXPECT_EQ(data.columnNames, (std::vector<std::string>{"column 1", "column 4"}));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"a", "b"}));
}

void expectChoiceRefused(const std::string& text, const PointFileOptions& options, std::int64_t line,
                         const std::string& reason) {
  try {
    (void)readPointText(text, "f.csv", options);
    ADD_FAILURE() << "accepted";
  } catch (const PointFileError& error) {
    EXPECT_EQ(error.line(), line) << error.what();
    EXPECT_EQ(error.column(), 0) << error.what();
    EXPECT_NE(std::string(error.what()).find(reason), std::string::npos) << error.what();
  }
}

TEST(PointFileColumns, ChoicesTheFileCannotMeetAreRefusedClearly) {
  expectChoiceRefused(
      kShop, choose({"price", "height"}), 1,
      "the y column \"height\" is not in the header; its columns are id, name, price, weight, colour");
  expectChoiceRefused(kShop, choose({"price", "9"}), 1,
                      "the y column \"9\" does not exist: the file has 5 columns");
  expectChoiceRefused("1,2,3\n", choose({"x", "y"}), 1, "is a name, but the file has no header line");
  expectChoiceRefused(kShop, choose({"price", "3"}), 1, "column 3 (price) is chosen twice");
  expectChoiceRefused(kShop, choose({"price", "weight"}, "weight"), 1, "is chosen twice");
  EXPECT_THROW((void)readPointText(kShop, "p", choose({"price"})), ArgumentError);
  EXPECT_THROW((void)readPointText(kShop, "p", choose({}, "colour")), ArgumentError);
  EXPECT_THROW((void)readPointText(kShop, "p", choose({"price", "weight"}, {}, -1)), ArgumentError);
}

TEST(PointFileColumns, ManyColumnsWithoutAChoiceSayHowToChoose) {
  try {
    (void)readPointText(kShop, "shop.csv");
    ADD_FAILURE();
  } catch (const PointFileError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("5 columns (id, name, price, weight, colour)"), std::string::npos) << message;
    EXPECT_NE(message.find("--columns A,B[,C]"), std::string::npos) << message;
  }
}

TEST(PointFileColumns, RowsWithEveryValueMissingLeaveNoPoints) {
  try {
    (void)readPointText("x,y\nNA,1\n2,NA\n", "p.csv", choose({"x", "y"}));
    ADD_FAILURE();
  } catch (const PointFileError& error) {
    EXPECT_EQ(error.line(), 0);
    EXPECT_NE(std::string(error.what()).find("has no complete rows: each of its 2 rows has a missing value"),
              std::string::npos)
        << error.what();
  }
}

TEST(PointFileColumns, PalmerPenguinsBillAgainstFlipperBySpecies) {
  PointFileReport report;
  const DataSet data = readPointFile(testData("penguins-excerpt.csv"),
                                     choose({"bill_length_mm", "flipper_length_mm"}, "species"), &report);
  EXPECT_EQ(data.name, "penguins-excerpt");
  EXPECT_EQ(data.size(), 34);  // 36 rows, two of them NA
  EXPECT_EQ(report.skippedRows, 2);
  EXPECT_EQ(report.firstSkippedLines, (std::vector<std::int64_t>{5, 22}));
  EXPECT_EQ(data.columnNames, (std::vector<std::string>{"bill_length_mm", "flipper_length_mm"}));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"Adelie", "Gentoo", "Chinstrap"}));
  EXPECT_FLOAT_EQ(data.points(0, 0), 39.1f);
  EXPECT_FLOAT_EQ(data.points(1, 0), 181.0f);
  // Rows whose sex is NA are kept: that column is not read.
  EXPECT_FLOAT_EQ(data.points(0, 7), 34.1f);
}

TEST(PointFileColumns, ScikitLearnIrisAfterItsSummaryLine) {
  // Without skipping, the summary line "150,4,setosa,versicolor,virginica" is the first row.
  EXPECT_THROW((void)readPointFile(testData("iris-excerpt.csv"), choose({"1", "3"}, "5")), PointFileError);
  const DataSet data = readPointFile(testData("iris-excerpt.csv"), choose({"1", "3"}, "5", 1));
  EXPECT_EQ(data.size(), 30);
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"0", "1", "2"}));
  EXPECT_FLOAT_EQ(data.points(0, 0), 5.1f);
  EXPECT_FLOAT_EQ(data.points(1, 0), 1.4f);
  EXPECT_EQ(data.columnNames, (std::vector<std::string>{"column 1", "column 3"}));
}

}  // namespace
}  // namespace ebm
