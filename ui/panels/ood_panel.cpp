#include "panels/ood_panel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "panels/charts/roc_chart.h"
#include "panels/parameter_slider.h"
#include "session/session.h"
#include "style/palette.h"

namespace ebmui {

OodPanel::OodPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  scores_ = new QLabel(this);
  scores_->setObjectName(QStringLiteral("oodScores"));
  scores_->setWordWrap(true);
  scores_->setToolTip(tr(
      "AUROC: the chance an outlier scores higher than a data point (1 = perfect, 0.5 = chance). FPR95: the "
      "share of outliers that pass when 95% of the data pass (0 = perfect)"));
  showSoftmax_ = new QCheckBox(tr("Map shows the max-softmax confidence"), this);
  showSoftmax_->setObjectName(QStringLiteral("mapShowsConfidence"));
  showSoftmax_->setToolTip(
      tr("The map draws max_y p(y|x) beside the energy landscape; the points and the "
         "threshold line follow the max-softmax score"));
  legend_ = new QLabel(
      tr("%1 outlier flagged &nbsp; %2 outlier passed as data<br>"
         "%3 threshold keeping 95% of the data &nbsp; "
         "<span style='color:#eeeeee; background-color:#3a3f4a'>━</span> decision boundaries")
          .arg(palette::swatch(palette::Flag::AnomalyCaught), palette::swatch(palette::Flag::AnomalyMissed),
               palette::swatch(palette::kThreshold.qcolor(), QStringLiteral("━"))),
      this);
  legend_->setWordWrap(true);
  legend_->setStyleSheet(palette::legendStyleSheet());
  roc_ = new RocChart(this);
  roc_->setToolTip(
      tr("Flag a point as an outlier when its score is above a threshold: every threshold is a "
         "point; the dots are the thresholds that keep 95% of the held-out data"));

  auto* tuning = new QGroupBox(tr("Energy fine-tuning (Liu et al. 2020)"), this);
  auto* explanation =
      new QLabel(tr("Cross-entropy + λ·[ReLU(E(x) − m_in)² + ReLU(m_out − E(outlier))²], with outliers "
                    "uniform around the data; it continues from the trained classifier."),
                 tuning);
  explanation->setWordWrap(true);
  weight_ = new ParameterSlider(session, QStringLiteral("energyWeight"), tuning);
  marginIn_ = new ParameterSlider(session, QStringLiteral("marginIn"), tuning);
  marginOut_ = new ParameterSlider(session, QStringLiteral("marginOut"), tuning);
  outliers_ = new ParameterSlider(session, QStringLiteral("outliers"), tuning);
  fineTune_ = new QPushButton(tr("Fine-tune"), tuning);
  fineTune_->setObjectName(QStringLiteral("fineTuneButton"));
  fineTune_->setShortcut(Qt::Key_F);
  fineTune_->setToolTip(
      tr("Train on with the energy terms (λ = 0.1 if it is 0) and watch the energy rise away "
         "from the data (F)"));
  auto* tuningLayout = new QVBoxLayout(tuning);
  tuningLayout->addWidget(explanation);
  for (QWidget* w :
       {static_cast<QWidget*>(weight_), static_cast<QWidget*>(marginIn_), static_cast<QWidget*>(marginOut_),
        static_cast<QWidget*>(outliers_), static_cast<QWidget*>(fineTune_)})
    tuningLayout->addWidget(w);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(scores_);
  layout->addWidget(showSoftmax_);
  layout->addWidget(legend_);
  layout->addWidget(roc_, 1);
  layout->addWidget(tuning);

  connect(showSoftmax_, &QCheckBox::toggled, this, [this](bool on) {
    if (updating_) return;
    ebm::ViewSettings view = session_->lesson().view;
    view.mapShowsConfidence = on;
    session_->edit(&ebm::Lesson::view, view, LessonPart::View,
                   on ? tr("Show the max-softmax confidence") : tr("Show the energy on the map"));
  });
  connect(fineTune_, &QPushButton::clicked, this, &OodPanel::fineTune);
  connect(session_, &Session::lessonReplaced, this, &OodPanel::refresh);
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::View) refresh();
  });
  refresh();
}

void OodPanel::refresh() {
  updating_ = true;
  showSoftmax_->setChecked(session_->lesson().view.mapShowsConfidence);
  updating_ = false;
}

void OodPanel::fineTune() {
  if (session_->lesson().training.energyWeight <= 0)
    session_->setParameter(QStringLiteral("energyWeight"), 0.1);
  emit trainRequested();
}

void OodPanel::showFrame(const ebm::Frame& frame) {
  if (!frame.ood) return;
  const ebm::OodFrame& o = *frame.ood;
  const auto percent = [](double x) { return QString::number(100 * x, 'f', 1) + QLatin1Char('%'); };
  const QString rule = o.showsSoftmax
                           ? tr("max p(y|x) ≥ %1 passes as data").arg(-o.softmax.threshold, 0, 'g', 6)
                           : tr("E(x) ≤ %1 passes as data").arg(o.energy.threshold, 0, 'g', 4);
  scores_->setText(
      tr("Held-out accuracy <b>%1</b> &nbsp; (%2 outliers on a ring around the data, %3 far away)"
         "<table cellspacing=6><tr><th align=left>score</th><th>AUROC</th><th>FPR95</th></tr>"
         "<tr><td>energy E(x)</td><td align=right><b>%4</b></td><td align=right><b>%5</b></td></tr>"
         "<tr><td>max-softmax</td><td align=right><b>%6</b></td><td align=right><b>%7</b></td></tr></table>"
         "Threshold on the map: %8")
          .arg(percent(o.accuracy))
          .arg(o.ringCount)
          .arg(o.farCount)
          .arg(o.energy.auroc, 0, 'f', 3)
          .arg(percent(o.energy.fpr95))
          .arg(o.softmax.auroc, 0, 'f', 3)
          .arg(percent(o.softmax.fpr95))
          .arg(rule));
  const auto atFivePercent = [](const ebm::OodFrame::Score& s) { return QPointF(0.05, 1.0 - s.fpr95); };
  roc_->showCurves({{tr("energy — AUROC %1").arg(o.energy.auroc, 0, 'f', 3), o.energy.rocFalseAlarm,
                     o.energy.rocDetection, RocChart::palette(0), !o.showsSoftmax},
                    {tr("max-softmax — AUROC %1").arg(o.softmax.auroc, 0, 'f', 3), o.softmax.rocFalseAlarm,
                     o.softmax.rocDetection, RocChart::palette(1), o.showsSoftmax}},
                   {atFivePercent(o.energy), atFivePercent(o.softmax)},
                   tr("thresholds passing 95% of the data"), tr("Outliers against held-out data"));
}

}  // namespace ebmui
