#include "panels/composition_panel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "io/constraint_energy_spec.h"
#include "panels/number_text.h"
#include "panels/parameter_slider.h"
#include "panels/rich_text.h"
#include "session/session.h"

namespace ebmui {

using Operation = ebm::Composition::Operation;

CompositionPanel::CompositionPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  operation_ = new QComboBox(this);
  operation_->setObjectName(QStringLiteral("compositionOperation"));
  const struct {
    QString label, tip;
    Operation op;
  } operations[] = {
      {tr("One energy"), tr("Draw and sample a single energy"), Operation::Single},
      {tr("Sum — AND"), tr("E₁ + E₂: a product of experts, likely only where every energy is low"),
       Operation::Sum},
      {tr("Blend α"), tr("α·E₁ + (1−α)·E₂: morphs one landscape into the other"), Operation::Blend},
      {tr("Mixture — OR"), richText(tr("−log(w·e^{−E₁} + (1−w)·e^{−E₂}): likely where either energy is low")),
       Operation::Mixture},
      {tr("Negation — NOT"), tr("E₁ − γ·E₂: likely under the first energy but not under the second"),
       Operation::Negation},
  };
  for (const auto& o : operations) {
    operation_->addItem(o.label, int(o.op));
    operation_->setItemData(operation_->count() - 1, o.tip, Qt::ToolTipRole);
  }
  operation_->setToolTip(tr("How the lesson's energies combine into the landscape you see"));
  first_ = new QComboBox(this);
  second_ = new QComboBox(this);
  first_->setToolTip(tr("E₁, the first energy of the composition"));
  second_->setToolTip(tr("E₂, the second energy of the composition"));
  sumTerms_ = new QListWidget(this);
  sumTerms_->setToolTip(tr("The energies added together (tick two or more)"));
  sumTerms_->setMaximumHeight(90);

  pairRow_ = new QWidget(this);
  auto* pairForm = new QFormLayout(pairRow_);
  pairForm->setContentsMargins(0, 0, 0, 0);
  pairForm->addRow(tr("E₁"), first_);
  pairForm->addRow(tr("E₂"), second_);

  alpha_ = new ParameterSlider(session, QStringLiteral("alpha"), this);
  weight_ = new ParameterSlider(session, QStringLiteral("weight"), this);
  gamma_ = new ParameterSlider(session, QStringLiteral("gamma"), this);
  strength_ = new ParameterSlider(session, QStringLiteral("strength"), this);
  temperature_ = new ParameterSlider(session, QStringLiteral("temperature"), this);
  noise_ = new ParameterSlider(session, QStringLiteral("noiseLevel"), this);

  logPartition_ = new QLabel(this);
  freeEnergy_ = new QLabel(this);
  ruleBreaking_ = new QLabel(this);
  ruleBreaking_->setObjectName(QStringLiteral("ruleBreakingMass"));
  ruleBreaking_->setToolTip(
      tr("∫ p_T(x) dx over the points that break a rule, by quadrature: it falls to zero as λ grows"));
  ruleBreaking_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  warning_ = new QLabel(this);
  warning_->setWordWrap(true);
  warning_->setStyleSheet(QStringLiteral("color: #e0a030;"));
  logPartition_->setToolTip(richText(tr("log Z_T = log ∫ e^{−E(x)/T} dx, by quadrature on the grid")));
  freeEnergy_->setToolTip(tr("The free energy F_T = −T·log Z_T"));
  logPartition_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  freeEnergy_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  // 3D lessons: where the slicing plane cuts the box.
  sliceRow_ = new QWidget(this);
  sliceAxis_ = new QComboBox(sliceRow_);
  sliceAxis_->addItems({tr("x₁"), tr("x₂"), tr("x₃")});
  sliceAxis_->setToolTip(tr("The axis the slicing plane is perpendicular to"));
  slicePosition_ = new QSlider(Qt::Horizontal, sliceRow_);
  slicePosition_->setObjectName(QStringLiteral("slicePositionSlider"));
  slicePosition_->setRange(0, 100);
  slicePosition_->setToolTip(tr("Where the plane cuts the box; it shows the energy on the cut"));
  sliceValue_ = new QLabel(sliceRow_);
  sliceValue_->setObjectName(QStringLiteral("sliceValue"));
  sliceValue_->setMinimumWidth(sliceValue_->fontMetrics().horizontalAdvance(QStringLiteral("x₃ = −10.00")));
  auto* sliceAt = new QHBoxLayout;
  sliceAt->addWidget(slicePosition_, 1);
  sliceAt->addWidget(sliceValue_);
  auto* sliceLayout = new QFormLayout(sliceRow_);
  sliceLayout->setContentsMargins(0, 0, 0, 0);
  sliceLayout->addRow(tr("Slice across"), sliceAxis_);
  sliceLayout->addRow(tr("Slice at"), sliceAt);
  auto applySlice = [this] {
    if (updating_) return;
    ebm::ViewSettings view = session_->lesson().view;
    view.sliceAxis = sliceAxis_->currentIndex();
    view.slicePosition = slicePosition_->value() / 100.0;
    showSliceValue(view);
    // A drag of the slider is one undo step, as a parameter slider's is.
    session_->edit(&ebm::Lesson::view, view, LessonPart::View, tr("Move the slice"), kMergeSlicePosition);
  };
  connect(sliceAxis_, &QComboBox::currentIndexChanged, this, applySlice);
  connect(slicePosition_, &QSlider::valueChanged, this, applySlice);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(operation_);
  layout->addWidget(pairRow_);
  layout->addWidget(sumTerms_);
  layout->addWidget(alpha_);
  layout->addWidget(weight_);
  layout->addWidget(gamma_);
  layout->addWidget(strength_);
  layout->addWidget(temperature_);
  layout->addWidget(noise_);
  layout->addWidget(sliceRow_);
  layout->addWidget(logPartition_);
  layout->addWidget(freeEnergy_);
  layout->addWidget(ruleBreaking_);
  layout->addWidget(warning_);
  layout->addStretch(1);

  connect(operation_, &QComboBox::currentIndexChanged, this, [this] { applyOperation(); });
  connect(first_, &QComboBox::currentIndexChanged, this, [this] { applyOperation(); });
  connect(second_, &QComboBox::currentIndexChanged, this, [this] { applyOperation(); });
  connect(sumTerms_, &QListWidget::itemChanged, this, [this] { applyOperation(); });
  connect(session_, &Session::lessonReplaced, this, &CompositionPanel::refresh);
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Energies || part == LessonPart::View || part == LessonPart::Box) refresh();
  });
  refresh();
}

void CompositionPanel::refresh() {
  updating_ = true;
  const ebm::Lesson& lesson = session_->lesson();
  const auto& comp = lesson.composition;
  operation_->setCurrentIndex(operation_->findData(int(comp.operation)));
  first_->clear();
  second_->clear();
  sumTerms_->clear();
  for (std::size_t i = 0; i < lesson.energies.size(); ++i) {
    const QString name = QString::fromStdString(lesson.energies[i].name.shown());
    first_->addItem(name, int(i));
    second_->addItem(name, int(i));
    auto* item = new QListWidgetItem(name, sumTerms_);
    const bool inSum = std::find(comp.terms.begin(), comp.terms.end(), int(i)) != comp.terms.end();
    item->setCheckState(inSum ? Qt::Checked : Qt::Unchecked);
  }
  if (!comp.terms.empty()) first_->setCurrentIndex(comp.terms[0]);
  if (comp.terms.size() > 1) second_->setCurrentIndex(comp.terms[1]);
  const bool several = lesson.energies.size() > 1;
  operation_->setEnabled(several);
  operation_->setToolTip(several ? tr("How the lesson's energies combine into the landscape you see")
                                 : tr("Add a second energy in the Energy panel to compose energies"));
  pairRow_->setVisible(comp.operation != Operation::Sum);
  second_->setVisible(comp.operation != Operation::Single);
  static_cast<QFormLayout*>(pairRow_->layout())->setRowVisible(1, comp.operation != Operation::Single);
  sumTerms_->setVisible(comp.operation == Operation::Sum);
  alpha_->setVisible(comp.operation == Operation::Blend);
  weight_->setVisible(comp.operation == Operation::Mixture);
  gamma_->setVisible(comp.operation == Operation::Negation);
  // σ blurs only energies that know how: Gaussian mixtures (exactly) and noise-conditional networks.
  bool noiseAware = false;
  for (const auto& e : lesson.energies) {
    const std::string type = e.spec.value("type", std::string());
    noiseAware |= type == "gaussian" || type == "gaussian_mixture" ||
                  (type == "mlp" && e.spec.value("conditioningInputs", 0) == 1);
  }
  noise_->setVisible(noiseAware);
  // λ weighs the lesson's rules (constraint energies), so it shows when there is one.
  bool hasRule = false;
  const auto& rules = ebm::constraintTypes();
  for (const auto& e : lesson.energies)
    hasRule |= std::find(rules.begin(), rules.end(), e.spec.value("type", std::string())) != rules.end();
  strength_->setVisible(hasRule);
  sliceRow_->setVisible(lesson.box.dimension == 3);
  sliceAxis_->setCurrentIndex(lesson.view.sliceAxis);
  slicePosition_->setValue(int(std::lround(lesson.view.slicePosition * 100)));
  showSliceValue(lesson.view);
  updating_ = false;
}

// The plane's coordinate in the box, beside the slider: "x₃ = 0.60".
void CompositionPanel::showSliceValue(const ebm::ViewSettings& view) {
  const ebm::Box& box = session_->lesson().box;
  const auto axis = std::size_t(std::clamp(view.sliceAxis, 0, 2));
  const double at = box.lower[axis] + view.slicePosition * (box.upper[axis] - box.lower[axis]);
  sliceValue_->setText(QStringLiteral("%1 = %2").arg(sliceAxis_->itemText(int(axis))).arg(at, 0, 'f', 2));
}

void CompositionPanel::applyOperation() {
  if (updating_) return;
  const ebm::Lesson& lesson = session_->lesson();
  ebm::Composition comp = lesson.composition;
  comp.operation = Operation(operation_->currentData().toInt());
  const int n = int(lesson.energies.size());
  const int a = std::max(0, first_->currentIndex());
  int b = std::max(0, second_->currentIndex());
  if (comp.operation != Operation::Single && b == a && n > 1) b = (a + 1) % n;
  switch (comp.operation) {
    case Operation::Single:
      comp.terms = {a};
      break;
    case Operation::Sum: {
      comp.terms.clear();
      for (int i = 0; i < sumTerms_->count(); ++i) {
        if (sumTerms_->item(i)->checkState() == Qt::Checked) comp.terms.push_back(i);
      }
      for (int i = 0; comp.terms.size() < 2 && i < n; ++i) {
        if (std::find(comp.terms.begin(), comp.terms.end(), i) == comp.terms.end()) comp.terms.push_back(i);
      }
      break;
    }
    default:
      comp.terms = {a, b};
      break;
  }
  if (n < 2 && comp.operation != Operation::Single) return;
  if (comp.operation == lesson.composition.operation && comp.terms == lesson.composition.terms) return;
  session_->edit(&ebm::Lesson::composition, comp, LessonPart::Energies, tr("Change composition"));
}

void CompositionPanel::showFrame(const ebm::Frame& frame) {
  ruleBreaking_->setVisible(!std::isnan(frame.ruleBreakingMass));
  if (!std::isnan(frame.ruleBreakingMass)) {
    ruleBreaking_->setText(
        tr("Probability of breaking the rule: %1 %")
            .arg(100.0 * frame.ruleBreakingMass, 0, 'g', frame.ruleBreakingMass < 1e-3 ? 2 : 3));
  }
  if (!frame.partitionError.empty()) {
    logPartition_->setText(tr("log Z_T: —"));
    freeEnergy_->setText(tr("F_T: —"));
    warning_->setText(richText(QString::fromStdString(frame.partitionError)));
    warning_->setVisible(true);
    return;
  }
  const auto& p = frame.partition;
  logPartition_->setText(tr("log Z<sub>T</sub> = %1").arg(fixedText(p.logPartition, 4)));
  freeEnergy_->setText(tr("F<sub>T</sub> = −T log Z<sub>T</sub> = %1").arg(fixedText(p.freeEnergy, 4)));
  warning_->setVisible(p.boxTooSmall());
  if (p.missingMass >= 1.0) {
    warning_->setText(
        tr("Note: the density does not fall off towards the box's edge, so log Z depends on the "
           "box. Networks far from their data, untrained networks and high temperatures do this."));
  } else if (p.boxTooSmall()) {
    warning_->setText(tr("The box misses about %1% of the probability: log Z is too low. Enlarge the box or "
                         "lower T.")
                          .arg(100.0 * p.missingMass, 0, 'g', 2));
  }
}

}  // namespace ebmui
