#include "experiments/experiment_panel.h"

#include "attention/attention_experiment.h"
#include "choices/softmax_experiment.h"
#include "contrastive/contrastive_experiment.h"
#include "core/errors.h"
#include "experiments/attention_panel.h"
#include "experiments/contrastive_panel.h"
#include "experiments/experiment_stage.h"
#include "experiments/hopfield_panel.h"
#include "experiments/sequence_panel.h"
#include "experiments/softmax_panel.h"
#include "experiments/sudoku_panel.h"
#include "hopfield/hopfield_experiment.h"
#include "sequences/sequence_experiment.h"
#include "sudoku/sudoku_experiment.h"

namespace ebmui {

ExperimentPanel::ExperimentPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {}

ExperimentPanel::~ExperimentPanel() {
  delete stage_.data();
}

bool ExperimentPanel::dragMarker(GrabPhase, int, const Eigen::Vector2d&) {
  return false;
}

StageWidget* ExperimentPanel::makeStage() {
  stage_ = new StageWidget(this);
  stage_->hide();  // until the window places it in its view area
  return stage_;
}

ExperimentPanel* createExperimentPanel(const std::string& kind, Session* session, QWidget* parent) {
  if (kind == ebm::SudokuExperiment::kKind) return new SudokuPanel(session, parent);
  if (kind == ebm::SoftmaxExperiment::kKind) return new SoftmaxPanel(session, parent);
  if (kind == ebm::ContrastiveExperiment::kKind) return new ContrastivePanel(session, parent);
  if (kind == ebm::SequenceExperiment::kKind) return new SequencePanel(session, parent);
  if (kind == ebm::HopfieldExperiment::kKind) return new HopfieldPanel(session, parent);
  if (kind == ebm::AttentionExperiment::kKind) return new AttentionPanel(session, parent);
  throw ebm::ArgumentError("There is no panel for experiments of kind \"" + kind + "\".");
}

}  // namespace ebmui
