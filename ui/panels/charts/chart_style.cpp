#include "panels/charts/chart_style.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>

namespace ebmui {

void styleChart(QChart* chart, const QString& title) {
  chart->setTheme(QChart::ChartThemeDark);
  chart->setBackgroundBrush(QColor(28, 31, 38));
  chart->setTitle(title);
  QFont font = chart->titleFont();
  font.setPointSizeF(font.pointSizeF() * 0.95);
  font.setBold(true);
  chart->setTitleFont(font);
  chart->legend()->setAlignment(Qt::AlignTop);
  // A line's legend entry is a piece of the line, dash pattern and all, not a block of its colour.
  chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
  chart->setMargins(QMargins(4, 2, 4, 2));
  chart->setAnimationOptions(QChart::NoAnimation);
}

void styleAxis(QAbstractAxis* axis) {
  QFont font = axis->labelsFont();
  font.setPointSizeF(font.pointSizeF() * 0.85);
  axis->setLabelsFont(font);
  axis->setTitleFont(font);
  axis->setGridLineColor(QColor(70, 75, 85));
}

}  // namespace ebmui
