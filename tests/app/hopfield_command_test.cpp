// `ebmscape hopfield --capacity` end to end: the JSON has the curve and α_c near the classical load, the text
// says α_c (flags that do not fit: headless_command_arguments_test.cpp).
#include <gtest/gtest.h>

#include "run_ebmscape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using ebmtest::ProcessResult;
using ebmtest::runEbmscape;

TEST(HopfieldCommand, JsonHasTheCurveAndACriticalLoadNearTheClassicalOne) {
  const ProcessResult run =
      runEbmscape({"hopfield", "--neurons", "500", "--capacity", "--seed", "3", "--json"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  QJsonParseError error;
  const QJsonObject r = QJsonDocument::fromJson(run.out.trimmed().toUtf8(), &error).object();
  ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
  EXPECT_EQ(r["neurons"].toInt(), 500);
  EXPECT_GE(r["alpha_c"].toDouble(), 0.09);
  EXPECT_LE(r["alpha_c"].toDouble(), 0.19);
  const QJsonArray curve = r["curve"].toArray();
  ASSERT_EQ(curve.size(), 24);  // α = 0.02 … 0.25
  EXPECT_DOUBLE_EQ(curve[0].toArray()[0].toDouble(), 0.02);
  EXPECT_GT(curve[0].toArray()[1].toDouble(), 0.99);
  EXPECT_LT(curve[23].toArray()[1].toDouble(), 0.9);
}

TEST(HopfieldCommand, TextNamesTheCriticalLoad) {
  const ProcessResult run = runEbmscape({"hopfield", "--capacity", "--neurons", "200"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  EXPECT_TRUE(run.out.contains(QStringLiteral("α_c = "))) << run.out.toStdString();
}

}  // namespace
