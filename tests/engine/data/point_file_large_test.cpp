// A 10-million-row point file: streamed in 1 MiB chunks with progress to the last byte, memory bounded by the
// points themselves, and cancellable at once from the progress callback.
#include <gtest/gtest.h>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "data/point_file_reader.h"

namespace ebm {
namespace {

namespace fs = std::filesystem;

constexpr Index kRows = 10'000'000;

// "d,-d\n" for d = 0 … 9 in turn: 5 bytes a row, 50 MB in all, written in a fraction of a second.
class TenMillionRows : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = fs::temp_directory_path() / ("ebmscape_ten_million_" + std::to_string(::getpid()) + ".csv");
    std::string block;
    for (int d = 0; d < 10; ++d)
      block += std::to_string(d) + ",-" + std::to_string(d) + "\n";  // "0,-0" is −0: still a number
    std::string chunk;
    for (int i = 0; i < 10000; ++i)
      chunk += block;
    std::FILE* file = std::fopen(path_.c_str(), "wb");
    ASSERT_NE(file, nullptr);
    for (Index written = 0; written < kRows; written += 100000)
      ASSERT_EQ(std::fwrite(chunk.data(), 1, chunk.size(), file), chunk.size());
    std::fclose(file);
  }
  static void TearDownTestSuite() { fs::remove(path_); }
  static fs::path path_;
};

fs::path TenMillionRows::path_;

long peakKilobytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

TEST_F(TenMillionRows, AreReadWholeWithProgressAndBoundedMemory) {
  const std::uint64_t size = fs::file_size(path_);
  ASSERT_EQ(size, std::uint64_t(kRows) * 5);
  PointFileOptions options;
  std::uint64_t last = 0;
  int calls = 0;
  options.progress = [&](std::uint64_t done, std::uint64_t total) {
    EXPECT_EQ(total, size);
    EXPECT_GE(done, last);
    last = done;
    ++calls;
    return ImportDecision::Continue;
  };
  const long before = peakKilobytes();
  const DataSet data = readPointFile(path_, options);
  const long grown = peakKilobytes() - before;
  ASSERT_EQ(data.size(), kRows);
  EXPECT_EQ(data.points(0, 1234567), 7.0f);
  EXPECT_EQ(data.points(1, 1234567), -7.0f);
  EXPECT_EQ(last, size);
  EXPECT_GE(calls, int(size >> 20));
  // The points are 80 MB; the reader may hold them twice while growing, plus its 1 MiB chunk, but never the
  // 50 MB file's text or a copy per row.
  EXPECT_LT(grown, 2 * 80'000 + 16'000) << "kilobytes";
}

TEST_F(TenMillionRows, StopAfterTheFirstChunkCancelsAtOnce) {
  PointFileOptions options;
  int calls = 0;
  options.progress = [&](std::uint64_t, std::uint64_t) {
    ++calls;
    return ImportDecision::Stop;
  };
  EXPECT_THROW((void)readPointFile(path_, options), ImportCancelled);
  EXPECT_EQ(calls, 1);
}

TEST_F(TenMillionRows, AreRefusedWhenThePointLimitIsLower) {
  PointFileOptions options;
  options.maxPoints = 1'000'000;  // refused at the first point over, not after reading the rest
  try {
    (void)readPointFile(path_, options);
    ADD_FAILURE() << "accepted";
  } catch (const PointFileError& error) {
    EXPECT_EQ(error.line(), 1'000'001);
    EXPECT_NE(std::string(error.what()).find("more than 1000000 points"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace ebm
