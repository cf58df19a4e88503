// The Sudoku lesson in the real window: the board on the stage, Play/Pause, Step and Reheat reach the
// search, a chosen or typed puzzle is one undo step, a bad one is refused with the engine's message, and the
// energy can be switched to Potts.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <functional>

#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "experiments/replica_energy_chart.h"
#include "main_window.h"
#include "session/session.h"
#include "sudoku/sudoku_experiment.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

class SudokuLessonTest : public ebmtest::WalkthroughFixture {
 protected:
  void SetUp() override { open(QStringLiteral("reasoning-sudoku")); }

  const ebm::SudokuFrame* sudoku() const { return experimentFrame<ebm::SudokuFrame>(); }

  bool waitFor(const std::function<bool(const ebm::SudokuFrame&)>& ready, int ms = 10000) {
    return waitForExperiment(ready, ms);
  }

  template <typename W>
  W* find(const char* name) {
    return window_->experimentPanel()->findChild<W*>(QString::fromLatin1(name));
  }

  void pause() {
    if (window_->lesson().sampler.playing) QTest::mouseClick(find<QPushButton>("sudokuPlay"), Qt::LeftButton);
    ASSERT_FALSE(window_->lesson().sampler.playing);
    QTest::qWait(200);  // a frame already on its way may still arrive
  }
};

TEST_F(SudokuLessonTest, TheBoardIsOnTheStageAndTheDescentRuns) {
  ASSERT_NE(window_->experimentPanel(), nullptr);
  StageWidget* stage = window_->experimentPanel()->stage();
  ASSERT_NE(stage, nullptr);
  EXPECT_TRUE(stage->isVisible());
  EXPECT_TRUE(window_->views()->landscapeView()->isVisible());
  ASSERT_TRUE(waitFor([](const ebm::SudokuFrame& f) { return f.snapshot.sweeps > 20; }))
      << "the descent does not run by itself";
  const QImage board = stage->grab().toImage();
  board.save(QStringLiteral("/tmp/sudoku_stage.png"));
  int bright = 0;
  for (int y = 0; y < board.height(); y += 2) {
    for (int x = 0; x < board.width(); x += 2)
      bright += qGray(board.pixel(x, y)) > 180;
  }
  EXPECT_GT(bright, 300) << "no digits or grid on the stage";
  auto* chart = window_->experimentPanel()->findChild<ReplicaEnergyChart*>();
  ASSERT_NE(chart, nullptr);
  EXPECT_GE(chart->seriesCount(), 1) << "the energy chart stays empty";
}

TEST_F(SudokuLessonTest, PauseStepAndReheatReachTheSearch) {
  pause();
  const auto* before = sudoku();
  ASSERT_NE(before, nullptr);
  const auto sweeps = before->snapshot.sweeps;
  QTest::qWait(300);
  EXPECT_EQ(sudoku()->snapshot.sweeps, sweeps) << "paused, yet the search went on";
  QTest::mouseClick(find<QPushButton>("sudokuStep"), Qt::LeftButton);
  EXPECT_TRUE(waitFor([&](const ebm::SudokuFrame& f) { return f.snapshot.sweeps == sweeps + 4; }));
  const auto reheats = sudoku()->snapshot.reheats;
  QTest::mouseClick(find<QPushButton>("sudokuReheat"), Qt::LeftButton);
  EXPECT_TRUE(waitFor([&](const ebm::SudokuFrame& f) { return f.snapshot.reheats > reheats; }));
}

// An annealing replica cools between the chart's histories: the legend names each line by its temperature
// now.
TEST_F(SudokuLessonTest, TheChartsLegendNamesTheReplicasCurrentTemperature) {
  ASSERT_TRUE(waitFor([](const ebm::SudokuFrame& f) { return f.snapshot.sweeps > 20; }));
  pause();
  QTest::qWait(200);
  const auto* frame = sudoku();
  ASSERT_NE(frame, nullptr);
  ASSERT_FALSE(frame->snapshot.temperatures.empty());
  auto* chart = window_->experimentPanel()->findChild<ReplicaEnergyChart*>();
  ASSERT_NE(chart, nullptr);
  EXPECT_EQ(chart->seriesName(0).toStdString(),
            "T = " + QString::number(frame->snapshot.temperatures[0], 'g', 2).toStdString());
}

TEST_F(SudokuLessonTest, APuzzleChosenOrTypedIsOneUndoStep) {
  auto* puzzles = find<QComboBox>("sudokuPuzzle");
  ASSERT_NE(puzzles, nullptr);
  ASSERT_GE(puzzles->count(), 5);
  const int steps = window_->session()->undoStack()->count();
  const int escargot = puzzles->findText(QStringLiteral("AI Escargot"), Qt::MatchStartsWith);
  ASSERT_GE(escargot, 0);
  puzzles->setCurrentIndex(escargot);
  emit puzzles->activated(escargot);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  EXPECT_TRUE(waitFor([](const ebm::SudokuFrame& f) { return f.puzzleName.rfind("AI Escargot", 0) == 0; }));
  // A typed puzzle with clashing clues is refused where it was typed, with the engine's message.
  auto* paste = find<QLineEdit>("sudokuPaste");
  paste->setText(QStringLiteral("55") + QString(79, QLatin1Char('.')));
  QTest::keyClick(paste, Qt::Key_Return);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  bool shown = false;
  for (QLabel* label : window_->experimentPanel()->findChildren<QLabel*>()) {
    if (label->isVisible() && label->text().contains(QStringLiteral("row 1"))) shown = true;
  }
  EXPECT_TRUE(shown) << "the clash is not named";
  paste->setText(QString(81, QLatin1Char('.')));
  QTest::keyClick(paste, Qt::Key_Return);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 2);
  window_->session()->undoStack()->undo();
  EXPECT_TRUE(waitFor([](const ebm::SudokuFrame& f) { return f.puzzleName.rfind("AI Escargot", 0) == 0; }));
}

TEST_F(SudokuLessonTest, TheEnergyCanBeSwitchedToPotts) {
  auto* method = find<QComboBox>("sudokuMethod");
  ASSERT_NE(method, nullptr);
  const int potts = method->findData(QStringLiteral("potts"));
  ASSERT_GE(potts, 0);
  method->setCurrentIndex(potts);
  emit method->activated(potts);
  EXPECT_TRUE(waitFor([](const ebm::SudokuFrame& f) { return f.method == "potts"; }));
  EXPECT_TRUE(waitFor([](const ebm::SudokuFrame& f) { return f.snapshot.temperatures.size() > 1; }));
}

}  // namespace
}  // namespace ebmui
