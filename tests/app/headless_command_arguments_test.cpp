// The arguments of the headless computations — train, solve, hopfield — parsed in the test process: valid
// ones give the options asked, and every name and number that does not fit is refused with its exact reason
// before any work.
#include <gtest/gtest.h>

#include "usage_error_of.h"

#include "command_line.h"
#include "data/data_set_registry.h"

namespace {

using ebmapp::Command;
using ebmapp::parseCommandLine;
using ebmtest::usageErrorOf;

const QString kEasy =
    QStringLiteral("53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79");

// --- train ---

TEST(CommandLineTrain, ABuiltInSetTakesTheRecommendedDefaults) {
  const Command c = parseCommandLine({"train", "--dataset", "8gaussians"});
  EXPECT_EQ(c.kind, Command::Kind::Train);
  EXPECT_EQ(c.train.dataset, "8gaussians");
  EXPECT_TRUE(c.train.data.file.empty());
  EXPECT_EQ(c.train.method, "pcd");
  EXPECT_EQ(c.train.iterations, 0);
  EXPECT_EQ(c.train.seconds, 0);
  EXPECT_EQ(c.train.seed, 7u);
  EXPECT_TRUE(c.train.outputPath.empty());
  EXPECT_FALSE(c.train.json);
  EXPECT_EQ(c.train.trainPoints, -1);
  EXPECT_EQ(c.train.heldOutPoints, -1);
  EXPECT_FALSE(c.train.energyFinetune);
}

TEST(CommandLineTrain, EveryOptionIsRead) {
  const Command c = parseCommandLine({"train", "--dataset", "three-blobs", "--method", "classifier",
                                      "--iterations", "50", "--seed", "3", "--out", "m.json", "--json",
                                      "--train", "4000", "--held-out", "1000", "--energy-finetune"});
  EXPECT_EQ(c.train.dataset, "three-blobs");
  EXPECT_EQ(c.train.method, "classifier");
  EXPECT_EQ(c.train.iterations, 50);
  EXPECT_EQ(c.train.seed, 3u);
  EXPECT_EQ(c.train.outputPath, "m.json");
  EXPECT_TRUE(c.train.json);
  EXPECT_EQ(c.train.trainPoints, 4000);
  EXPECT_EQ(c.train.heldOutPoints, 1000);
  EXPECT_TRUE(c.train.energyFinetune);
  for (const char* method : {"pcd", "cd", "dsm", "nce", "rbm"})
    EXPECT_EQ(parseCommandLine({"train", "--dataset", "moons", "--method", method}).train.method, method);
}

TEST(CommandLineTrain, APointFileWithItsColumnsAndATimeBudget) {
  const Command c = parseCommandLine({"train", "--data", "iris.csv", "--skip-lines", "1", "--columns", "1,3",
                                      "--label", "5", "--method", "nce", "--seconds", "2.5"});
  EXPECT_TRUE(c.train.dataset.empty());
  EXPECT_EQ(c.train.data.file, "iris.csv");
  EXPECT_EQ(c.train.data.choice.skipLines, 1);
  EXPECT_EQ(c.train.data.choice.coordinates, (std::vector<std::string>{"1", "3"}));
  EXPECT_EQ(c.train.data.choice.label, "5");
  EXPECT_EQ(c.train.seconds, 2.5);
  EXPECT_EQ(c.train.iterations, 0);
}

TEST(CommandLineTrain, TheDataAreOneBuiltInSetOrOneFile) {
  const std::string either = "train needs either --dataset NAME or --data FILE.";
  EXPECT_EQ(usageErrorOf({"train"}), either);
  EXPECT_EQ(usageErrorOf({"train", "--method", "dsm"}), either);
  EXPECT_EQ(usageErrorOf({"train", "--dataset", "8gaussians", "--data", "x.csv"}), either);
  EXPECT_EQ(usageErrorOf({"train", "--dataset"}), "--dataset needs a value.");
  std::string known;
  for (const std::string& name : ebm::dataSetNames())
    known += (known.empty() ? "" : ", ") + name;
  EXPECT_EQ(usageErrorOf({"train", "--dataset", "no-such-set"}),
            "There is no data set called \"no-such-set\" (the data sets: " + known + ").");
  EXPECT_EQ(usageErrorOf({"train", "--dataset", "8gaussians", "--columns", "a,b"}),
            "--columns, --label and --skip-lines go with --data FILE.");
  EXPECT_EQ(usageErrorOf({"train", "--data", "x.csv", "--label", "kind"}),
            "--label goes with --columns: choose the x and y columns too (--columns A,B).");
  EXPECT_EQ(usageErrorOf({"train", "--data", "x.csv", "--skip-lines", "-1"}),
            "--skip-lines needs a whole number ≥ 0, not \"-1\".");
  EXPECT_EQ(
      usageErrorOf({"train", "--data", "x.csv", "--columns", "a,,b"}),
      "--columns needs 2 or 3 column names or numbers, separated by commas (x,y or x,y,z), not \"a,,b\".");
}

TEST(CommandLineTrain, MethodsAndTheirFlagsMustFit) {
  EXPECT_EQ(
      usageErrorOf({"train", "--dataset", "8gaussians", "--method", "sgld"}),
      "There is no training method called \"sgld\"; the methods are pcd, cd, dsm, nce, rbm. Labelled data "
      "train a classifier: --method classifier.");
  EXPECT_EQ(usageErrorOf({"train", "--dataset", "moons", "--method", "pcd", "--energy-finetune"}),
            "--energy-finetune fine-tunes a classifier's energy: use it with --method classifier.");
  EXPECT_EQ(usageErrorOf({"train", "--dataset", "moons", "--energy-finetune"}),
            "--energy-finetune fine-tunes a classifier's energy: use it with --method classifier.");
  EXPECT_EQ(usageErrorOf({"train", "--dataset", "8gaussians", "--iterations", "5", "--seconds", "5"}),
            "train takes --iterations or --seconds, not both.");
  EXPECT_EQ(usageErrorOf({"train", "--dataset", "8gaussians", "--bogus"}),
            "train does not know \"--bogus\".");
  EXPECT_EQ(usageErrorOf({"train", "8gaussians"}), "train does not know \"8gaussians\".");
}

TEST(CommandLineTrain, BadNumbersAreRefusedWithTheirReason) {
  const QStringList base = {"train", "--dataset", "8gaussians"};
  const auto refused = [&](const QStringList& more) { return usageErrorOf(base + more); };
  EXPECT_EQ(refused({"--seconds", "inf"}), "--seconds needs a positive number, not \"inf\".");
  EXPECT_EQ(refused({"--seconds", "nan"}), "--seconds needs a positive number, not \"nan\".");
  EXPECT_EQ(refused({"--seconds", "1e300"}), "--seconds needs a positive number, not \"1e300\".");
  EXPECT_EQ(refused({"--seconds", "-1"}), "--seconds needs a positive number, not \"-1\".");
  const std::string iterations = "--iterations needs a whole number from 1 to 100000000, not ";
  EXPECT_EQ(refused({"--iterations", "1e9"}), iterations + "\"1e9\".");
  EXPECT_EQ(refused({"--iterations", "0"}), iterations + "\"0\".");
  EXPECT_EQ(refused({"--iterations", "ten"}), iterations + "\"ten\".");
  EXPECT_EQ(refused({"--iterations", "99999999999999999999"}), iterations + "\"99999999999999999999\".");
  EXPECT_EQ(refused({"--seed", "minus"}), "--seed needs a whole number ≥ 0, not \"minus\".");
  EXPECT_EQ(refused({"--train", "0"}), "--train needs a whole number from 1 to 10000000, not \"0\".");
  EXPECT_EQ(refused({"--held-out", "inf"}),
            "--held-out needs a whole number from 1 to 10000000, not \"inf\".");
  EXPECT_EQ(refused({"--out"}), "--out needs a value.");
  EXPECT_EQ(refused({"--out", "--json"}), "--out needs a value.");
}

// --- solve ---

TEST(CommandLineSolve, APuzzleOrAFileWithTheirOptions) {
  const Command c = parseCommandLine({"solve", kEasy});
  EXPECT_EQ(c.kind, Command::Kind::Solve);
  EXPECT_EQ(c.solve.puzzle, kEasy.toStdString());
  EXPECT_TRUE(c.solve.file.empty());
  EXPECT_EQ(c.solve.method, "tempering");
  EXPECT_EQ(c.solve.seed, 1u);
  EXPECT_EQ(c.solve.timeLimitSeconds, 10);
  EXPECT_FALSE(c.solve.json);
  const Command f = parseCommandLine({"solve", "--file", "hardest.txt", "--method", "potts", "--seed", "5",
                                      "--time-limit", "0.5", "--json"});
  EXPECT_TRUE(f.solve.puzzle.empty());
  EXPECT_EQ(f.solve.file, "hardest.txt");
  EXPECT_EQ(f.solve.method, "potts");
  EXPECT_EQ(f.solve.seed, 5u);
  EXPECT_EQ(f.solve.timeLimitSeconds, 0.5);
  EXPECT_TRUE(f.solve.json);
  // The puzzle itself is checked when it is solved (a bad one exits 1): the parser takes any word.
  EXPECT_EQ(parseCommandLine({"solve", "123"}).solve.puzzle, "123");
}

TEST(CommandLineSolve, NonsenseIsRefusedWithItsReason) {
  const std::string either = "solve needs either a puzzle (81 characters) or --file FILE.";
  EXPECT_EQ(usageErrorOf({"solve"}), either);
  EXPECT_EQ(usageErrorOf({"solve", kEasy, "--file", "x.txt"}), either);
  EXPECT_EQ(usageErrorOf({"solve", kEasy, kEasy}),
            "solve takes one puzzle on the command line (or --file FILE for several).");
  EXPECT_EQ(usageErrorOf({"solve", kEasy, "--method", "backtracking"}),
            "There is no Sudoku method \"backtracking\" (the methods: anneal, tempering, potts).");
  EXPECT_EQ(usageErrorOf({"solve", kEasy, "--method"}), "--method needs a value.");
  const std::string limit = "--time-limit needs a positive number of seconds, not ";
  EXPECT_EQ(usageErrorOf({"solve", kEasy, "--time-limit", "-1"}), limit + "\"-1\".");
  EXPECT_EQ(usageErrorOf({"solve", kEasy, "--time-limit", "inf"}), limit + "\"inf\".");
  EXPECT_EQ(usageErrorOf({"solve", kEasy, "--time-limit", "2e6"}), limit + "\"2e6\".");
  EXPECT_EQ(usageErrorOf({"solve", kEasy, "--seed", "seven"}),
            "--seed needs a whole number ≥ 0, not \"seven\".");
  EXPECT_EQ(usageErrorOf({"solve", kEasy, "--fast"}), "solve does not know \"--fast\".");
}

// --- hopfield ---

TEST(CommandLineHopfield, TheCapacityExperimentWithItsOptions) {
  const Command c = parseCommandLine({"hopfield", "--capacity"});
  EXPECT_EQ(c.kind, Command::Kind::Hopfield);
  EXPECT_TRUE(c.hopfield.capacity);
  EXPECT_EQ(c.hopfield.neurons, 1000);
  EXPECT_EQ(c.hopfield.seed, 1u);
  EXPECT_FALSE(c.hopfield.json);
  const Command all =
      parseCommandLine({"hopfield", "--neurons", "500", "--capacity", "--seed", "3", "--json"});
  EXPECT_EQ(all.hopfield.neurons, 500);
  EXPECT_EQ(all.hopfield.seed, 3u);
  EXPECT_TRUE(all.hopfield.json);
}

TEST(CommandLineHopfield, NonsenseIsRefusedWithItsReason) {
  EXPECT_EQ(usageErrorOf({"hopfield"}), "hopfield needs --capacity (the experiment to run).");
  EXPECT_EQ(usageErrorOf({"hopfield", "--json"}), "hopfield needs --capacity (the experiment to run).");
  const std::string neurons = "--neurons needs a whole number from 10 to 20000, not ";
  EXPECT_EQ(usageErrorOf({"hopfield", "--capacity", "--neurons", "5"}), neurons + "\"5\".");
  EXPECT_EQ(usageErrorOf({"hopfield", "--capacity", "--neurons", "20001"}), neurons + "\"20001\".");
  EXPECT_EQ(usageErrorOf({"hopfield", "--capacity", "--neurons", "many"}), neurons + "\"many\".");
  EXPECT_EQ(usageErrorOf({"hopfield", "--capacity", "--neurons"}), "--neurons needs a value.");
  EXPECT_EQ(usageErrorOf({"hopfield", "--capacity", "--seed", "x"}),
            "--seed needs a whole number ≥ 0, not \"x\".");
  EXPECT_EQ(usageErrorOf({"hopfield", "--capacity", "--temperature", "1"}),
            "hopfield does not know \"--temperature\".");
  EXPECT_EQ(usageErrorOf({"hopfield", "--capacity", "1000"}), "hopfield does not know \"1000\".");
}

}  // namespace
