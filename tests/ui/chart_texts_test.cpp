// Chart texts read whole at the window's default sizes (issue 20: "crossings / particle / s…", "energy
// thresh…"): Qt Charts cuts a title, axis title or legend entry that has no room with "...".
#include <gtest/gtest.h>

#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTabWidget>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <string>

#include "main_window.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

using ChartTextsTest = ebmtest::WalkthroughFixture;

// The texts of the visible charts under `root` that Qt Charts had to cut.
QStringList cutChartTexts(QWidget* root) {
  QStringList cut;
  for (auto* view : root->findChildren<QChartView*>()) {
    if (!view->isVisible()) continue;
    for (QGraphicsItem* item : view->scene()->items()) {
      if (!item->isVisible()) continue;
      QString text;
      if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item)) text = rich->toPlainText();
      if (auto* plain = dynamic_cast<QGraphicsSimpleTextItem*>(item)) text = plain->text();
      if (text.endsWith(QStringLiteral("...")) || text.endsWith(QChar(0x2026)))
        cut << view->chart()->title() + QStringLiteral(": ") + text;
    }
  }
  return cut;
}

class ChartTextsAtSize : public ChartTextsTest, public ::testing::WithParamInterface<QSize> {};

TEST_P(ChartTextsAtSize, TheSamplerChartsReadWhole) {
  open(QStringLiteral("energy-and-probability"), GetParam());
  window_->panels()->setCurrentIndex(1);
  // The crossing-rate chart appears once the particles have stayed a while at one temperature.
  QChartView* rates = nullptr;
  for (auto* view : window_->findChildren<QChartView*>()) {
    if (view->chart()->title().startsWith(QStringLiteral("Barrier"))) rates = view;
  }
  ASSERT_TRUE(rates);
  for (int i = 0; i < 200 && !rates->isVisible(); ++i)
    waitFrames(1);
  ASSERT_TRUE(rates->isVisible()) << "the crossing-rate chart never appeared";
  QTest::qWait(100);
  window_->screenshot().save(
      QStringLiteral("/tmp/chart-texts-sampler-%1x%2.png").arg(GetParam().width()).arg(GetParam().height()));
  const QStringList cut = cutChartTexts(window_.get());
  EXPECT_TRUE(cut.isEmpty()) << cut.join(QStringLiteral(" | ")).toStdString();
}

TEST_P(ChartTextsAtSize, TheRocChartReadsWhole) {
  open(QStringLiteral("anomaly-detection"), GetParam());
  window_->panels()->setCurrentIndex(5);
  waitFrames(3);
  window_->screenshot().save(
      QStringLiteral("/tmp/chart-texts-roc-%1x%2.png").arg(GetParam().width()).arg(GetParam().height()));
  const QStringList cut = cutChartTexts(window_.get());
  EXPECT_TRUE(cut.isEmpty()) << cut.join(QStringLiteral(" | ")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(DefaultSizes, ChartTextsAtSize,
                         ::testing::Values(QSize(1500, 900), QSize(1600, 1000)),
                         [](const ::testing::TestParamInfo<QSize>& size) {
                           return std::to_string(size.param.width()) + "x" +
                                  std::to_string(size.param.height());
                         });

}  // namespace
}  // namespace ebmui
