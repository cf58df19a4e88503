// Atomic file writes: the target is the old file or the whole new one, and no temporary file outlives a
// writer.
#include "io/atomic_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace ebm {
namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ =
        fs::temp_directory_path() /
        ("ebmscape_atomic_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override {
    fs::permissions(folder_, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(folder_);
  }
  static std::string contents(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
  int entries() const {
    return int(std::distance(fs::directory_iterator(folder_), fs::directory_iterator()));
  }
  fs::path folder_;
};

TEST_F(AtomicFileTest, WritesTheWholeContentAndLeavesNoTemporaryFile) {
  const fs::path target = folder_ / "points.csv";
  writeFileAtomically(target, "x,y\n1.0,2.0\n");
  EXPECT_EQ(contents(target), "x,y\n1.0,2.0\n");
  EXPECT_EQ(entries(), 1);
}

TEST_F(AtomicFileTest, ReplacesAnOldFileOnlyAtCommit) {
  const fs::path target = folder_ / "model.json";
  writeFileAtomically(target, "old");
  AtomicFile file(target);
  EXPECT_EQ(file.temporaryPath().parent_path(), folder_) << "same folder, so the rename is atomic";
  file.write("new and ");
  file.write(std::string(100000, 'x'));
  EXPECT_EQ(contents(target), "old") << "readers see the old file until the new one is whole";
  file.commit();
  EXPECT_EQ(contents(target), "new and " + std::string(100000, 'x'));
  EXPECT_FALSE(fs::exists(file.temporaryPath()));
  EXPECT_EQ(entries(), 1);
}

TEST_F(AtomicFileTest, AnAbandonedWriteLeavesTheOldFileAndNoTemporaryFile) {
  const fs::path target = folder_ / "model.json";
  writeFileAtomically(target, "old");
  {
    AtomicFile file(target);
    file.write("half a mod");
    EXPECT_TRUE(fs::exists(file.temporaryPath()));
  }
  EXPECT_EQ(contents(target), "old");
  EXPECT_EQ(entries(), 1);
}

TEST_F(AtomicFileTest, AMissingFolderIsReportedBeforeAnythingIsWritten) {
  try {
    AtomicFile file(folder_ / "no such folder" / "points.csv");
    FAIL() << "expected FileWriteError";
  } catch (const FileWriteError& e) {
    EXPECT_EQ(e.errorNumber(), ENOENT);
    EXPECT_NE(std::string(e.what()).find("does not exist; choose an existing folder"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(AtomicFile{folder_}, FileWriteError) << "a folder is no file name";
  EXPECT_EQ(entries(), 0);
}

// An old file in a folder nobody may write to. Root ignores permissions, but not /proc's: there the old file
// is this process's name, which no one can put a file beside.
TEST_F(AtomicFileTest, AnUnwritableFolderLeavesTheOldFileIntactAndNoTemporaryFile) {
  fs::path target = "/proc/self/comm";
  if (::geteuid() != 0) {
    target = folder_ / "model.json";
    writeFileAtomically(target, "old");
    fs::permissions(folder_, fs::perms::owner_read | fs::perms::owner_exec);
  }
  const std::string before = contents(target);
  try {
    writeFileAtomically(target, "new");
    FAIL() << "expected FileWriteError";
  } catch (const FileWriteError& e) {
    EXPECT_EQ(e.path(), target);
    EXPECT_NE(e.errorNumber(), 0);
  }
  EXPECT_EQ(contents(target), before);
  EXPECT_FALSE(fs::exists(temporaryPathFor(target, long(::getpid()))));
}

TEST_F(AtomicFileTest, AFailedRenameRemovesTheTemporaryFileAndLeavesTheTargetAlone) {
  const fs::path target = folder_ / "film.gif";
  AtomicFile file(target);
  file.write("GIF89a");
  // Something else takes the name meanwhile: a folder, which a file cannot be renamed over.
  fs::create_directories(target / "inside");
  EXPECT_THROW(file.commit(), FileWriteError);
  EXPECT_FALSE(fs::exists(file.temporaryPath()));
  EXPECT_TRUE(fs::is_directory(target / "inside"));
  EXPECT_THROW(file.write("more"), FileWriteError) << "a failed file takes no more bytes";
  EXPECT_EQ(entries(), 1);
}

}  // namespace
}  // namespace ebm
