// The window's side of training: trained weights arriving from the engine become part of the lesson, and the
// commands that need a word with the teacher — Train in a lesson without data, and Reset, which throws
// learned weights away.
#include <QMessageBox>

#include "io/trained_energy_spec.h"
#include "main_window.h"
#include "panels/charts/training_charts.h"
#include "panels/control_panels.h"
#include "panels/message_bar.h"
#include "panels/training_panel.h"
#include "session/session.h"
#include "session/simulation_worker.h"

namespace ebmui {

// New weights from the engine (a run's, or a reset's fresh network) are kept in the lesson.
void MainWindow::keepTrainedSpec(int index, const QString& json) {
  const ebm::Lesson& lesson = session_->lesson();
  if (index < 0 || index >= int(lesson.energies.size())) return;
  auto energies = lesson.energies;
  energies[std::size_t(index)].spec = nlohmann::json::parse(json.toStdString());
  applyingEngineResult_ = true;  // the engine has these weights already
  if (trainedSinceLastSpec_) {
    // A run's weights are one undo step: undo gives back the network from before it (and an older edit's
    // undo can no longer bring untrained weights back over them).
    session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies,
                   tr("Train “%1”").arg(QString::fromStdString(energies[std::size_t(index)].name.shown())));
  } else {
    // The weights of a network that has not trained (a reset's fresh one) replace its seed's description.
    session_->applyWithoutUndo([&energies](ebm::Lesson& l) { l.energies = energies; }, LessonPart::Energies);
    session_->markModified();
  }
  applyingEngineResult_ = false;
  trainedSinceLastSpec_ = false;
}

// Train (T, the toolbar): pauses a run, starts one, or says what is missing.
void MainWindow::toggleTraining() {
  const bool running =
      lastFrame_ && lastFrame_->training && lastFrame_->training->state == ebm::TrainingFrame::State::Running;
  if (running) {
    worker_->pauseTraining();
  } else if (session_->lesson().data.source == ebm::DataSpec::Source::None) {
    offerData();
  } else {
    worker_->startTraining();
  }
}

// A lesson without data (its networks trained beforehand, as in composing energies) says which energy would
// learn what, and offers the panels to do it — even when lesson mode hides them.
void MainWindow::offerData() {
  const ebm::Lesson& lesson = session_->lesson();
  const auto k = std::size_t(lesson.training.energy);
  const QString energy = k < lesson.energies.size() ? QString::fromStdString(lesson.energies[k].name.shown())
                                                    : tr("the network");
  messageBar_->showMessage(
      tr("Training needs data, and this lesson has none: its energies were made before the lesson. To train "
         "“%1” again, choose a data set in the Data panel, then press Train (the Training panel picks the "
         "energy that learns).")
          .arg(energy),
      MessageBar::Level::Warning, tr("Show the Data panel"), [this] {
        panels_->setTabVisible(ControlPanels::Training, true);
        panels_->setTabVisible(ControlPanels::Data, true);
        panels_->setCurrentIndex(ControlPanels::Data);
      });
}

// Reset asks first, and is one undo step: Edit ▸ Undo brings the learned weights back.
void MainWindow::resetTraining() {
  const ebm::Lesson& lesson = session_->lesson();
  const auto k = std::size_t(lesson.training.energy);
  if (k >= lesson.energies.size()) return;
  QMessageBox ask(QMessageBox::Question, tr("Reset training?"),
                  tr("Forget what “%1” has learned and start again from a fresh, untrained network?")
                      .arg(QString::fromStdString(lesson.energies[k].name.shown())),
                  QMessageBox::Reset | QMessageBox::Cancel, this);
  ask.setObjectName(QStringLiteral("resetTrainingQuestion"));
  ask.setInformativeText(tr("Edit ▸ Undo (Ctrl+Z) brings the learned weights back."));
  ask.setDefaultButton(QMessageBox::Cancel);
  if (ask.exec() != QMessageBox::Reset) return;
  auto energies = lesson.energies;
  energies[k].spec = ebm::untrainedEnergySpec(lesson);
  session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies, tr("Reset training"));
  panels_->trainingPanel()->charts()->clear();
  worker_->resetTraining();
}

}  // namespace ebmui
