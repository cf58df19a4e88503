#include "panels/energy_panel.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <map>

#include "core/errors.h"
#include "io/energy_spec.h"
#include "io/trained_energy_spec.h"
#include "panels/energy_presets.h"
#include "panels/rich_text.h"
#include "panels/spec_editor.h"
#include "session/session.h"

namespace ebmui {
namespace {

// What kind of energy a spec type is, for people ("Müller–Brown", not "muller_brown").
QString kindOf(const std::string& type) {
  const std::map<std::string, QString> kinds = {
      // not static: in the language of the moment
      {"gaussian", QObject::tr("Gaussian")},
      {"gaussian_mixture", QObject::tr("Gaussian mixture")},
      {"double_well", QObject::tr("double well")},
      {"muller_brown", QObject::tr("Müller–Brown")},
      {"rosenbrock", QObject::tr("Rosenbrock banana")},
      {"himmelblau", QObject::tr("Himmelblau's four valleys")},
      {"ring", QObject::tr("ring")},
      {"funnel", QObject::tr("Neal's funnel")},
      {"torus_well", QObject::tr("torus well")},
      {"helix_well", QObject::tr("helix well")},
      {"mlp", QObject::tr("neural network")},
      {"rbm", QObject::tr("restricted Boltzmann machine")},
  };
  const auto it = kinds.find(type);
  return it != kinds.end() ? it->second : QString::fromStdString(type).replace('_', ' ');
}

}  // namespace

EnergyPanel::EnergyPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  list_ = new QListWidget(this);
  list_->setObjectName(QStringLiteral("energyList"));
  list_->setToolTip(tr("The lesson's energies; the Landscape panel composes them. Double-click to rename."));
  list_->setMaximumHeight(120);
  add_ = new QPushButton(tr("Add"), this);
  add_->setToolTip(tr("Add an analytic landscape or a fresh neural network"));
  remove_ = new QPushButton(tr("Remove"), this);
  remove_->setToolTip(tr("Remove the selected energy (a lesson keeps at least one)"));
  saveModel_ = new QPushButton(tr("Save model…"), this);
  saveModel_->setToolTip(tr("Save the selected network with its weights as a model file"));
  auto* loadModel = new QPushButton(tr("Load model…"), this);
  loadModel->setToolTip(tr("Add a trained network from a model file"));
  editor_ = new SpecEditor(this);
  note_ = new QLabel(this);
  note_->setWordWrap(true);

  auto* menu = new QMenu(add_);
  const auto& presets = energyPresets();
  for (int i = 0; i < int(presets.size()); ++i) {
    QAction* action = menu->addAction(presets[std::size_t(i)].name, this, [this, i] { addPreset(i); });
    action->setToolTip(presets[std::size_t(i)].tooltip);
    action->setData(presets[std::size_t(i)].dimension);
  }
  menu->addSeparator();
  menu->addAction(tr("Neural network (untrained)"), this, &EnergyPanel::addNetwork);
  menu->setToolTipsVisible(true);
  connect(menu, &QMenu::aboutToShow, this, [this, menu] {
    for (QAction* a : menu->actions()) {
      if (a->data().isValid()) a->setVisible(a->data().toInt() == session_->lesson().box.dimension);
    }
  });
  add_->setMenu(menu);

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(add_);
  buttons->addWidget(remove_);
  auto* modelButtons = new QHBoxLayout;
  modelButtons->addWidget(loadModel);
  modelButtons->addWidget(saveModel_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(list_);
  layout->addLayout(buttons);
  layout->addLayout(modelButtons);
  layout->addWidget(editor_);
  layout->addWidget(note_);
  layout->addStretch(1);

  connect(list_, &QListWidget::currentRowChanged, this, &EnergyPanel::showSelected);
  connect(list_, &QListWidget::itemDoubleClicked, this, &EnergyPanel::renameSelected);
  connect(remove_, &QPushButton::clicked, this, &EnergyPanel::removeSelected);
  connect(loadModel, &QPushButton::clicked, this, &EnergyPanel::loadModelRequested);
  connect(saveModel_, &QPushButton::clicked, this, [this] { emit saveModelRequested(list_->currentRow()); });
  connect(editor_, &SpecEditor::specEdited, this, &EnergyPanel::applySpec);
  connect(session_, &Session::lessonReplaced, this, &EnergyPanel::refresh);
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Energies || part == LessonPart::Box) refresh();
  });
  refresh();
}

void EnergyPanel::refresh() {
  if (updating_) return;
  updating_ = true;
  const int row = std::max(0, list_->currentRow());
  list_->clear();
  for (const auto& e : session_->lesson().energies) {
    const QString kind = kindOf(e.spec.value("type", std::string("?")));
    const QString name = QString::fromStdString(e.name.shown());
    // "Müller–Brown" needs no "— Müller–Brown" after it.
    list_->addItem(name.compare(kind, Qt::CaseInsensitive) == 0 ? name
                                                                : QStringLiteral("%1 — %2").arg(name, kind));
  }
  list_->setCurrentRow(std::min(row, list_->count() - 1));
  remove_->setEnabled(list_->count() > 1);
  updating_ = false;
  showSelected();
}

void EnergyPanel::showSelected() {
  if (updating_) return;
  const int row = list_->currentRow();
  const auto& energies = session_->lesson().energies;
  if (row < 0 || row >= int(energies.size())) return;
  const auto& spec = energies[std::size_t(row)].spec;
  const bool neural = ebm::isTrainedEnergyType(spec.value("type", std::string()));
  saveModel_->setEnabled(neural);
  if (neural) {
    editor_->setSpec(nlohmann::json::object());
    const bool trained = spec.contains("layers") || spec.contains("weights");
    if (spec.value("type", std::string()) == "rbm") {
      note_->setText(trained
                         ? tr("A Gaussian–Bernoulli restricted Boltzmann machine with trained weights: its "
                              "free energy is the landscape. Train it further in the Training panel "
                              "(method: restricted Boltzmann machine).")
                         : tr("An untrained restricted Boltzmann machine: train it on the data in the "
                              "Training panel."));
    } else {
      note_->setText(trained
                         ? tr("A neural network with trained weights: its output is the energy. Train it "
                              "further in the Training panel.")
                         : tr("An untrained neural network: train it on the data in the Training panel."));
    }
  } else {
    editor_->setSpec(spec);
    note_->clear();
  }
}

void EnergyPanel::applySpec(const nlohmann::json& spec) {
  const int row = list_->currentRow();
  auto energies = session_->lesson().energies;
  if (row < 0 || row >= int(energies.size())) return;
  try {
    const auto energy = ebm::buildEnergy(spec, "energy");
    if (energy->dimension() != session_->lesson().box.dimension) throw ebm::LessonError("wrong dimension");
  } catch (const ebm::Error& e) {
    note_->setText(tr("Not applied: %1").arg(richText(QString::fromStdString(e.what()))));
    return;
  }
  note_->clear();
  energies[std::size_t(row)].spec = spec;
  updating_ = true;
  session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies, tr("Edit energy parameters"));
  updating_ = false;
}

// An energy with a domain of its own (Müller–Brown) brings it: the box becomes that domain and the new energy
// the one drawn, in one undo step — in a box of another size it would climb to energies no sampler survives.
void EnergyPanel::addPreset(int preset) {
  const auto& p = energyPresets()[std::size_t(preset)];
  ebm::Lesson lesson = session_->lesson();
  lesson.energies.push_back({p.name.toStdString(), p.spec});
  if (p.box && p.box->dimension == lesson.box.dimension) {
    lesson.box = *p.box;
    lesson.composition.operation = ebm::Composition::Operation::Single;
    lesson.composition.terms = {int(lesson.energies.size()) - 1};
    session_->editWhole(lesson, LessonPart::Box, tr("Add %1").arg(p.name));
    list_->setCurrentRow(list_->count() - 1);
    note_->setText(tr("%1 is drawn on its usual domain: the box is now [%2, %3] × [%4, %5]. Edit ▸ Undo puts "
                      "the old box and landscape back.")
                       .arg(p.name)
                       .arg(p.box->lower[0])
                       .arg(p.box->upper[0])
                       .arg(p.box->lower[1])
                       .arg(p.box->upper[1]));
    return;
  }
  session_->edit(&ebm::Lesson::energies, lesson.energies, LessonPart::Energies, tr("Add %1").arg(p.name));
  list_->setCurrentRow(list_->count() - 1);
}

void EnergyPanel::addNetwork() {
  const auto& lesson = session_->lesson();
  auto energies = lesson.energies;
  energies.push_back(
      {tr("Network").toStdString(),
       untrainedNetworkSpec(lesson.box.dimension, lesson.training.hiddenWidths, lesson.training.activation)});
  session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies, tr("Add a neural network"));
  list_->setCurrentRow(list_->count() - 1);
}

void EnergyPanel::removeSelected() {
  const int row = list_->currentRow();
  ebm::Lesson lesson = session_->lesson();
  if (row < 0 || lesson.energies.size() < 2) return;
  lesson.energies.erase(lesson.energies.begin() + row);
  // Keep the composition and training pointing at energies that still exist.
  auto fix = [&](int index) { return index == row ? 0 : index > row ? index - 1 : index; };
  for (int& t : lesson.composition.terms)
    t = fix(t);
  if (lesson.energies.size() < 2 || lesson.composition.terms.size() < 2) {
    lesson.composition.operation = ebm::Composition::Operation::Single;
    lesson.composition.terms = {0};
  }
  lesson.training.energy = fix(lesson.training.energy);
  session_->editWhole(lesson, LessonPart::Energies, tr("Remove energy"));
}

void EnergyPanel::renameSelected() {
  const int row = list_->currentRow();
  auto energies = session_->lesson().energies;
  if (row < 0 || row >= int(energies.size())) return;
  bool ok = false;
  const QString name =
      QInputDialog::getText(this, tr("Rename energy"), tr("Name"), QLineEdit::Normal,
                            QString::fromStdString(energies[std::size_t(row)].name.shown()), &ok);
  if (!ok || name.trimmed().isEmpty()) return;
  energies[std::size_t(row)].name.set(ebm::textLanguage(),
                                      name.trimmed().toStdString());  // renamed in the language shown
  session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies, tr("Rename energy"));
}

}  // namespace ebmui
