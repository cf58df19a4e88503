// Point files that must be refused whole, each with the line and column of the first problem and a reason a
// teacher can act on.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "data/point_file_reader.h"

namespace ebm {
namespace {

// Reads `text`, expects a PointFileError at (line, column) whose message contains `reason`.
void expectRefused(const std::string& text, std::int64_t line, int column, const std::string& reason,
                   const PointFileOptions& options = {}) {
  try {
    const DataSet data = readPointText(text, "points.csv", options);
    ADD_FAILURE() << "accepted " << data.size() << " points from a bad file";
  } catch (const PointFileError& error) {
    const std::string message = error.what();
    EXPECT_EQ(error.line(), line) << message;
    EXPECT_EQ(error.column(), column) << message;
    EXPECT_NE(message.find(reason), std::string::npos) << message;
    std::string where = "points.csv";
    if (line > 0) where += ", line " + std::to_string(line);
    if (line > 0 && column > 0) where += ", column " + std::to_string(column);
    EXPECT_EQ(message.rfind(where, 0), 0u) << message;
  }
}

std::string goodRows(int count) {
  std::string text;
  for (int i = 0; i < count; ++i)
    text += std::to_string(i) + ".5," + std::to_string(-i) + ".25\n";
  return text;
}

TEST(PointFileErrors, TextWhereANumberBelongs) {
  // The example of the reliability issue: line 17, column 2.
  expectRefused("x,y\n" + goodRows(15) + "1.0,abc\n" + goodRows(3), 17, 2, "\"abc\" is not a number");
  expectRefused("1,2\n3,4e\n", 2, 2, "\"4e\" is not a number");
  expectRefused("1,2\n3,0x10\n", 2, 2, "is not a number");
}

TEST(PointFileErrors, EmptyFilesAndFilesWithoutPoints) {
  expectRefused("", 0, 0, "is empty");
  expectRefused("# only a comment\n\n   \n", 0, 0, "has no points");
  expectRefused("x,y\n# nothing below\n", 0, 0, "has a header (line 1) but no points");
}

TEST(PointFileErrors, OneColumn) {
  expectRefused("1\n2\n3\n", 1, 1, "only one column");
  expectRefused("# comment\nx\n1\n", 2, 1, "only one column");
  expectRefused("1|2\n", 1, 1, "only one column");
}

TEST(PointFileErrors, RaggedRows) {
  expectRefused("1,2\n3,4\n5,6,7\n", 3, 3, "this row has 3 columns but the first row (line 1) has 2");
  expectRefused("1,2,3.5\n4,5\n", 2, 3, "this row has 2 columns but the first row (line 1) has 3");
  expectRefused("x,y,label\n1,2\n", 2, 3, "this row has 2 columns but the header (line 1) has 3");
  expectRefused("1 2\n3 4 5\n", 2, 3, "has 3 columns");
}

TEST(PointFileErrors, InfinityAndOutOfRangeNumbers) {
  // NaN is a missing value: its row is skipped (point_file_columns_test.cpp).
  expectRefused("1,2\n-Infinity,4\n", 2, 1, "is not a finite number");
  expectRefused("1,2\n3,INF\n", 2, 2, "is not a finite number");
  expectRefused("1,2\n3,1e39\n", 2, 2, "\"1e39\" is too large");
  expectRefused("1,2\n3,-1e400\n", 2, 2, "is too large");
}

TEST(PointFileErrors, MixedDelimiters) {
  expectRefused("1,2\n3\t4\n", 2, 1, "a tab, but this file separates its columns with commas (line 1)");
  expectRefused("1 2\n3,4\n", 2, 1, "a comma, but this file separates its columns with spaces (line 1)");
  expectRefused("x\ty\n1\t2\n3;4\t5\n", 3, 1, "a semicolon, but this file separates its columns with tabs");
  expectRefused("1,5;2,5\n", 1, 2, "both commas and semicolons");
  expectRefused("1;2\n3,5;4\n", 2, 1, "a comma, but this file separates its columns with semicolons");
}

TEST(PointFileErrors, BytesThatAreNotText) {
  expectRefused("1,2\n3,\xFF\n", 2, 2, "byte 0xFF is not UTF-8 text");
  expectRefused("1,2,caf\xE9\n", 1, 3, "byte 0xE9 is not UTF-8");
  expectRefused("1,2\n3,4\xC0\xAF\n", 2, 2, "byte 0xC0 is not UTF-8");  // an overlong '/'
  expectRefused(std::string("1,2\n\x89PNG\0\0", 10), 2, 1, "is not UTF-8");
  expectRefused(std::string("1,2\n3,4\0", 8), 2, 2, "a zero byte");
  expectRefused(
      "\xFF\xFE"
      "1\0,\0"
      "2\0",
      1, 1, "saved as UTF-16");
  expectRefused("1,2\r3,4\r5,6\r", 1, 2, "old Mac line endings");
}

TEST(PointFileErrors, TooManyNumericColumns) {
  expectRefused("1,2,3,4.5\n", 1, 4, "more than 3 numeric columns");
  expectRefused("1,2,3,4,5\n", 1, 5, "5 columns");
  expectRefused("1,2,3,4\n1,2,3,4.5\n", 2, 4, "\"4.5\" is not a whole number");
  PointFileOptions none;
  none.labelColumn = LabelColumn::None;
  expectRefused("1,2,3,4\n", 1, 4, "more than 3 numeric columns", none);
}

TEST(PointFileErrors, BrokenFields) {
  expectRefused("1,2,\"abc\n", 1, 3, "never closed");
  expectRefused("1,2,\"a\"b\n", 1, 3, "text after the closing quote");
  // Empty fields are missing values: rows that hold one are skipped, and a file of nothing else has no
  // points.
  expectRefused("1,,2\n", 0, 0, "has no complete rows");
  expectRefused("1,2,\n", 0, 0, "has no complete rows");
  expectRefused("1,2\n3,4,\n", 2, 3, "this row has 3 columns but the first row (line 1) has 2");
  expectRefused(",x,y\n0,1.5,2.5\n", 1, 1, "to_csv(index=False)");
  PointFileOptions last;
  last.labelColumn = LabelColumn::Last;
  expectRefused("1,2\n", 1, 3, "no label column", last);
}

TEST(PointFileErrors, LimitsOnLabelsPointsAndLineLength) {
  std::string manyLabels = "x,y,id\n";
  for (int i = 0; i <= 1000; ++i)
    manyLabels += "1,2,id" + std::to_string(i) + "\n";
  expectRefused(manyLabels, 1002, 3, "more than 1000 different labels");

  PointFileOptions small;
  small.maxPoints = 10;
  expectRefused(goodRows(11), 11, 0, "more than 10 points", small);
  EXPECT_EQ(readPointText(goodRows(10), "p", small).size(), 10);

  expectRefused("1,2\n" + std::string(70000, '1') + "\n", 2, 0, "longer than 64 KiB");
}

class PointFileErrorsOnDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::temp_directory_path() /
              ("ebmscape_bad_points_" +
               std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(folder_);
  }
  void TearDown() override {
    std::error_code ignored;
    std::filesystem::permissions(folder_ / "locked.csv", std::filesystem::perms::owner_all, ignored);
    std::filesystem::remove_all(folder_);
  }
  std::filesystem::path folder_;
};

void expectFileRefused(const std::filesystem::path& path, const std::string& reason) {
  try {
    (void)readPointFile(path);
    ADD_FAILURE() << "read " << path;
  } catch (const PointFileError& error) {
    EXPECT_EQ(error.line(), 0);
    EXPECT_NE(std::string(error.what()).find(reason), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find(path.filename().string()), std::string::npos)
        << "names the file";
  }
}

TEST_F(PointFileErrorsOnDisk, AFolderAndAMissingFile) {
  expectFileRefused(folder_, "is a folder, not a point file");
  expectFileRefused(folder_ / "missing.csv", "does not exist");
  expectFileRefused(folder_ / "missing.csv" / "below.csv", "does not exist");
}

TEST_F(PointFileErrorsOnDisk, AnUnreadableFile) {
  const auto locked = folder_ / "locked.csv";
  std::ofstream(locked) << "1,2\n";
  std::filesystem::permissions(locked, std::filesystem::perms::none);
  if (::geteuid() != 0) {
    expectFileRefused(locked, "cannot be read: Permission denied");
    return;
  }
  // Root reads files without permission, but not sysfs's write-only files.
  const std::filesystem::path writeOnly = "/sys/bus/pci/rescan";
  if (!std::filesystem::exists(writeOnly)) GTEST_SKIP() << "root reads files without permission";
  expectFileRefused(writeOnly, "cannot be read: Permission denied");
}

TEST(PointFileErrorsOnLinux, AReadFailureMidwayIsReported) {
  // Reading /proc/self/mem from offset 0 fails with EIO: the stand-in for a disk or network error.
  if (!std::filesystem::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
  expectFileRefused("/proc/self/mem", "reading failed after 0 bytes");
}

TEST_F(PointFileErrorsOnDisk, ABadLineDeepInALargeFileIsFoundWithItsLineNumber) {
  const auto path = folder_ / "big.csv";
  {
    std::ofstream out(path);
    out << "x,y\n" << goodRows(200000) << "7,seven\n";
  }
  try {
    (void)readPointFile(path);
    ADD_FAILURE() << "accepted";
  } catch (const PointFileError& error) {
    EXPECT_EQ(error.line(), 200002);
    EXPECT_EQ(error.column(), 2);
    EXPECT_EQ(
        std::string(error.what()).rfind("big.csv, line 200002, column 2: \"seven\" is not a number.", 0), 0u)
        << error.what();
  }
}

}  // namespace
}  // namespace ebm
