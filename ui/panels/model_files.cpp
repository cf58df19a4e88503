#include "panels/model_files.h"

#include <QFileDialog>
#include <QFileInfo>

#include "core/errors.h"
#include "io/model_file.h"
#include "io/trained_energy_spec.h"
#include "panels/message_bar.h"
#include "session/session.h"

namespace ebmui {

ModelFiles::ModelFiles(Session* session, MessageBar* messages, QWidget* dialogParent)
    : QObject(dialogParent), session_(session), messages_(messages), dialogParent_(dialogParent) {}

void ModelFiles::chooseAndLoad() {
  const QString path =
      QFileDialog::getOpenFileName(dialogParent_, tr("Load Model"), QString(), tr("Models (*.json)"));
  if (!path.isEmpty()) load(path);
}

void ModelFiles::load(const QString& path) {
  try {
    const ebm::ModelFile model = ebm::loadModel(path.toStdString());
    if (model.energy->dimension() != session_->lesson().box.dimension) {
      throw ebm::ModelError("This model is " + std::to_string(model.energy->dimension()) +
                            "D; the lesson is " + std::to_string(session_->lesson().box.dimension) + "D.");
    }
    auto energies = session_->lesson().energies;
    energies.push_back(
        {QFileInfo(path).completeBaseName().toStdString(), *ebm::trainedEnergySpec(*model.energy)});
    session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies, tr("Load model"));
    std::vector<std::string> warnings = model.warnings;  // settings from a newer ebmscape, not used here
    if (!model.normalization.sameAs(session_->lesson().data.standardization)) {
      warnings.emplace_back(
          "This model was trained on data standardized otherwise than this lesson's data: it is drawn in the "
          "lesson's units, where its valleys may miss the points. Retrain it on this data, or open the "
          "lesson "
          "it was trained in.");
    }
    messages_->showWarnings(warnings);
  } catch (const ebm::Error& e) {
    messages_->showMessage(QString::fromStdString(e.what()), MessageBar::Level::Error);
  }
}

void ModelFiles::chooseAndSave(int index) {
  const auto& energies = session_->lesson().energies;
  if (index < 0 || index >= int(energies.size())) return;
  const QString path = QFileDialog::getSaveFileName(
      dialogParent_, tr("Save Model"),
      QString::fromStdString(energies[std::size_t(index)].name.shown()) + QStringLiteral(".json"),
      tr("Models (*.json)"));
  if (!path.isEmpty()) save(index, path);
}

void ModelFiles::save(int index, const QString& path) {
  const auto& energies = session_->lesson().energies;
  if (index < 0 || index >= int(energies.size())) return;
  try {
    ebm::ModelFile model;
    model.energy = ebm::trainedEnergyFromSpec(energies[std::size_t(index)].spec, "energy");
    model.normalization = session_->lesson().data.standardization;  // imported data's units → the network's
    ebm::saveModel(model, path.toStdString());
    messages_->showMessage(tr("Saved the model to %1").arg(QFileInfo(path).fileName()),
                           MessageBar::Level::Info);
  } catch (const ebm::Error& e) {
    messages_->showMessage(QString::fromStdString(e.what()), MessageBar::Level::Error);
  }
}

}  // namespace ebmui
