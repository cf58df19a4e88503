// Chart texts read whole at the window's default sizes (issue 20: "crossings / particle / s…", "energy
// thresh…"): Qt Charts cuts a title, axis title or legend entry that has no room with "...".
#include <gtest/gtest.h>

#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTabWidget>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include "main_window.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

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

class ChartTextsTest : public ebmtest::WalkthroughFixture {
 protected:
  // The window at each default size (1600 × 1000, then 1500 × 900): no visible chart text is cut.
  void expectWholeTextsAtDefaultSizes(const QString& shot) {
    for (const QSize size : {QSize(1600, 1000), QSize(1500, 900)}) {
      window_->resize(size);
      waitFrames(2);
      QTest::qWait(100);
      window_->screenshot().save(shot.arg(size.width()).arg(size.height()));
      const QStringList cut = cutChartTexts(window_.get());
      EXPECT_TRUE(cut.isEmpty()) << size.width() << "x" << size.height() << ": "
                                 << cut.join(QStringLiteral(" | ")).toStdString();
    }
  }
};

TEST_F(ChartTextsTest, TheSamplerChartsReadWhole) {
  open(QStringLiteral("energy-and-probability"));
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
  expectWholeTextsAtDefaultSizes(QStringLiteral("/tmp/chart-texts-sampler-%1x%2.png"));
}

TEST_F(ChartTextsTest, TheRocChartReadsWhole) {
  open(QStringLiteral("anomaly-detection"));
  window_->panels()->setCurrentIndex(5);
  expectWholeTextsAtDefaultSizes(QStringLiteral("/tmp/chart-texts-roc-%1x%2.png"));
}

}  // namespace
}  // namespace ebmui
