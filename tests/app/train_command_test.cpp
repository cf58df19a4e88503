// `ebmscape train` end to end: a short run of every method prints valid JSON with a finite held-out NLL,
// --out writes a loadable model (and nothing when training fails), and bad flags exit 2 with the usage.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>
#include <csignal>
#include <thread>

namespace {

struct ProcessResult {
  int exitCode = -1;
  QString out, err;
};

ProcessResult ebmscape(const QStringList& arguments, int timeoutMs = 120000) {
  QProcess process;
  process.start(QStringLiteral(EBMSCAPE_BINARY), arguments);
  EXPECT_TRUE(process.waitForFinished(timeoutMs)) << "ebmscape did not finish";
  ProcessResult run;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
  run.err = QString::fromLocal8Bit(process.readAllStandardError());
  return run;
}

QJsonObject parseJson(const QString& text) {
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
  EXPECT_EQ(error.error, QJsonParseError::NoError) << text.toStdString();
  EXPECT_TRUE(document.isObject()) << text.toStdString();
  return document.object();
}

// A few iterations of each method on small 8gaussians data: seconds in all.
TEST(TrainCommand, EveryMethodPrintsJsonWithAFiniteHeldOutNll) {
  for (const char* method : {"pcd", "cd", "dsm", "nce", "rbm"}) {
    const ProcessResult run =
        ebmscape({"train", "--dataset", "8gaussians", "--method", method, "--iterations", "15", "--train",
                  "2000", "--held-out", "500", "--json"});
    ASSERT_EQ(run.exitCode, 0) << method << ": " << run.err.toStdString();
    const QJsonObject r = parseJson(run.out.trimmed());
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
  const ProcessResult run = ebmscape({"train", "--dataset", "moons", "--method", "rbm", "--iterations", "50",
                                      "--train", "1000", "--held-out", "200", "--out", path});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("held-out NLL"))) << run.out.toStdString();
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly));
  const QJsonObject model = parseJson(QString::fromUtf8(file.readAll()));
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
      ebmscape({"train", "--data", csv, "--method", "dsm", "--iterations", "10", "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject r = parseJson(run.out.trimmed());
  EXPECT_EQ(r["heldOutPoints"].toInt(), 80);
  EXPECT_EQ(r["trainPoints"].toInt(), 320);
  EXPECT_TRUE(r["trueEntropy"].isNull());
  EXPECT_TRUE(std::isfinite(r["heldOutNll"].toDouble()));
}

TEST(TrainCommand, UnreadableDataFailsWithoutLeavingAModel) {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("m.json"));
  const ProcessResult run =
      ebmscape({"train", "--data", dir.filePath(QStringLiteral("none.csv")), "--out", out});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_FALSE(run.err.isEmpty());
  EXPECT_FALSE(QFile::exists(out));
}

TEST(TrainCommand, CtrlCStopsCleanlyAndKeepsWhatWasLearned) {
  QTemporaryDir dir;
  const QString out = dir.filePath(QStringLiteral("stopped.json"));
  QProcess process;
  process.start(QStringLiteral(EBMSCAPE_BINARY),
                {"train", "--dataset", "8gaussians", "--method", "dsm", "--iterations", "10000000", "--train",
                 "2000", "--held-out", "500", "--json", "--out", out});
  ASSERT_TRUE(process.waitForStarted());
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  ASSERT_EQ(::kill(pid_t(process.processId()), SIGINT), 0);
  ASSERT_TRUE(process.waitForFinished(30000));
  EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
  EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
  const QJsonObject r = parseJson(QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed());
  EXPECT_EQ(r["termination"].toString(), QStringLiteral("interrupted"));
  EXPECT_GT(r["iterations"].toInt(), 0);
  EXPECT_TRUE(std::isfinite(r["heldOutNll"].toDouble()));
  EXPECT_TRUE(QFile::exists(out));
}

TEST(TrainCommand, BadFlagsExitTwoWithTheUsage) {
  const QList<QStringList> bad = {
      {"train"},
      {"train", "--dataset", "8gaussians", "--bogus"},
      {"train", "--dataset", "no-such-set"},
      {"train", "--dataset", "8gaussians", "--method", "sgld"},
      {"train", "--dataset", "8gaussians", "--iterations", "0"},
      {"train", "--dataset", "8gaussians", "--iterations", "ten"},
      {"train", "--dataset", "8gaussians", "--seconds", "-1"},
      {"train", "--dataset", "8gaussians", "--iterations", "5", "--seconds", "5"},
      {"train", "--dataset", "8gaussians", "--data", "x.csv"},
      {"train", "--dataset"},
  };
  for (const QStringList& arguments : bad) {
    const ProcessResult run = ebmscape(arguments);
    EXPECT_EQ(run.exitCode, 2) << arguments.join(' ').toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("Usage:"))) << arguments.join(' ').toStdString();
  }
  EXPECT_TRUE(ebmscape({"--help"}).out.contains(QStringLiteral("ebmscape train")));
}

}  // namespace
