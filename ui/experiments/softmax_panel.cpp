#include "experiments/softmax_panel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "choices/softmax_experiment.h"
#include "experiments/experiment_stage.h"
#include "panels/parameter_slider.h"
#include "session/session.h"

namespace ebmui {

SoftmaxPanel::SoftmaxPanel(Session* session, QWidget* parent) : ExperimentPanel(session, parent) {
  makeStage();
  user_ = new QComboBox(this);
  user_->setObjectName(QStringLiteral("softmaxUser"));
  user_->setToolTip(
      tr("Whose recommendations (or click a user's dot on the landscape): the energy of item i for "
         "user u is E(u, i) = −U_u·V_i"));
  temperature_ = new ParameterSlider(session, QStringLiteral("temperature"), this);
  temperature_->setLabel(
      tr("Softmax temperature τ"),
      tr("p(i | u) ∝ exp(−E(u, i)/τ): small τ always picks the best match (exploit), large τ "
         "picks anything (explore)"));
  recommend_ = new QPushButton(tr("Recommend"), this);
  recommend_->setObjectName(QStringLiteral("recommendButton"));
  recommend_->setShortcut(Qt::Key_N);
  recommend_->setToolTip(
      tr("Draw recommendations from p(i | u) and compare how often each came up with p (N)"));
  readout_ = new QLabel(this);
  readout_->setWordWrap(true);
  readout_->setTextFormat(Qt::RichText);
  categories_ = new QTableWidget(0, 4, this);
  categories_->setObjectName(QStringLiteral("categoryCounts"));
  categories_->setHorizontalHeaderLabels({tr("category"), tr("count"), tr("p"), tr("surprise −log p")});
  categories_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  categories_->horizontalHeader()->setStretchLastSection(true);
  categories_->verticalHeader()->hide();
  categories_->setToolTip(
      tr("Double-click a count to change it: rare categories are high-energy, surprising ones"));

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("User"), this));
  layout->addWidget(user_);
  layout->addWidget(temperature_);
  layout->addWidget(recommend_);
  layout->addWidget(readout_);
  layout->addWidget(new QLabel(tr("<b>Energy is surprise</b>: counts of what was seen"), this));
  layout->addWidget(categories_, 1);

  connect(user_, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (!updating_ && index >= 0) session_->setParameter(QStringLiteral("softmax.user"), index);
  });
  connect(recommend_, &QPushButton::clicked, this, [this] { emit commandRequested("recommend", {}); });
  connect(categories_, &QTableWidget::cellChanged, this, &SoftmaxPanel::editCount);
}

bool SoftmaxPanel::dragMarker(GrabPhase phase, int marker, const Eigen::Vector2d&) {
  const int user = marker - itemCount_;
  if (user < 0 || user >= user_->count()) return false;
  if (phase == GrabPhase::Press && user != user_->currentIndex())
    session_->setParameter(QStringLiteral("softmax.user"), user);
  return true;
}

void SoftmaxPanel::showFrame(const ebm::Frame& frame) {
  const auto* f = dynamic_cast<const ebm::SoftmaxFrame*>(frame.experiment.get());
  if (!f) return;
  itemCount_ = int(f->itemNames.size());
  stage()->showFrame(frame.experiment);
  updating_ = true;
  if (user_->count() != int(f->userNames.size())) {
    user_->clear();
    for (const auto& name : f->userNames)
      user_->addItem(QString::fromStdString(name));
  }
  user_->setCurrentIndex(f->user);
  std::size_t best = 0;
  for (std::size_t i = 1; i < f->probabilities.size(); ++i) {
    if (f->probabilities[i] > f->probabilities[best]) best = i;
  }
  readout_->setText(tr("Most likely: <b>%1</b> (p = %2%)<br>Entropy H = <b>%3</b> nats of at most log %4 = "
                       "%5: like an even choice among e<sup>H</sup> = %6 items")
                        .arg(QString::fromStdString(f->itemNames[best]))
                        .arg(100 * f->probabilities[best], 0, 'f', 1)
                        .arg(f->entropy, 0, 'f', 3)
                        .arg(f->itemNames.size())
                        .arg(std::log(double(f->itemNames.size())), 0, 'f', 3)
                        .arg(std::exp(f->entropy), 0, 'f', 2));
  if (categories_->rowCount() != int(f->categoryNames.size()))
    categories_->setRowCount(int(f->categoryNames.size()));
  const QSignalBlocker blocker(categories_);
  for (int r = 0; r < int(f->categoryNames.size()); ++r) {
    const std::size_t i = std::size_t(r);
    auto cell = [&](int column, const QString& text, bool editable) {
      auto* item = categories_->item(r, column);
      if (!item) {
        item = new QTableWidgetItem;
        categories_->setItem(r, column, item);
      }
      item->setText(text);
      item->setFlags(editable ? item->flags() | Qt::ItemIsEditable : item->flags() & ~Qt::ItemIsEditable);
    };
    cell(0, QString::fromStdString(f->categoryNames[i]), false);
    cell(1, QString::number(f->categoryCounts[i], 'g', 12), true);
    cell(2, QStringLiteral("%1%").arg(100 * f->categoryProbabilities[i], 0, 'f', 1), false);
    const double u = f->categorySurprise[i];
    cell(3, std::isfinite(u) ? tr("%1 nats").arg(u, 0, 'f', 2) : QStringLiteral("∞"), false);
  }
  updating_ = false;
}

// A new count is an undoable edit of the lesson's experiment section.
void SoftmaxPanel::editCount(int row, int column) {
  if (column != 1 || updating_) return;
  bool ok = false;
  const double count = categories_->item(row, column)->text().toDouble(&ok);
  nlohmann::json settings = session_->lesson().experiment;
  auto& categories = settings["categories"];
  if (!ok || !(count >= 0) || !std::isfinite(count) || !categories.is_array() ||
      row >= int(categories.size())) {
    const QSignalBlocker blocker(categories_);
    categories_->item(row, column)
        ->setText(QString::number(categories[std::size_t(row)].value("count", 0.0)));
    return;
  }
  categories[std::size_t(row)]["count"] = count;
  session_->edit(&ebm::Lesson::experiment, settings, LessonPart::Experiment, tr("Change a count"));
}

}  // namespace ebmui
