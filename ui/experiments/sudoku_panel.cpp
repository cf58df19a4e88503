#include "experiments/sudoku_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "core/errors.h"
#include "experiments/experiment_stage.h"
#include "experiments/replica_energy_chart.h"
#include "experiments/sudoku_methods.h"
#include "i18n/language.h"
#include "panels/parameter_slider.h"
#include "session/session.h"
#include "sudoku/sudoku_experiment.h"
#include "sudoku/sudoku_puzzle.h"

namespace ebmui {

SudokuPanel::SudokuPanel(Session* session, QWidget* parent) : ExperimentPanel(session, parent) {
  makeStage();
  puzzle_ = new QComboBox(this);
  puzzle_->setObjectName(QStringLiteral("sudokuPuzzle"));
  puzzle_->setToolTip(tr("The puzzle to solve: the lesson's set, from an easy one to the hardest known"));
  paste_ = new QLineEdit(this);
  paste_->setObjectName(QStringLiteral("sudokuPaste"));
  paste_->setPlaceholderText(tr("or type / paste 81 characters, . or 0 for a blank"));
  paste_->setToolTip(
      tr("A puzzle as one line of 81 characters, row by row; anything after the 81st is ignored"));
  usePaste_ = new QPushButton(tr("Use"), this);
  usePaste_->setToolTip(tr("Solve the typed puzzle"));
  pasteError_ = new QLabel(this);
  pasteError_->setWordWrap(true);
  pasteError_->setStyleSheet(QStringLiteral("color: #e69f00"));
  pasteError_->hide();
  method_ = new QComboBox(this);
  method_->setObjectName(QStringLiteral("sudokuMethod"));
  for (const auto& m : sudokuMethods()) {
    method_->addItem(tr(m.label), QString::fromLatin1(m.name));
    method_->setItemData(method_->count() - 1, tr(m.tip), Qt::ToolTipRole);
  }
  method_->setToolTip(tr("The energy and the search that descends it"));
  propagate_ = new QCheckBox(tr("Fill forced cells first"), this);
  propagate_->setToolTip(
      tr("The constraints shrink the landscape: cells with one possible digit are filled "
         "before the descent (no guessing)"));
  temperature_ = new ParameterSlider(session, QStringLiteral("temperature"), this);
  temperature_->setLabel(
      tr("Temperature T"),
      tr("Metropolis accepts a move that raises E by ΔE with probability e^{−ΔE/T}: too cold "
         "and the search freezes in a trap, too hot and it never settles"));
  pace_ = new ParameterSlider(session, QStringLiteral("sudoku.sweepsPerFrame"), this);
  play_ = new QPushButton(this);
  play_->setObjectName(QStringLiteral("sudokuPlay"));
  play_->setToolTip(tr("Run or pause the descent (Space)"));
  step_ = new QPushButton(tr("Step"), this);
  step_->setObjectName(QStringLiteral("sudokuStep"));
  setStepButton(step_);  // S is the window's Run ▸ Step
  step_->setToolTip(tr("One frame's sweeps, also while paused (S)"));
  reheat_ = new QPushButton(tr("Reheat"), this);
  reheat_->setObjectName(QStringLiteral("sudokuReheat"));
  reheat_->setShortcut(Qt::Key_H);
  reheat_->setToolTip(tr("Heat the search up again: it climbs out of the trap it is stuck in (H)"));
  restart_ = new QPushButton(tr("Restart"), this);
  restart_->setObjectName(QStringLiteral("sudokuRestart"));
  restart_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_R));
  restart_->setToolTip(tr("Start again from a new random filling of the boxes (Shift+R)"));
  readout_ = new QLabel(this);
  readout_->setWordWrap(true);
  readout_->setTextFormat(Qt::RichText);
  chart_ = new ReplicaEnergyChart(this);

  auto* pasteRow = new QHBoxLayout;
  pasteRow->addWidget(paste_, 1);
  pasteRow->addWidget(usePaste_);
  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {play_, step_, reheat_, restart_})
    buttons->addWidget(b);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("Puzzle"), this));
  layout->addWidget(puzzle_);
  layout->addLayout(pasteRow);
  layout->addWidget(pasteError_);
  layout->addWidget(new QLabel(tr("Energy and search"), this));
  layout->addWidget(method_);
  layout->addWidget(propagate_);
  layout->addWidget(temperature_);
  layout->addWidget(pace_);
  layout->addLayout(buttons);
  layout->addWidget(readout_);
  layout->addWidget(chart_, 1);

  connect(puzzle_, &QComboBox::activated, this, &SudokuPanel::choosePuzzle);
  connect(usePaste_, &QPushButton::clicked, this, &SudokuPanel::usePastedPuzzle);
  connect(paste_, &QLineEdit::returnPressed, this, &SudokuPanel::usePastedPuzzle);
  connect(method_, &QComboBox::activated, this, [this](int index) {
    editSetting("method", method_->itemData(index).toString().toStdString(), tr("Change the energy"));
  });
  connect(propagate_, &QCheckBox::toggled, this,
          [this](bool on) { editSetting("propagate", on, tr("Fill forced cells first")); });
  connect(play_, &QPushButton::clicked, this, [this] {
    session_->applyWithoutUndo([](ebm::Lesson& l) { l.sampler.playing = !l.sampler.playing; },
                               LessonPart::Sampler);
  });
  connect(step_, &QPushButton::clicked, this,
          [this] { emit commandRequested("step", nlohmann::json::object()); });
  connect(reheat_, &QPushButton::clicked, this,
          [this] { emit commandRequested("reheat", nlohmann::json::object()); });
  connect(restart_, &QPushButton::clicked, this,
          [this] { emit commandRequested("restart", nlohmann::json::object()); });
  connect(session_, &Session::changed, this, [this] { syncFromLesson(); });
  connect(session_, &Session::lessonReplaced, this, [this] { syncFromLesson(); });
  syncFromLesson();
}

// The controls follow the lesson (undo, a reopened file) without echoing the change back.
void SudokuPanel::syncFromLesson() {
  const ebm::Lesson& lesson = session_->lesson();
  if (lesson.experimentKind() != ebm::SudokuExperiment::kKind) return;
  const nlohmann::json& e = lesson.experiment;
  updating_ = true;
  const QSignalBlocker b1(puzzle_), b2(method_), b3(propagate_);
  puzzle_->clear();
  const std::string current = e.value("puzzle", std::string());
  int chosen = -1;
  if (e.contains("puzzles") && e["puzzles"].is_array()) {
    for (const auto& p : e["puzzles"]) {
      puzzle_->addItem(jsonText(p, "name", tr("puzzle")),
                       QString::fromStdString(p.value("puzzle", std::string())));
      if (p.value("puzzle", std::string()) == current) chosen = puzzle_->count() - 1;
    }
  }
  if (chosen < 0) {
    puzzle_->addItem(jsonText(e, "puzzleName", tr("your puzzle")), QString::fromStdString(current));
    chosen = puzzle_->count() - 1;
  }
  puzzle_->setCurrentIndex(chosen);
  method_->setCurrentIndex(
      std::max(0, method_->findData(QString::fromStdString(e.value("method", std::string("anneal"))))));
  propagate_->setChecked(e.value("propagate", true));
  play_->setText(lesson.sampler.playing ? tr("Pause") : tr("Play"));
  updating_ = false;
}

void SudokuPanel::editSetting(const char* key, const nlohmann::json& value, const QString& what) {
  if (updating_) return;
  nlohmann::json settings = session_->lesson().experiment;
  if (settings.value(key, nlohmann::json()) == value) return;
  settings[key] = value;
  session_->edit(&ebm::Lesson::experiment, settings, LessonPart::Experiment, what);
}

void SudokuPanel::choosePuzzle(int index) {
  if (updating_ || index < 0) return;
  nlohmann::json settings = session_->lesson().experiment;
  settings["puzzle"] = puzzle_->itemData(index).toString().toStdString();
  const auto& puzzles = settings["puzzles"];
  settings["puzzleName"] =
      puzzles.is_array() && index < int(puzzles.size()) && puzzles[std::size_t(index)].contains("name")
          ? puzzles[std::size_t(index)]["name"]
          : nlohmann::json(puzzle_->itemText(index).toStdString());  // the name in every language
  if (settings == session_->lesson().experiment) return;
  session_->edit(&ebm::Lesson::experiment, settings, LessonPart::Experiment, tr("Choose a puzzle"));
}

// A typed puzzle is checked here, where the teacher typed it, with the engine's own message.
void SudokuPanel::usePastedPuzzle() {
  const std::string text = paste_->text().trimmed().toStdString();
  try {
    const auto clues = ebm::sudoku::parsePuzzle(text, tr("The puzzle").toStdString());
    nlohmann::json settings = session_->lesson().experiment;
    settings["puzzle"] = ebm::sudoku::boardLine(clues);
    settings["puzzleName"] = tr("your puzzle").toStdString();
    session_->edit(&ebm::Lesson::experiment, settings, LessonPart::Experiment, tr("Solve a typed puzzle"));
    pasteError_->hide();
    paste_->clear();
  } catch (const ebm::Error& e) {
    pasteError_->setText(QString::fromStdString(e.what()));
    pasteError_->show();
  }
}

void SudokuPanel::showFrame(const ebm::Frame& frame) {
  const auto* f = dynamic_cast<const ebm::SudokuFrame*>(frame.experiment.get());
  if (!f) return;
  stage()->showFrame(frame.experiment);
  const auto& s = f->snapshot;
  QString temperatures;
  for (std::size_t k = 0; k < s.temperatures.size() && k < 8; ++k)
    temperatures += (k ? QStringLiteral(", ") : QString()) + QString::number(s.temperatures[k], 'g', 2);
  readout_->setText(
      tr("Energy E = <b>%1</b> (lowest replica; 0 = solved)<br>%2 sweeps, %3 reheats, %4 s of descent<br>"
         "%5 cells forced by the rules; replicas at T = %6")
          .arg(s.energy)
          .arg(s.sweeps)
          .arg(s.reheats)
          .arg(f->seconds, 0, 'f', 3)
          .arg(f->propagatedCells)
          .arg(temperatures.isEmpty() ? QStringLiteral("—") : temperatures));
  chart_->showHistory(f->historySweeps, f->historyEnergies, s.temperatures);
  const bool searching = f->contradiction.empty() && !s.solved && !s.temperatures.empty();
  step_->setEnabled(searching);
  reheat_->setEnabled(searching);
}

}  // namespace ebmui
