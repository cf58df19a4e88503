// A small line chart of histories against the training step: a few named series, drawn as at most a few
// hundred bucket means each, and dashed horizontal reference lines (a bound, the value of an ideal model).
#pragma once

#include <QtCharts/QChartView>
#include <vector>

QT_BEGIN_NAMESPACE
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace ebmui {

/// At most `most` points for a chart a few hundred pixels wide: the means of equal buckets of (x, y), NaN
/// entries ("not measured at this step") left out. Stroking thousands of antialiased points in software took
/// a third of the GUI thread while training.
[[nodiscard]] QList<QPointF> bucketMeans(const std::vector<double>& x, const std::vector<double>& y,
                                         std::size_t most);

class HistoryChart : public QChartView {
  Q_OBJECT
 public:
  HistoryChart(const QString& title, const QString& tooltip, QWidget* parent = nullptr);

  /// Adds a series (solid) or a reference line (dashed, horizontal); returns its index.
  int addSeries(const QString& name, const QColor& color);
  int addReference(const QString& name, const QColor& color);

  void setSeries(int index, const std::vector<double>& x, const std::vector<double>& y);
  /// The reference's height (NaN hides it).
  void setReference(int index, double y);
  /// Fits the axes to everything shown (x from 0).
  void rescale();
  void clear();
  [[nodiscard]] int points(int index) const;

 private:
  struct Line {
    QLineSeries* series = nullptr;
    bool reference = false;
    double level = 0;
  };
  static constexpr std::size_t kChartPoints = 300;

  std::vector<Line> lines_;
  QValueAxis* x_;
  QValueAxis* y_;
};

}  // namespace ebmui
