// Reading point files that are fine: the layouts people actually have (header or not,
// CSV/TSV/semicolons/spaces, labels as text or numbers), streamed with progress and cancellable.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "data/point_file_reader.h"

namespace ebm {
namespace {

Points points2(std::initializer_list<std::pair<float, float>> xy) {
  Points p(2, Index(xy.size()));
  Index i = 0;
  for (const auto& [x, y] : xy)
    p.col(i++) << x, y;
  return p;
}

TEST(PointFileReader, CommaSeparatedWithHeader) {
  const DataSet data = readPointText("x,y\n1,2\n3.5,-4e-1\n+7,.25\n", "toy");
  EXPECT_EQ(data.name, "toy");
  EXPECT_EQ(data.dimension, 2);
  EXPECT_EQ(data.points, points2({{1, 2}, {3.5f, -0.4f}, {7, 0.25f}}));
  EXPECT_EQ(data.columnNames, (std::vector<std::string>{"x", "y"}));
  EXPECT_FALSE(data.hasLabels());
}

TEST(PointFileReader, WhitespaceSeparatedWithoutHeader) {
  const DataSet data = readPointText("  1   2\n3\t 4\n\n5 6");  // no final line break
  EXPECT_EQ(data.points, points2({{1, 2}, {3, 4}, {5, 6}}));
  EXPECT_TRUE(data.columnNames.empty());
}

TEST(PointFileReader, TabSeparatedWithTextLabelsKeepsTheirNames) {
  const DataSet data =
      readPointText("x\ty\tspecies\n1\t2\tsetosa\n3\t4\tIris virginica\n5\t6\tsetosa\n7\t8\tbig, green\n");
  EXPECT_EQ(data.dimension, 2);
  EXPECT_EQ(data.labels, (std::vector<int>{0, 1, 0, 2}));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"setosa", "Iris virginica", "big, green"}));
}

TEST(PointFileReader, SemicolonsQuotesCommentsAndWindowsLineEndings) {
  const DataSet data = readPointText(
      "\xEF\xBB\xBF# exported by a spreadsheet\r\n\"x\";\"y\";\"label\"\r\n1;2;\"a \"\"quoted\"\" one\" # "
      "note\r\n"
      "\r\n  # indented comment\r\n3;4;\"b; c\"\r\n");
  EXPECT_EQ(data.points, points2({{1, 2}, {3, 4}}));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"a \"quoted\" one", "b; c"}));
  EXPECT_EQ(data.columnNames, (std::vector<std::string>{"x", "y"}));
}

TEST(PointFileReader, ThirdColumnOfWholeNumbersIsALabelInNumericOrder) {
  const DataSet data = readPointText("0.5,1.5,2\n1,2,0\n2,3,10\n4,5,2\n");
  EXPECT_EQ(data.dimension, 2);
  EXPECT_EQ(data.points, points2({{0.5f, 1.5f}, {1, 2}, {2, 3}, {4, 5}}));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"0", "2", "10"}));
  EXPECT_EQ(data.labels, (std::vector<int>{1, 0, 2, 1}));
}

TEST(PointFileReader, ManyRowsWithAWholeNumberThirdColumnKeepEveryCoordinate) {
  // Past the first buffer growth, so the in-place drop of the third row moves many columns.
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += std::to_string(i) + ".5,-" + std::to_string(i) + ".25," + std::to_string(i % 3) + "\n";
  const DataSet data = readPointText(text);
  ASSERT_EQ(data.dimension, 2);
  ASSERT_EQ(data.size(), 20000);
  for (Index i = 0; i < data.size(); ++i) {
    ASSERT_EQ(data.points(0, i), float(i) + 0.5f) << i;
    ASSERT_EQ(data.points(1, i), -float(i) - 0.25f) << i;
    ASSERT_EQ(data.labels[std::size_t(i)], i % 3) << i;
  }
}

TEST(PointFileReader, ThirdColumnWithAnyFractionIsZ) {
  const DataSet data = readPointText("0.5,1.5,2\n1,2,0\n2,3,0.25\n");
  EXPECT_EQ(data.dimension, 3);
  EXPECT_FALSE(data.hasLabels());
  EXPECT_FLOAT_EQ(data.points(2, 2), 0.25f);
}

TEST(PointFileReader, HeaderDecidesBetweenZAndLabel) {
  const DataSet depth = readPointText("x,y,z\n1,2,3\n4,5,6\n");
  EXPECT_EQ(depth.dimension, 3);
  EXPECT_EQ(depth.columnNames, (std::vector<std::string>{"x", "y", "z"}));
  const DataSet labelled = readPointText("a,b,Class\n1,2,3.5\n4,5,x\n");
  EXPECT_EQ(labelled.dimension, 2);
  EXPECT_EQ(labelled.labelNames, (std::vector<std::string>{"3.5", "x"}));
}

TEST(PointFileReader, ThreeCoordinatesAndALabel) {
  const DataSet data = readPointText("1,2,3,1\n4,5,6,0\n7,8,9,1\n");
  EXPECT_EQ(data.dimension, 3);
  EXPECT_EQ(data.labels, (std::vector<int>{1, 0, 1}));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"0", "1"}));
}

TEST(PointFileReader, LabelColumnOptionOverridesTheGuess) {
  PointFileOptions none;
  none.labelColumn = LabelColumn::None;
  EXPECT_EQ(readPointText("1,2,3\n4,5,6\n", "p", none).dimension, 3);
  PointFileOptions last;
  last.labelColumn = LabelColumn::Last;
  const DataSet data = readPointText("1,2,3.5\n4,5,6.5\n", "p", last);
  EXPECT_EQ(data.dimension, 2);
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"3.5", "6.5"}));
}

TEST(PointFileReader, TinyAndHugeButFloatSizedNumbers) {
  const DataSet data = readPointText("1e-50,3.4e38\n-0,1E+3\n");
  EXPECT_EQ(data.points(0, 0), 0.0f);
  EXPECT_FLOAT_EQ(data.points(1, 0), 3.4e38f);
  EXPECT_EQ(data.points(1, 1), 1000.0f);
}

class PointFileOnDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::filesystem::temp_directory_path() /
              ("ebmscape_points_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(folder_);
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }
  std::filesystem::path write(const std::string& name, const std::string& text) {
    const auto path = folder_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::filesystem::path folder_;
};

TEST_F(PointFileOnDisk, NamesTheDataSetAfterTheFile) {
  const DataSet data = readPointFile(write("my points.tsv", "x\ty\n1\t2\n"));
  EXPECT_EQ(data.name, "my points");
  EXPECT_EQ(data.size(), 1);
}

// 300,000 rows (~4.5 MB): several 1 MiB chunks, so progress is reported more than once and growth is
// exercised.
std::string manyRows(Index rows) {
  std::string text = "x,y,label\n";
  char line[64];
  for (Index i = 0; i < rows; ++i) {
    const int length = std::snprintf(line, sizeof line, "%.4f,%.4f,c%d\n", 0.001 * double(i % 1000),
                                     -0.5 * double(i % 7), int(i % 3));
    text.append(line, std::size_t(length));
  }
  return text;
}

TEST_F(PointFileOnDisk, StreamsALargeFileWithMonotoneProgress) {
  const Index rows = 300000;
  const auto path = write("big.csv", manyRows(rows));
  const std::uint64_t size = std::filesystem::file_size(path);
  std::vector<std::uint64_t> reported;
  PointFileOptions options;
  options.progress = [&](std::uint64_t done, std::uint64_t total) {
    EXPECT_EQ(total, size);
    reported.push_back(done);
    return ImportDecision::Continue;
  };
  const DataSet data = readPointFile(path, options);
  ASSERT_EQ(data.size(), rows);
  EXPECT_FLOAT_EQ(data.points(0, 1234), 0.234f);
  EXPECT_FLOAT_EQ(data.points(1, 1234), -0.5f * (1234 % 7));
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"c0", "c1", "c2"}));
  EXPECT_EQ(data.labels[1234], 1234 % 3);
  ASSERT_GE(reported.size(), 4u);
  EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
  EXPECT_EQ(reported.back(), size);
}

TEST_F(PointFileOnDisk, StopFromTheProgressCallbackCancelsWithoutAnError) {
  const auto path = write("big.csv", manyRows(300000));
  PointFileOptions options;
  int calls = 0;
  options.progress = [&](std::uint64_t, std::uint64_t) {
    return ++calls == 2 ? ImportDecision::Stop : ImportDecision::Continue;
  };
  try {
    (void)readPointFile(path, options);
    FAIL() << "expected ImportCancelled";
  } catch (const ImportCancelled& cancelled) {
    EXPECT_EQ(calls, 2);
    EXPECT_NE(std::string(cancelled.what()).find("cancelled"), std::string::npos);
  } catch (const DataError& error) {
    FAIL() << "a cancel is not a data error: " << error.what();
  }
}

}  // namespace
}  // namespace ebm
