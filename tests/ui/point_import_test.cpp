// A teacher's own CSV in the real window: the import dialog's preview and pickers, the points adopted in
// their own units with the box fitted, missing values counted, the reader's own message for a bad file, and
// undo.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "main_window.h"
#include "panels/import_dialog.h"
#include "panels/message_bar.h"
#include "panels/point_import.h"
#include "session/lesson_library.h"
#include "session/session.h"

namespace ebmui {
namespace {

QString testData(const char* name) {
  return QDir(QStringLiteral(EBMSCAPE_TEST_DATA_DIR)).filePath(QString::fromLatin1(name));
}

// Selects the item whose choice name is `name` in a picker.
void pick(QComboBox* box, const QString& name) {
  const int index = box->findData(name);
  ASSERT_GE(index, 0) << name.toStdString();
  box->setCurrentIndex(index);
}

TEST(ImportDialog, PenguinsPreviewSuggestsAndTakesTheChosenColumns) {
  ImportDialog dialog(testData("penguins-excerpt.csv"), 2, {});
  EXPECT_EQ(dialog.preview().columnCount, 8);
  EXPECT_EQ(dialog.problem(), QString());
  // Coordinates are chosen among the columns of numbers only: species, island and sex are not offered.
  EXPECT_EQ(dialog.picker(0)->count(), 5);
  EXPECT_EQ(dialog.picker(3)->count(), 9) << "(none) and every column for the label";
  EXPECT_EQ(dialog.picker(3)->currentData().toString(), QStringLiteral("species"));
  pick(dialog.picker(1), QStringLiteral("flipper_length_mm"));
  const ebm::ImportChoice choice = dialog.choice();
  EXPECT_EQ(choice.coordinates, (std::vector<std::string>{"bill_length_mm", "flipper_length_mm"}));
  EXPECT_EQ(choice.label, "species");
  EXPECT_EQ(choice.skipLines, 0);
  // The same column twice cannot be imported.
  pick(dialog.picker(1), QStringLiteral("bill_length_mm"));
  EXPECT_TRUE(dialog.problem().contains(QStringLiteral("same column")));
}

TEST(ImportDialog, SkippingTheSummaryLineOfScikitLearnsIris) {
  ImportDialog dialog(testData("iris-excerpt.csv"), 2, {});
  EXPECT_EQ(dialog.preview().rows.front().front(), "150");
  dialog.skipLines()->setValue(1);
  EXPECT_EQ(dialog.preview().rowLines.front(), 2);
  EXPECT_EQ(dialog.choice().coordinates, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(dialog.choice().label, "5");
  EXPECT_EQ(dialog.choice().skipLines, 1);
  EXPECT_EQ(dialog.problem(), QString());
}

TEST(ImportDialog, ARememberedChoiceIsPreselected) {
  ebm::ImportChoice remembered;
  remembered.coordinates = {"flipper_length_mm", "body_mass_g"};
  remembered.label = "island";
  ImportDialog dialog(testData("penguins-excerpt.csv"), 2, remembered);
  EXPECT_EQ(dialog.choice().coordinates, remembered.coordinates);
  EXPECT_EQ(dialog.choice().label, "island");
}

TEST(ImportDialog, AFileThatCannotBeReadShowsTheReadersMessage) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("broken.csv"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("x,y\n1,\"2\n");
  file.close();
  ImportDialog dialog(path, 2, {});
  EXPECT_TRUE(dialog.problem().startsWith(QStringLiteral("broken.csv, line 2, column 2:")))
      << dialog.problem().toStdString();
  EXPECT_TRUE(dialog.problem().contains(QStringLiteral("never closed")));
}

class PointImportWindow : public ::testing::Test {
 protected:
  void SetUp() override {
    window_ = std::make_unique<MainWindow>();
    window_->resize(1400, 900);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    QSignalSpy shown(window_.get(), &MainWindow::landscapeShown);
    ASSERT_TRUE(window_->openLessonNamed(QStringLiteral("training-an-ebm")));
    ASSERT_TRUE(shown.wait(20000)) << "the landscape never arrived";
  }

  // Waits for a frame of the lesson's current box: the engine has adopted the imported points.
  bool waitForFrameOfTheLessonsBox() {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
      QTest::qWait(50);
      const ebm::FramePtr frame = window_->lastFrame();
      if (frame && frame->energyGrid && frame->energyGrid->lattice.box == window_->lesson().box) return true;
    }
    return false;
  }

  std::unique_ptr<MainWindow> window_;
};

TEST_F(PointImportWindow, PenguinsArriveInTheirOwnUnitsWithTheBoxFittedAndOneUndoStep) {
  const ebm::Lesson before = window_->lesson();
  ebm::ImportChoice choice;
  choice.coordinates = {"bill_length_mm", "flipper_length_mm"};
  choice.label = "species";
  QSignalSpy imported(window_->pointImport(), &PointImport::imported);
  window_->pointImport()->importFile(testData("penguins-excerpt.csv"), choice);
  ASSERT_TRUE(imported.wait(10000));
  const QString message = imported.takeFirst().at(0).toString();
  EXPECT_TRUE(
      message.startsWith(QStringLiteral("Imported 34 points from penguins-excerpt.csv (x: bill_length_mm, "
                                        "y: flipper_length_mm, label: species).")))
      << message.toStdString();
  EXPECT_TRUE(message.contains(QStringLiteral("Skipped 2 rows with a missing value (lines 5, 22).")))
      << message.toStdString();
  EXPECT_EQ(window_->messageBar()->text(), message);

  const ebm::DataSpec& data = window_->lesson().data;
  EXPECT_EQ(data.importedFrom, "penguins-excerpt.csv");
  EXPECT_EQ(data.importChoice, choice);
  EXPECT_EQ(data.skippedRows, 2);
  EXPECT_EQ(data.labelNames, (std::vector<std::string>{"Adelie", "Gentoo", "Chinstrap"}));
  EXPECT_FLOAT_EQ(data.points(0, 0), 39.1f);
  EXPECT_GT(data.standardization.scale[1], 5.0) << "flipper lengths spread over tens of millimetres";

  ASSERT_TRUE(waitForFrameOfTheLessonsBox());
  const ebm::FramePtr frame = window_->lastFrame();
  EXPECT_EQ(frame->axes.names, (std::vector<std::string>{"bill_length_mm", "flipper_length_mm"}));
  EXPECT_LT(frame->data->positions.cwiseAbs().maxCoeff(), 4.0f) << "the engine sees standardized points";

  // One import is one undo step: the old data and box come back.
  window_->session()->undoStack()->undo();
  EXPECT_EQ(window_->lesson().box, before.box);
  EXPECT_EQ(window_->lesson().data.dataset, before.data.dataset);
  EXPECT_EQ(window_->lesson().data.source, before.data.source);
}

TEST_F(PointImportWindow, ABadFileShowsTheReadersLineAndColumnAndKeepsTheData) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("bad.csv"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("x,y\n1.0,2.0\n3.0,abc\n");
  file.close();
  const ebm::DataSpec before = window_->lesson().data;
  QSignalSpy failed(window_->pointImport(), &PointImport::failed);
  window_->pointImport()->importFile(path, {});
  ASSERT_TRUE(failed.wait(10000));
  const QString message = failed.takeFirst().at(0).toString();
  EXPECT_EQ(message,
            QStringLiteral("Not imported: bad.csv, line 3, column 2: \"abc\" is not a number. The data is "
                           "unchanged."));
  EXPECT_EQ(window_->messageBar()->text(), message);
  EXPECT_EQ(window_->lesson().data.dataset, before.dataset);
}

TEST_F(PointImportWindow, TheDialogOpensOnTheRememberedColumnsOfTheSameFile) {
  ebm::ImportChoice choice;
  choice.coordinates = {"bill_length_mm", "flipper_length_mm"};
  QSignalSpy imported(window_->pointImport(), &PointImport::imported);
  window_->pointImport()->importFile(testData("penguins-excerpt.csv"), choice);
  ASSERT_TRUE(imported.wait(10000));
  // Opening the dialog for the same file again: its pickers start where the lesson left them; accept them.
  std::vector<std::string> seen;
  QTimer::singleShot(300, [&] {
    auto* dialog = window_->findChild<ImportDialog*>();
    ASSERT_TRUE(dialog);
    seen = dialog->choice().coordinates;
    dialog->accept();
  });
  EXPECT_TRUE(window_->pointImport()->chooseColumnsAndImport(testData("penguins-excerpt.csv")));
  EXPECT_EQ(seen, choice.coordinates);
  ASSERT_TRUE(imported.wait(10000));
}

TEST_F(PointImportWindow, PointsReadForALessonSinceReplacedAreNotImportedIntoTheNextOne) {
  QSignalSpy imported(window_->pointImport(), &PointImport::imported);
  QSignalSpy cancelled(window_->pointImport(), &PointImport::cancelled);
  window_->pointImport()->importFile(testData("penguins-excerpt.csv"), {});
  ASSERT_TRUE(window_->openLessonNamed(QStringLiteral("energy-and-probability")));
  const ebm::DataSpec opened = window_->lesson().data;
  ASSERT_TRUE(cancelled.wait(10000));
  QTest::qWait(200);
  EXPECT_EQ(imported.count(), 0);
  EXPECT_EQ(window_->lesson().data.source, opened.source);
  EXPECT_TRUE(window_->lesson().data.importedFrom.empty());
  EXPECT_EQ(window_->session()->undoStack()->count(), 0);
}

}  // namespace
}  // namespace ebmui
