// `ebmscape train` end to end: a short run of every method prints valid JSON with a finite held-out NLL,
// --out writes a loadable model (and nothing when training fails), and Ctrl-C keeps what was learned (bad
// flags: headless_command_arguments_test.cpp).
#include <gtest/gtest.h>

#include "run_ebmscape.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>
#include <csignal>
#include <thread>

namespace {

using ebmtest::parseJsonObject;
using ebmtest::ProcessResult;
using ebmtest::runEbmscape;

// A few iterations of each method on small 8gaussians data: seconds in all.
TEST(TrainCommand, EveryMethodPrintsJsonWithAFiniteHeldOutNll) {
  for (const char* method : {"pcd", "cd", "dsm", "nce", "rbm"}) {
    const ProcessResult run =
        runEbmscape({"train", "--dataset", "8gaussians", "--method", method, "--iterations", "15", "--train",
                     "2000", "--held-out", "500", "--json"});
    ASSERT_EQ(run.exitCode, 0) << method << ": " << run.err.toStdString();
    const QJsonObject r = parseJsonObject(run.out.trimmed());
    EXPECT_EQ(r["method"].toString(), QString::fromLatin1(method));
    EXPECT_EQ(r["dataset"].toString(), QStringLiteral("8gaussians"));
    EXPECT_EQ(r["iterations"].toInt(), 15);
    EXPECT_TRUE(std::isfinite(r["heldOutNll"].toDouble())) << run.out.toStdString();
    EXPECT_TRUE(r.contains("heldOutNll"));
    EXPECT_NEAR(r["trueEntropy"].toDouble(), 2.83, 0.02);
    EXPECT_NEAR(r["gap"].toDouble(), r["heldOutNll"].toDouble() - r["trueEntropy"].toDouble(), 1e-3);
    EXPECT_EQ(r["trainPoints"].toInt(), 2000);
    EXPECT_EQ(r["heldOutPoints"].toInt(), 500);
    // Progress went to stderr as plain lines (not a terminal), never to stdout.
    EXPECT_TRUE(run.err.contains(QStringLiteral("iteration"))) << run.err.toStdString();
  }
}

TEST(TrainCommand, OutWritesALoadableModelAndReportsForPeople) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("rbm.json"));
  const ProcessResult run = runEbmscape({"train", "--dataset", "moons", "--method", "rbm", "--iterations",
                                         "50", "--train", "1000", "--held-out", "200", "--out", path});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("held-out NLL"))) << run.out.toStdString();
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QJsonObject model = parseJsonObject(QString::fromUtf8(file.readAll()));
  EXPECT_EQ(model["format"].toString(), QStringLiteral("ebmscape-model"));
  EXPECT_EQ(model["energy"].toObject()["type"].toString(), QStringLiteral("rbm"));
  EXPECT_EQ(model["training"].toObject()["method"].toString(), QStringLiteral("rbm"));
  EXPECT_TRUE(model["metrics"].toObject().contains(QStringLiteral("heldOutNll")));
  EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1) << "a temporary file was left behind";
}

TEST(TrainCommand, TrainsOnAPointFile) {
  QTemporaryDir dir;
  const QString csv = dir.filePath(QStringLiteral("points.csv"));
  QFile file(csv);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("x,y\n");
  for (int i = 0; i < 400; ++i)
    file.write(QStringLiteral("%1,%2\n").arg(std::sin(i * 1.3) * 2).arg(std::cos(i * 0.7)).toUtf8());
  file.close();
  const ProcessResult run =
      runEbmscape({"train", "--data", csv, "--method", "dsm", "--iterations", "10", "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject r = parseJsonObject(run.out.trimmed());
  EXPECT_EQ(r["heldOutPoints"].toInt(), 80);
  EXPECT_EQ(r["trainPoints"].toInt(), 320);
  EXPECT_TRUE(r["trueEntropy"].isNull());
  EXPECT_TRUE(std::isfinite(r["heldOutNll"].toDouble()));
}

QString testData(const char* name) {
  return QDir(QStringLiteral(EBMSCAPE_TEST_DATA_DIR)).filePath(QString::fromLatin1(name));
}

TEST(TrainCommand, TrainsOnChosenColumnsOfPalmerPenguinsSkippingMissingValues) {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("penguins-model.json"));
  const ProcessResult run =
      runEbmscape({"train", "--data", testData("penguins-excerpt.csv"), "--columns",
                   "bill_length_mm,flipper_length_mm", "--label", "species", "--method", "dsm",
                   "--iterations", "10", "--held-out", "6", "--out", out, "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject r = parseJsonObject(run.out.trimmed());
  EXPECT_EQ(r["skippedRows"].toInt(), 2);
  EXPECT_EQ(r["skippedLines"].toArray().size(), 2);
  EXPECT_EQ(r["skippedLines"].toArray()[0].toInt(), 5);
  EXPECT_EQ(r["skippedLines"].toArray()[1].toInt(), 22);
  EXPECT_EQ(r["trainPoints"].toInt() + r["heldOutPoints"].toInt(), 34);
  EXPECT_EQ(r["columns"].toArray()[1].toString(), QStringLiteral("flipper_length_mm"));
  EXPECT_EQ(r["nllUnits"].toString(), QStringLiteral("bill_length_mm × flipper_length_mm"));
  // The NLL is in square millimetres: the standardization's log-Jacobian, Σ log scale, is part of it.
  const QJsonArray scale = r["standardization"].toObject()["scale"].toArray();
  EXPECT_NEAR(r["logJacobian"].toDouble(), std::log(scale[0].toDouble() * scale[1].toDouble()), 1e-9);
  EXPECT_GT(scale[1].toDouble(), 5.0);
  EXPECT_TRUE(std::isfinite(r["heldOutNll"].toDouble()));
  // The model file keeps the standardization the network reads its inputs through.
  QFile file(out);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QJsonObject model = parseJsonObject(QString::fromUtf8(file.readAll()));
  EXPECT_EQ(model["normalization"].toObject()["scale"].toArray(), scale);
  EXPECT_EQ(model["normalization"].toObject()["shift"].toArray(),
            r["standardization"].toObject()["shift"].toArray());
  // For people: the skipped rows and the units of the NLL.
  const ProcessResult people =
      runEbmscape({"train", "--data", testData("penguins-excerpt.csv"), "--columns", "3,5", "--method", "dsm",
                   "--iterations", "5", "--held-out", "6"});
  ASSERT_EQ(people.exitCode, 0) << people.err.toStdString();
  EXPECT_TRUE(people.out.contains(QStringLiteral("Skipped 2 rows with a missing value (lines 5, 22).")))
      << people.out.toStdString();
  EXPECT_TRUE(people.out.contains(QStringLiteral("in the file's units (bill_length_mm × flipper_length_mm)")))
      << people.out.toStdString();
}

TEST(TrainCommand, SkipsScikitLearnsSummaryLine) {
  const ProcessResult run =
      runEbmscape({"train", "--data", testData("iris-excerpt.csv"), "--skip-lines", "1", "--columns", "1,3",
                   "--label", "5", "--method", "nce", "--iterations", "5", "--held-out", "6", "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject r = parseJsonObject(run.out.trimmed());
  EXPECT_EQ(r["trainPoints"].toInt() + r["heldOutPoints"].toInt(), 30);
  EXPECT_EQ(r["skippedRows"].toInt(), 0);
  EXPECT_EQ(r["columns"].toArray()[0].toString(), QStringLiteral("column 1"));
}

TEST(TrainCommand, AFileWithManyColumnsAndNoChoiceSaysHowToChoose) {
  const ProcessResult run =
      runEbmscape({"train", "--data", testData("penguins-excerpt.csv"), "--iterations", "5"});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_TRUE(run.err.contains(QStringLiteral("8 columns (species, island, bill_length_mm")) &&
              run.err.contains(QStringLiteral("--columns A,B[,C]")))
      << run.err.toStdString();
  const ProcessResult unknown = runEbmscape({"train", "--data", testData("penguins-excerpt.csv"), "--columns",
                                             "bill_length_mm,wing_mm", "--iterations", "5"});
  EXPECT_EQ(unknown.exitCode, 1);
  EXPECT_TRUE(unknown.err.contains(QStringLiteral("line 1: the y column \"wing_mm\" is not in the header")))
      << unknown.err.toStdString();
}

TEST(TrainCommand, UnreadableDataFailsWithoutLeavingAModel) {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("m.json"));
  const ProcessResult run =
      runEbmscape({"train", "--data", dir.filePath(QStringLiteral("none.csv")), "--out", out});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_FALSE(run.err.isEmpty());
  EXPECT_FALSE(QFile::exists(out));
}

TEST(TrainCommand, CtrlCStopsCleanlyAndKeepsWhatWasLearned) {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("stopped.json"));
  ebmtest::TestProcess process({"train", "--dataset", "8gaussians", "--method", "dsm", "--iterations",
                                "10000000", "--train", "2000", "--held-out", "500", "--json", "--out", out});
  ASSERT_TRUE(process.started());
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  ASSERT_TRUE(process.signal(SIGINT));
  const ProcessResult run = process.finish(30000);
  ASSERT_TRUE(run.finished);
  EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject r = parseJsonObject(run.out);
  EXPECT_EQ(r["termination"].toString(), QStringLiteral("interrupted"));
  EXPECT_GT(r["iterations"].toInt(), 0);
  EXPECT_TRUE(std::isfinite(r["heldOutNll"].toDouble()));
  EXPECT_TRUE(QFile::exists(out));
}

}  // namespace
