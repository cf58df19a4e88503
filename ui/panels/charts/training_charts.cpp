#include "panels/charts/training_charts.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <cmath>

#include "panels/charts/chart_style.h"
#include "panels/charts/history_chart.h"
#include "style/palette.h"

namespace ebmui {

TrainingCharts::TrainingCharts(QWidget* parent) : QWidget(parent) {
  loss_ = makeChart(tr("Loss"), {tr("loss")}, {palette::seriesColour(0)},
                    tr("The training loss; for PCD it is E(data) − E(negatives) plus the regularizer"));
  energies_ =
      makeChart(tr("Mean energy"), {tr("data"), tr("negatives")}, {palette::kSkyBlue, palette::kNegatives},
                tr("PCD pushes the data's energy down and the negatives' up until the two meet"));
  accuracy_ =
      makeChart(tr("Accuracy"), {tr("batch"), tr("held out")}, {palette::kYellow, palette::kBluishGreen},
                tr("A classifier's share of points given their right class: this iteration's batch, and "
                   "the held-out points it never trains on"));
  likelihood_ =
      makeChart(tr("Held-out NLL (nats)"), {tr("NLL")}, {palette::kBluishGreen},
                tr("Negative log-likelihood of held-out points, exact by quadrature: lower is better"));
  acceptance_ =
      makeChart(tr("Acceptance rate"), {tr("acceptance")}, {palette::kReddishPurple},
                tr("The share of sampler proposals accepted (MALA/HMC); too low means too large a step"));
  placeholder_ = new QLabel(tr("The charts of the loss, the energies and the held-out likelihood fill in as "
                               "training runs."),
                            this);
  placeholder_->setWordWrap(true);
  placeholder_->setObjectName(QStringLiteral("chartsPlaceholder"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(placeholder_);
  for (Chart* c : {&loss_, &energies_, &accuracy_, &likelihood_, &acceptance_})
    layout->addWidget(c->view);
  showOnlyChartsWithData();
}

// An empty chart draws axes numbered "0 0 0 0 1": a chart appears once it has a point. The acceptance rate
// belongs to negatives that pass a Metropolis test, which none of today's methods has, so it stays hidden.
void TrainingCharts::showOnlyChartsWithData() {
  bool any = false;
  for (Chart* c : {&loss_, &energies_, &accuracy_, &likelihood_, &acceptance_}) {
    bool points = false;
    for (QLineSeries* s : c->series)
      points |= s->count() > 0;
    c->view->setVisible(points);
    any |= points;
  }
  placeholder_->setVisible(!any);
}

TrainingCharts::Chart TrainingCharts::makeChart(const QString& title, const QStringList& names,
                                                const QList<palette::Rgb>& colors, const QString& tip) {
  Chart c;
  auto* chart = new QChart;
  styleChart(chart, title);
  c.x = new QValueAxis(chart);
  c.y = new QValueAxis(chart);
  c.x->setLabelFormat(QStringLiteral("%d"));
  styleAxis(c.x);
  styleAxis(c.y);
  chart->addAxis(c.x, Qt::AlignBottom);
  chart->addAxis(c.y, Qt::AlignLeft);
  for (int i = 0; i < names.size(); ++i) {
    auto* s = new QLineSeries(chart);
    s->setName(names[i]);
    // The second line of a chart is dashed: the two differ in more than hue.
    QPen pen(colors[i].qcolor());
    pen.setWidthF(1.6);
    pen.setStyle(palette::seriesDash(i));
    s->setPen(pen);
    chart->addSeries(s);
    s->attachAxis(c.x);
    s->attachAxis(c.y);
    c.series.push_back(s);
  }
  chart->legend()->setVisible(names.size() > 1);
  c.view = new QChartView(chart, this);
  c.view->setRenderHint(QPainter::Antialiasing);
  c.view->setMinimumHeight(130);
  c.view->setToolTip(tip);
  return c;
}

void TrainingCharts::show(Chart& chart, std::size_t series, const std::vector<double>& x,
                          const std::vector<double>& y) {
  chart.series[series]->replace(bucketMeans(x, y, kChartPoints));
}

void TrainingCharts::rescale(Chart& chart) {
  double x0 = 0, x1 = 1, y0 = INFINITY, y1 = -INFINITY;
  for (QLineSeries* s : chart.series) {
    const auto points = s->points();
    for (const QPointF& p : points) {
      x1 = std::max(x1, p.x());
      y0 = std::min(y0, p.y());
      y1 = std::max(y1, p.y());
    }
  }
  if (!(y1 >= y0)) y0 = 0, y1 = 1;
  const double pad = std::max(1e-6, 0.08 * (y1 - y0));
  chart.x->setRange(x0, x1);
  chart.y->setRange(y0 - pad, y1 + pad);
}

// While a run goes on the charts follow it a few times a second (every frame carries the whole history, so
// a skipped frame loses nothing); a run that pauses, ends or starts is shown at once.
void TrainingCharts::showTraining(const ebm::TrainingFrame& t) {
  const bool running = t.state == ebm::TrainingFrame::State::Running;
  if (running && lastState_ == t.state && sinceShown_.isValid() && sinceShown_.elapsed() < kRefreshMs) return;
  lastState_ = t.state;
  sinceShown_.start();
  show(loss_, 0, t.iterations, t.loss);
  show(energies_, 0, t.iterations, t.dataEnergy);
  show(energies_, 1, t.iterations, t.negativeEnergy);
  show(likelihood_, 0, t.iterations, t.heldOutNll);
  show(acceptance_, 0, t.iterations, t.acceptanceRate);
  // A classifier's run: its accuracy, and its energies are of the data and the outliers.
  const bool classifier =
      std::any_of(t.accuracy.begin(), t.accuracy.end(), [](double a) { return std::isfinite(a); });
  energies_.series[1]->setName(classifier ? tr("outliers") : tr("negatives"));
  show(accuracy_, 0, t.iterations, t.accuracy);
  show(accuracy_, 1, t.iterations, t.heldOutAccuracy);
  for (Chart* c : {&loss_, &energies_, &accuracy_, &likelihood_, &acceptance_})
    rescale(*c);
  showOnlyChartsWithData();
}

void TrainingCharts::setUnits(const ebm::DataAxes& axes, int dimension) {
  QString units;
  if (!axes.standardization.identity()) {
    QStringList names;
    for (int axis = 0; axis < dimension; ++axis)
      names << QString::fromStdString(axes.title(axis));
    units = names.join(QStringLiteral(" × "));
  }
  if (units == units_) return;
  units_ = units;
  const QString base = tr("Negative log-likelihood of held-out points, exact by quadrature: lower is better");
  if (units.isEmpty()) {
    likelihood_.view->chart()->setTitle(tr("Held-out NLL (nats)"));
    likelihood_.view->setToolTip(base);
    return;
  }
  likelihood_.view->chart()->setTitle(tr("Held-out NLL (nats, in the data's units)"));
  likelihood_.view->setToolTip(
      base + tr(".\nMeasured in the file's own units (%1): the network learns the standardized points, and "
                "the log-Jacobian of the standardization (Σ log scale = %2) is added, so the number compares "
                "with other models of the same data in these units.")
                 .arg(units)
                 .arg(axes.standardization.logJacobian(), 0, 'f', 3));
}

void TrainingCharts::clear() {
  for (Chart* c : {&loss_, &energies_, &accuracy_, &likelihood_, &acceptance_}) {
    for (QLineSeries* s : c->series)
      s->clear();
  }
  sinceShown_.invalidate();
  showOnlyChartsWithData();
}

int TrainingCharts::lossPoints() const {
  return int(loss_.series[0]->count());
}

int TrainingCharts::accuracyPoints() const {
  return int(accuracy_.series[0]->count());
}

}  // namespace ebmui
