// `ebmscape solve` end to end: puzzles on the command line or in files, plain and JSON output, every method,
// and the exit codes — 0 only when every puzzle was solved, 1 for bad puzzles and puzzles without a solution
// (a command line that does not fit the usage: headless_command_arguments_test.cpp).
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "run_ebmscape.h"

namespace {

using ebmtest::parseJsonObject;

using ebmtest::runEbmscape;

const QString kEscargot =
    QStringLiteral("1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..");
const QString kEscargotSolution =
    QStringLiteral("162857493534129678789643521475312986913586742628794135356478219241935867897261354");
const QString kEasy =
    QStringLiteral("53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79");
// Clues that do not clash, singles that see no contradiction, and no solution.
const QString kNoSolution =
    QStringLiteral("4.....8.5.3..........7......2.....6.....8.5......1.......6.3.7.5..2.....1.4......");

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents) {
  const QString path = dir.filePath(name);
  QFile file(path);
  EXPECT_TRUE(file.open(QIODevice::WriteOnly));
  file.write(contents);
  return path;
}

TEST(SolveCommand, SolvesAPuzzleAndPrintsTheGridTimeSweepsAndEnergy) {
  const auto run = runEbmscape({"solve", kEscargot});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_TRUE(run.out.startsWith(QStringLiteral("1 6 2 | 8 5 7 | 4 9 3\n5 3 4 | 1 2 9 | 6 7 8\n")))
      << run.out.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("------+-------+------")));
  EXPECT_TRUE(run.out.contains(QStringLiteral("solved in "))) << run.out.toStdString();
  EXPECT_TRUE(
      run.out.contains(QStringLiteral(" sweeps of parallel tempering, energy 0 (propagation fixed ")));
  EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST(SolveCommand, JsonHasEveryPuzzleAndASummary) {
  const auto run =
      runEbmscape({"solve", kEscargot + QStringLiteral("  # AI Escargot"), "--json", "--seed", "3"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject out = parseJsonObject(run.out);
  const QJsonArray puzzles = out["puzzles"].toArray();
  ASSERT_EQ(puzzles.size(), 1);
  const QJsonObject p = puzzles[0].toObject();
  EXPECT_EQ(p["index"].toInt(), 1);
  EXPECT_TRUE(p["solved"].toBool());
  EXPECT_EQ(p["solution"].toString(), kEscargotSolution);
  EXPECT_GT(p["seconds"].toDouble(), 0);
  EXPECT_GT(p["sweeps"].toInt(), 0);
  EXPECT_EQ(p["energy"].toInt(), 0);
  const QJsonObject summary = out["summary"].toObject();
  EXPECT_EQ(summary["solved"].toInt(), 1);
  EXPECT_EQ(summary["total"].toInt(), 1);
  EXPECT_EQ(summary["median_seconds"].toDouble(), p["seconds"].toDouble());
  EXPECT_EQ(summary["p95_seconds"].toDouble(), p["seconds"].toDouble());
  EXPECT_EQ(summary["max_seconds"].toDouble(), p["seconds"].toDouble());
}

TEST(SolveCommand, SolvesAFileOfTheHardestPuzzles) {
  const auto run =
      runEbmscape({"solve", "--file", QStringLiteral(EBMSCAPE_SUDOKU_DIR "/hardest.txt"), "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QJsonObject out = parseJsonObject(run.out);
  EXPECT_EQ(out["summary"].toObject()["solved"].toInt(), 4);
  EXPECT_EQ(out["summary"].toObject()["total"].toInt(), 4);
  const QJsonArray puzzles = out["puzzles"].toArray();
  ASSERT_EQ(puzzles.size(), 4);
  EXPECT_EQ(puzzles[0].toObject()["solution"].toString(), kEscargotSolution);
  EXPECT_EQ(puzzles[3].toObject()["line"].toInt(), 4);
  EXPECT_LE(out["summary"].toObject()["median_seconds"].toDouble(),
            out["summary"].toObject()["max_seconds"].toDouble());
}

TEST(SolveCommand, EveryMethodSolvesAndTheSameSeedGivesTheSameAnswer) {
  for (const char* method : {"anneal", "tempering", "potts"}) {
    const auto run = runEbmscape({"solve", kEasy, "--method", method, "--json"});
    ASSERT_EQ(run.exitCode, 0) << method << ": " << run.err.toStdString();
    EXPECT_TRUE(parseJsonObject(run.out)["puzzles"].toArray()[0].toObject()["solved"].toBool()) << method;
  }
  // An empty grid has many solutions: any one is an answer, and a seed picks the same one again.
  const QString empty(81, '.');
  const auto first = runEbmscape({"solve", empty, "--json", "--seed", "5"});
  const auto again = runEbmscape({"solve", empty, "--json", "--seed", "5"});
  ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
  const QString solution =
      parseJsonObject(first.out)["puzzles"].toArray()[0].toObject()["solution"].toString();
  EXPECT_EQ(solution.size(), 81);
  EXPECT_EQ(parseJsonObject(again.out)["puzzles"].toArray()[0].toObject()["solution"].toString(), solution);
}

TEST(SolveCommand, FilesWithCommentsByteOrderMarkAndCrLfAreRead) {
  QTemporaryDir dir;
  const QString path =
      writeFile(dir, QStringLiteral("set.txt"),
                "\xEF\xBB\xBF" + kEasy.toLatin1() + " easy\r\n\r\n" + kEscargot.toLatin1() + "\r\n");
  const auto run = runEbmscape({"solve", "--file", path});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("Puzzle 1 (line 1):")));
  EXPECT_TRUE(run.out.contains(QStringLiteral("Puzzle 2 (line 3):")));
  EXPECT_TRUE(run.out.contains(QStringLiteral("Solved 2 of 2 puzzles: median "))) << run.out.toStdString();
}

TEST(SolveCommand, BadPuzzlesAreRefusedWithAMessageAndExitOne) {
  QTemporaryDir dir;
  struct Case {
    QStringList arguments;
    QString message;
  };
  const QString clash = QStringLiteral("55") + QString(79, '.');
  const std::vector<Case> cases = {
      {{"solve", kEasy.left(80)}, "The puzzle has 80 characters; a puzzle needs 81"},
      {{"solve", kEasy.left(10) + "x" + kEasy.mid(11)}, "character 11 (row 2, column 2) is 'x'"},
      {{"solve", clash}, "the clues clash — row 1 holds two 5s (columns 1 and 2)"},
      {{"solve", "--file", writeFile(dir, "empty.txt", "")}, "holds no puzzle: it is empty."},
      {{"solve", "--file", writeFile(dir, "junk.bin", QByteArray("\x00\x01\x02\xff", 4))},
       "is not a text file of puzzles: it holds binary data"},
      {{"solve", "--file", writeFile(dir, "short.txt", kEasy.toLatin1() + "\n123\n")},
       "short.txt line 2 has 3 characters"},
      {{"solve", "--file", dir.filePath("missing.txt")}, "Cannot open the puzzle file"},
  };
  for (const Case& c : cases) {
    const auto run = runEbmscape(c.arguments);
    EXPECT_EQ(run.exitCode, 1) << c.arguments.join(' ').toStdString();
    EXPECT_TRUE(run.err.contains(c.message)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty()) << "nothing is solved when the input is bad";
  }
}

TEST(SolveCommand, APuzzleWithoutSolutionEndsAtItsTimeLimitWithExitOne) {
  const auto run = runEbmscape({"solve", kNoSolution, "--time-limit", "0.5"});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_LT(run.seconds, 5.0);
  EXPECT_TRUE(run.out.contains(QStringLiteral("No solution found within 0.5 s"))) << run.out.toStdString();
  EXPECT_TRUE(run.err.contains(QStringLiteral("ebmscape: No solution found within 0.5 s")))
      << run.err.toStdString();
  const auto json = runEbmscape({"solve", kNoSolution, "--time-limit", "0.3", "--json"});
  EXPECT_EQ(json.exitCode, 1);
  const QJsonObject p = parseJsonObject(json.out)["puzzles"].toArray()[0].toObject();
  EXPECT_FALSE(p["solved"].toBool());
  EXPECT_TRUE(p["solution"].isNull());
  EXPECT_GT(p["energy"].toInt(), 0);
  EXPECT_EQ(parseJsonObject(json.out)["summary"].toObject()["solved"].toInt(), 0);
}

TEST(SolveCommand, AContradictionFoundByPropagationEndsAtOnce) {
  QString puzzle = QStringLiteral("12345678.") + QString(72, '.');
  puzzle[5 * 9 + 8] = '9';
  const auto run = runEbmscape({"solve", puzzle});
  EXPECT_EQ(run.exitCode, 1);
  EXPECT_LT(run.seconds, 5.0);
  EXPECT_TRUE(run.err.contains(QStringLiteral("No solution: row 1, column 9 can hold no digit")))
      << run.err.toStdString();
}

}  // namespace
