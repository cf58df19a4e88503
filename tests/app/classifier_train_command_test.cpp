// `ebmscape train --method classifier` end to end: accuracy and both detectors' AUROC and FPR95 on held-out
// data (fixed seeds); with --energy-finetune the energy's FPR95 is no worse than the softmax's; unlabelled
// data are refused (misplaced flags: headless_command_arguments_test.cpp).
#include <gtest/gtest.h>

#include "run_ebmscape.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

using ebmtest::parseJsonObject;
using ebmtest::ProcessResult;
using ebmtest::runEbmscape;

void expectRates(const QJsonObject& r) {
  for (const char* key : {"accuracy", "auroc_energy", "auroc_softmax", "fpr95_energy", "fpr95_softmax"}) {
    ASSERT_TRUE(r.contains(QLatin1String(key))) << key;
    EXPECT_GE(r[QLatin1String(key)].toDouble(), 0.0) << key;
    EXPECT_LE(r[QLatin1String(key)].toDouble(), 1.0) << key;
  }
}

TEST(ClassifierTrainCommand, PrintsAccuracyAndBothDetectors) {
  const ProcessResult run = runEbmscape({"train", "--dataset", "three-blobs", "--method", "classifier",
                                         "--train", "4000", "--held-out", "1000", "--seed", "3", "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject r = parseJsonObject(run.out);
  expectRates(r);
  EXPECT_EQ(r["method"].toString(), QStringLiteral("classifier"));
  EXPECT_EQ(r["classes"].toInt(), 3);
  EXPECT_EQ(r["iterations"].toInt(), 2000);
  EXPECT_GT(r["accuracy"].toDouble(), 0.98);
  EXPECT_FALSE(r.contains(QStringLiteral("beforeFinetune")));
  // The same seed gives the same numbers.
  const ProcessResult again = runEbmscape({"train", "--dataset", "three-blobs", "--method", "classifier",
                                           "--train", "4000", "--held-out", "1000", "--seed", "3", "--json"});
  EXPECT_EQ(parseJsonObject(again.out)["fpr95_energy"].toDouble(), r["fpr95_energy"].toDouble());
}

TEST(ClassifierTrainCommand, EnergyFineTuningMakesTheEnergyNoWorseThanTheSoftmax) {
  QTemporaryDir dir;
  const QString model = dir.filePath(QStringLiteral("classifier.json"));
  const ProcessResult run =
      runEbmscape({"train", "--dataset", "three-blobs", "--method", "classifier", "--energy-finetune",
                   "--train", "4000", "--held-out", "1000", "--seed", "3", "--out", model, "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject r = parseJsonObject(run.out);
  expectRates(r);
  expectRates(r["beforeFinetune"].toObject());
  EXPECT_LE(r["fpr95_energy"].toDouble(), r["fpr95_softmax"].toDouble());
  EXPECT_LT(r["fpr95_energy"].toDouble(), r["beforeFinetune"].toObject()["fpr95_energy"].toDouble());
  EXPECT_GT(r["auroc_energy"].toDouble(), 0.95);
  EXPECT_GT(r["accuracy"].toDouble(), 0.98);
  QFile file(model);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QJsonObject saved = parseJsonObject(QString::fromUtf8(file.readAll()));
  EXPECT_EQ(saved["energy"].toObject()["type"].toString(), QStringLiteral("classifier"));
  EXPECT_EQ(saved["training"].toObject()["energyWeight"].toDouble(), 0.1);
}

TEST(ClassifierTrainCommand, RefusesUnlabelledDataAndReportsForPeople) {
  const ProcessResult unlabelled = runEbmscape(
      {"train", "--dataset", "swissroll", "--method", "classifier", "--train", "500", "--held-out", "100"});
  EXPECT_EQ(unlabelled.exitCode, 1);
  EXPECT_TRUE(unlabelled.err.contains(QStringLiteral("labelled"))) << unlabelled.err.toStdString();
  const ProcessResult people = runEbmscape({"train", "--dataset", "moons", "--method", "classifier",
                                            "--iterations", "50", "--train", "1000", "--held-out", "200"});
  ASSERT_EQ(people.exitCode, 0) << people.err.toStdString();
  EXPECT_TRUE(people.out.contains(QStringLiteral("max-softmax"))) << people.out.toStdString();
}

}  // namespace
