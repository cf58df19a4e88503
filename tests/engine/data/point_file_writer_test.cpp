// Saving points: what is written reads back to the same floats and label names, and a failed save leaves
// nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/errors.h"
#include "data/data_set_registry.h"
#include "data/point_file_reader.h"
#include "data/point_file_writer.h"

namespace ebm {
namespace {

class PointFileWriter : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ =
        std::filesystem::temp_directory_path() /
        ("ebmscape_write_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(folder_);
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }
  static std::string contents(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::filesystem::path folder_;
};

// Per point, the label's name: the round trip keeps names (label numbers follow first appearance).
std::vector<std::string> namesPerPoint(const DataSet& data) {
  std::vector<std::string> names;
  for (const int label : data.labels)
    names.push_back(data.labelNames[std::size_t(label)]);
  return names;
}

TEST_F(PointFileWriter, RoundTripKeepsEveryFloatBitAndEveryLabelName) {
  for (const char* name : {"8gaussians", "rings", "helix", "interlocked_rings"}) {
    const DataSet original = generateDataSet(name, {3000, std::nullopt, 11});
    const auto path = folder_ / (std::string(name) + ".csv");
    writePointFile(original, path);
    const DataSet read = readPointFile(path);
    EXPECT_EQ(read.dimension, original.dimension) << name;
    EXPECT_EQ(read.points, original.points) << name;
    EXPECT_EQ(namesPerPoint(read), namesPerPoint(original)) << name;
  }
}

TEST_F(PointFileWriter, TsvExtensionColumnNamesAndAwkwardLabelNames) {
  DataSet data;
  data.name = "awkward";
  data.points.resize(2, 3);
  data.points << 1, 2.5f, -3e-7f, 4, 5, 6;
  data.labels = {0, 1, 2};
  data.labelNames = {"a, b", "say \"hi\"", "# not a comment"};
  data.columnNames = {"height", "weight"};
  const auto path = folder_ / "awkward.tsv";
  writePointFile(data, path);
  EXPECT_EQ(contents(path).substr(0, 20), "height\tweight\tlabel\n");
  const DataSet read = readPointFile(path);
  EXPECT_EQ(read.points, data.points);
  EXPECT_EQ(read.labelNames, data.labelNames);
  EXPECT_EQ(read.columnNames, data.columnNames);
}

TEST_F(PointFileWriter, AFailedSaveLeavesNoFileBehind) {
  const DataSet data = generateDataSet("moons", {10, std::nullopt, 1});
  const auto target = folder_ / "no such folder" / "moons.csv";
  try {
    writePointFile(data, target);
    FAIL() << "expected DataError";
  } catch (const DataError& error) {
    EXPECT_NE(std::string(error.what()).find("No such file or directory"), std::string::npos) << error.what();
  }
  EXPECT_TRUE(std::filesystem::is_empty(folder_));
  // An invalid data set is refused before anything is written.
  DataSet broken = data;
  broken.labels.pop_back();
  EXPECT_THROW(writePointFile(broken, folder_ / "broken.csv"), DataError);
  EXPECT_TRUE(std::filesystem::is_empty(folder_));
}

TEST_F(PointFileWriter, WholeNumberCoordinatesReadBackAsCoordinates) {
  DataSet data;
  data.dimension = 3;
  data.points.resize(3, 2);
  data.points << 1, 2, 3, 4, 5, 6;
  data.columnNames = {"a", "b",
                      "c"};  // no name says "z": the values alone must keep the third column a coordinate
  const auto path = folder_ / "grid.csv";
  writePointFile(data, path);
  const DataSet read = readPointFile(path);
  EXPECT_EQ(read.dimension, 3);
  EXPECT_EQ(read.points, data.points);
}

TEST_F(PointFileWriter, OverwritesAnExistingFileWhole) {
  const auto path = folder_ / "points.csv";
  std::ofstream(path) << "old contents that are much longer than the new ones\n";
  DataSet data;
  data.points.resize(2, 1);
  data.points << 1, 2;
  writePointFile(data, path);
  EXPECT_EQ(contents(path), "x,y\n1.0,2.0\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder_), {}), 1);
}

}  // namespace
}  // namespace ebm
