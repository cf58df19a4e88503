#include "experiments/sequence_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "experiments/experiment_stage.h"
#include "i18n/language.h"
#include "panels/parameter_slider.h"
#include "sequences/sequence_experiment.h"
#include "vtk/colormap.h"

namespace ebmui {

SequencePanel::SequencePanel(Session* session, QWidget* parent) : ExperimentPanel(session, parent) {
  makeStage();
  auto* about = new QLabel(tr("The watchdog's energy is the surprise of each event after the one before, u(a "
                              "→ b) = −log p(b | a), "
                              "counted from normal sessions. A session is flagged when its <b>mean</b> "
                              "surprise passes a threshold "
                              "calibrated on held-out normal sessions."),
                           this);
  about->setWordWrap(true);
  target_ = new ParameterSlider(session, QStringLiteral("watchdog.falseAlarmTarget"), this);
  smoothing_ = new ParameterSlider(session, QStringLiteral("watchdog.smoothing"), this);
  normal_ = new QPushButton(tr("Normal session"), this);
  normal_->setObjectName(QStringLiteral("normalSession"));
  normal_->setShortcut(Qt::Key_N);
  normal_->setToolTip(tr("Put a new customer's session on the timeline (N)"));
  attack_ = new QPushButton(tr("Attack session"), this);
  attack_->setObjectName(QStringLiteral("attackSession"));
  attack_->setShortcut(Qt::Key_A);
  attack_->setToolTip(
      tr("Put a new credential-stuffing session on the timeline: a burst of failed logins (A)"));
  rates_ = new QLabel(this);
  rates_->setObjectName(QStringLiteral("watchdogRates"));
  rates_->setWordWrap(true);
  rates_->setTextFormat(Qt::RichText);
  table_ = new QTableWidget(ebm::kContextCount, ebm::kEventCount, this);
  table_->setObjectName(QStringLiteral("transitionEnergies"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->horizontalHeader()->setMinimumSectionSize(10);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  QFont small = table_->font();
  small.setPointSizeF(small.pointSizeF() * 0.85);
  table_->setFont(small);
  table_->horizontalHeader()->setFont(small);
  table_->verticalHeader()->setFont(small);
  table_->setToolTip(
      tr("u(a → b) in nats: row a is the previous event, column b the next; each row is a "
         "Boltzmann distribution over the next event, Σ_b e^(−u) = 1"));
  // Short names: eight columns share the panel's width.
  const QStringList shortNames = {tr("login"), tr("view"),   tr("search"), tr("cart"),
                                  tr("buy"),   tr("logout"), tr("fail"),   tr("reset")};
  table_->setHorizontalHeaderLabels(shortNames);
  table_->setVerticalHeaderLabels(QStringList{tr("start")} + shortNames);
  for (int b = 0; b < ebm::kEventCount; ++b)
    table_->horizontalHeaderItem(b)->setToolTip(engineText(ebm::eventNames()[std::size_t(b)]));

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(normal_);
  buttons->addWidget(attack_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(about);
  layout->addWidget(target_);
  layout->addWidget(smoothing_);
  layout->addLayout(buttons);
  layout->addWidget(rates_);
  auto* tableTitle =
      new QLabel(tr("<b>Learned surprise u(a → b)</b> in nats (row: the event before; cart = "
                    "add-to-cart, buy = purchase, fail = failed-login, reset = password-reset)"),
                 this);
  tableTitle->setWordWrap(true);
  layout->addWidget(tableTitle);
  layout->addWidget(table_, 1);
  connect(normal_, &QPushButton::clicked, this, [this] { emit commandRequested("normal", {}); });
  connect(attack_, &QPushButton::clicked, this, [this] { emit commandRequested("attack", {}); });
}

void SequencePanel::showFrame(const ebm::Frame& frame) {
  const auto* f = dynamic_cast<const ebm::SequenceFrame*>(frame.experiment.get());
  if (!f) return;
  stage()->showFrame(frame.experiment);
  rates_->setText(
      tr("Threshold <b>%1</b> nats per event: it flags <b>%2%</b> of the %3 held-out customers (target "
         "%4%).<br>"
         "On fresh sessions: false alarms <b>%5%</b> of %6 customers, misses <b>%7%</b> of %6 attacks; "
         "AUROC %8.<br>This session: mean surprise %9 — %10.")
          .arg(f->threshold, 0, 'f', 3)
          .arg(100 * f->heldOutFalseAlarmRate, 0, 'f', 1)
          .arg(f->heldOutSessions)
          .arg(100 * f->falseAlarmTarget, 0, 'g', 3)
          .arg(100 * f->falseAlarmRate, 0, 'f', 1)
          .arg(f->testSessions)
          .arg(100 * f->missRate, 0, 'f', 1)
          .arg(f->rocArea, 0, 'f', 3)
          .arg(f->meanEnergy, 0, 'f', 2)
          .arg(f->flagged ? tr("<span style='color:#d55e00'>flagged</span>")
                          : tr("<span style='color:#009e73'>passed</span>")));
  const double highest = std::max(1.0, f->energies.maxCoeff());
  for (int a = 0; a < ebm::kContextCount; ++a) {
    for (int b = 0; b < ebm::kEventCount; ++b) {
      auto* item = table_->item(a, b);
      if (!item) {
        item = new QTableWidgetItem;
        item->setTextAlignment(Qt::AlignCenter);
        table_->setItem(a, b, item);
      }
      const double u = f->energies(a, b);
      item->setText(QString::number(u, 'f', 1));
      // Viridis as on the landscape: valleys (likely transitions) dark, ridges (surprises) bright.
      const double t = std::clamp(u / highest, 0.0, 1.0);
      const auto rgb = viridis(0.1 + 0.85 * t);
      item->setBackground(QColor::fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2])));
      item->setForeground(t > 0.55 ? QColor(20, 20, 24) : QColor(240, 242, 246));
    }
  }
}

}  // namespace ebmui
