// What a teacher trips over, checked in the real window under Xvfb (issue 20): the import's messages and its
// box, undo that catches every edit and no view toggle, Save As, Train without data, and Reset that asks.
#include <gtest/gtest.h>

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <cmath>

#include "core/box.h"
#include "image_checks.h"
#include "main_window.h"
#include "panels/message_bar.h"
#include "session/lesson_library.h"
#include "session/session.h"
#include "session/simulation_worker.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

using WalkthroughWindowTest = ebmtest::WalkthroughFixture;

TEST_F(WalkthroughWindowTest, AMalformedImportSaysTheLineAndColumnAsTheCommandLineDoes) {
  open(QStringLiteral("training-an-ebm"));
  const QString bad = writeFile(QStringLiteral("bad.csv"), "x,y\n1.0,2.0\n3.0,abc\n");
  const QString message = importAndWait(bad);
  EXPECT_TRUE(message.contains(QStringLiteral("bad.csv, line 3, column 2: \"abc\" is not a number")))
      << message.toStdString();
  EXPECT_FALSE(message.contains(QStringLiteral("std::exception"))) << message.toStdString();
  EXPECT_EQ(window_->messageBar()->level(), MessageBar::Level::Error);
  EXPECT_EQ(window_->lesson().data.source, ebm::DataSpec::Source::Generated) << "the data must stay";

  const QString headerOnly = importAndWait(writeFile(QStringLiteral("header.csv"), "x,y\n"));
  EXPECT_TRUE(headerOnly.contains(QStringLiteral("header.csv"))) << headerOnly.toStdString();
  EXPECT_FALSE(headerOnly.contains(QStringLiteral("std::exception"))) << headerOnly.toStdString();
}

// The view draws at its own size, and its picture fills it (not a thumbnail in a corner).
void expectPictureFillsView(VtkView* view, const char* when) {
  view->renderAtFullResolutionNext();
  const QImage picture = view->grabFramebuffer();
  EXPECT_EQ(picture.size(), view->size() * view->devicePixelRatioF()) << when;
  // Left of the colour bar: the map or the surface.
  const QRectF extent = ebmtest::colouredExtent(picture, QRectF(0, 0, 0.8, 1));
  // Not a thumbnail: a large share of the view both ways (a wide view's picture is bound by its height, a
  // tall one's by its width; a tilted flat landscape leaves the box's corners uncoloured).
  EXPECT_GT(std::max(extent.width(), extent.height()), 0.55)
      << when << ": the picture is " << extent.width() << " × " << extent.height() << " of the view";
  EXPECT_GT(std::min(extent.width(), extent.height()), 0.3)
      << when << ": the picture is " << extent.width() << " × " << extent.height() << " of the view";
  EXPECT_NEAR(extent.center().y(), 0.5, 0.15) << when << ": the picture sits at " << extent.center().y();
}

// Imported points are standardized and the box fitted to them: points far from the lesson's box are all
// drawn and learned, and the views keep their size and draw all over.
TEST_F(WalkthroughWindowTest, FarPointsAreFittedByTheBoxAndTheViewsKeepTheirSize) {
  open(QStringLiteral("training-an-ebm"));
  const ebm::Box before = window_->lesson().box;
  QByteArray far = "x,y\n";
  for (int i = 0; i < 300; ++i)
    far += QByteArray::number(20 + 0.01 * (i % 17)) + "," + QByteArray::number(-15 + 0.013 * (i % 23)) + "\n";
  const QString message = importAndWait(writeFile(QStringLiteral("far.csv"), far));
  waitFrames(3);
  VtkView* map = window_->views()->mapView();
  const QSize mapSize = map->size();  // with the message bar above the views
  EXPECT_TRUE(message.contains(QStringLiteral("Imported 300 points"))) << message.toStdString();
  const ebm::Lesson& lesson = window_->lesson();
  EXPECT_EQ(lesson.data.points.cols(), 300);
  EXPECT_EQ(ebm::pointsOutside(lesson.box, lesson.data.standardization.toEngine(lesson.data.points)), 0);
  // The greyed Points field counts what was imported.
  auto* count = window_->findChild<QSpinBox*>(QStringLiteral("dataCount"));
  ASSERT_TRUE(count);
  EXPECT_EQ(count->value(), 300);
  waitFrames(3);
  // A second import keeps the views as large as they were, drawing all over.
  QByteArray near = "x,y\n";
  for (int i = 0; i < 50; ++i)
    near += QByteArray::number(20.05 + 0.001 * i) + "," + QByteArray::number(-14.9 + 0.002 * i) + "\n";
  const QString second = importAndWait(writeFile(QStringLiteral("near.csv"), near));
  EXPECT_TRUE(second.contains(QStringLiteral("Imported 50 points"))) << second.toStdString();
  waitFrames(3);
  // As wide, and as tall or taller (the message bar above the views hides after a while).
  EXPECT_EQ(map->width(), mapSize.width());
  EXPECT_GE(map->height(), mapSize.height());
  for (VtkView* view : {window_->views()->landscapeView(), map})
    expectPictureFillsView(view, "after two imports");
  QTest::keyClick(window_.get(), Qt::Key_R);
  waitFrames(3);
  for (VtkView* view : {window_->views()->landscapeView(), map})
    expectPictureFillsView(view, "after R");
  // Undo puts the old box back with the old data.
  for (int step = 0; step < 2; ++step)
    window_->session()->undoStack()->undo();
  EXPECT_EQ(window_->lesson().box.upper[0], before.upper[0]);
  EXPECT_EQ(window_->lesson().data.source, ebm::DataSpec::Source::Generated);
}

// Edit, train, undo: the run is its own undo step, so undo takes back the training and keeps the edit made
// before it (an older edit's undo used to restore the energies list from before, untrained weights and all).
TEST_F(WalkthroughWindowTest, EditTrainUndoTakesBackTheRunAndKeepsTheEdit) {
  open(QStringLiteral("training-an-ebm"));
  auto energies = window_->lesson().energies;
  const auto k = std::size_t(window_->lesson().training.energy);
  energies[k].name = "renamed network";
  window_->session()->edit(&ebm::Lesson::energies, energies, LessonPart::Energies, QStringLiteral("rename"));
  const nlohmann::json untrained = window_->lesson().energies[k].spec;
  QTest::keyClick(window_.get(), Qt::Key_T);  // train
  QTest::qWait(2500);
  QTest::keyClick(window_.get(), Qt::Key_T);  // pause: the weights come into the lesson
  for (int i = 0; i < 50 && window_->lesson().energies[k].spec == untrained; ++i)
    QTest::qWait(100);
  const nlohmann::json trained = window_->lesson().energies[k].spec;
  ASSERT_NE(trained, untrained) << "the paused run's weights never reached the lesson";
  QUndoStack* undo = window_->session()->undoStack();
  EXPECT_TRUE(undo->undoText().startsWith(QStringLiteral("Train"))) << undo->undoText().toStdString();
  undo->undo();
  EXPECT_EQ(window_->lesson().energies[k].spec, untrained) << "undo takes the training back";
  EXPECT_EQ(window_->lesson().energies[k].name, "renamed network") << "and keeps the edit before it";
  undo->redo();
  EXPECT_EQ(window_->lesson().energies[k].spec, trained) << "redo brings the trained weights back";
}

// The Animation panel's Export… button opens the export dialog, as File ▸ Export Animation… does.
TEST_F(WalkthroughWindowTest, TheAnimationPanelsExportButtonOpensTheExportDialog) {
  open(QStringLiteral("energy-and-probability"));
  auto* button = window_->findChild<QPushButton*>(QStringLiteral("exportAnimationButton"));
  ASSERT_TRUE(button);
  QString opened;
  auto* poll = new QTimer(window_.get());
  poll->setInterval(50);
  QObject::connect(poll, &QTimer::timeout, poll, [poll, &opened] {
    if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
      opened = QString::fromLatin1(dialog->metaObject()->className());
      dialog->reject();
      poll->deleteLater();
    }
  });
  poll->start();
  QTimer::singleShot(5000, poll, &QObject::deleteLater);
  QTest::mouseClick(button, Qt::LeftButton);  // returns when the dialog closes
  EXPECT_EQ(opened, QStringLiteral("ebmui::ExportDialog"));
}

TEST_F(WalkthroughWindowTest, PreviewStopPutsTheTemperatureBackWithoutAnUndoStep) {
  open(QStringLiteral("energy-and-probability"));
  const double before = window_->lesson().temperature;
  const int steps = window_->session()->undoStack()->count();
  auto* preview = window_->findChild<QPushButton*>(QStringLiteral("previewButton"));
  ASSERT_TRUE(preview);
  QTest::mouseClick(preview, Qt::LeftButton);
  QTest::qWait(1500);
  EXPECT_NE(window_->lesson().temperature, before) << "the preview should animate T";
  QTest::mouseClick(preview, Qt::LeftButton);
  EXPECT_DOUBLE_EQ(window_->lesson().temperature, before);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps);
  auto* slider = window_->findChild<QSlider*>(QStringLiteral("temperatureSlider"));
  ASSERT_TRUE(slider);
  auto* box = slider->parentWidget()->findChild<QDoubleSpinBox*>();
  ASSERT_TRUE(box);
  EXPECT_DOUBLE_EQ(box->value(), before);
}

TEST_F(WalkthroughWindowTest, DraggingTheSliceIsOneUndoStepAndShowsWhereItCuts) {
  open(QStringLiteral("landscapes-in-3d"));
  auto* slice = window_->findChild<QSlider*>(QStringLiteral("slicePositionSlider"));
  ASSERT_TRUE(slice);
  const double before = window_->lesson().view.slicePosition;
  const int steps = window_->session()->undoStack()->count();
  for (int v = slice->value() + 1; v <= slice->value() + 20; ++v)
    slice->setValue(v);
  EXPECT_EQ(window_->session()->undoStack()->count(), steps + 1);
  auto* value = window_->findChild<QLabel*>(QStringLiteral("sliceValue"));
  ASSERT_TRUE(value);
  EXPECT_TRUE(value->text().startsWith(QStringLiteral("x₃ = "))) << value->text().toStdString();
  window_->session()->undoStack()->undo();
  EXPECT_DOUBLE_EQ(window_->lesson().view.slicePosition, before);
}

TEST_F(WalkthroughWindowTest, ViewTogglesAreNoUndoStepsAndTheToolbarDoesNotMove) {
  open(QStringLiteral("energy-and-probability"));
  auto* bar = window_->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
  ASSERT_TRUE(bar);
  auto positions = [bar] {
    QList<int> x;
    for (QAction* a : bar->actions()) {
      if (QWidget* w = bar->widgetForAction(a)) x << w->geometry().left();
    }
    return x;
  };
  const QList<int> before = positions();
  const int steps = window_->session()->undoStack()->count();
  for (QAction* a : window_->findChildren<QAction*>()) {
    if (a->text() == QStringLiteral("Particles") || a->text() == QStringLiteral("Landscape and Map"))
      a->trigger();
  }
  EXPECT_EQ(window_->session()->undoStack()->count(), steps) << "a view toggle landed on the undo stack";
  window_->session()->setParameter(QStringLiteral("temperature"), 2.0);  // "Undo Change Temperature T"
  QAction* play = window_->findChild<QAction*>(QStringLiteral("playAction"));
  ASSERT_TRUE(play);
  EXPECT_FALSE(play->isCheckable());
  const QString playText = play->text();
  play->trigger();  // the label flips between Play and Pause Particles
  QTest::qWait(50);
  EXPECT_NE(play->text(), playText);
  EXPECT_EQ(positions(), before) << "toolbar buttons moved";
  EXPECT_EQ(window_->findChild<QAction*>(QStringLiteral("toolbarUndo"))->text(), QStringLiteral("Undo"));
}

TEST_F(WalkthroughWindowTest, CtrlZInANumberBoxUndoesTheLesson) {
  open(QStringLiteral("energy-and-probability"));
  auto* slider = window_->findChild<QSlider*>(QStringLiteral("temperatureSlider"));
  ASSERT_TRUE(slider);
  auto* box = slider->parentWidget()->findChild<QDoubleSpinBox*>();
  ASSERT_TRUE(box);
  const double before = window_->lesson().temperature;
  box->setFocus();
  box->selectAll();
  QTest::keyClicks(box, QStringLiteral("3"));
  QTest::keyClick(box, Qt::Key_Return);
  ASSERT_DOUBLE_EQ(window_->lesson().temperature, 3.0);
  QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier);
  EXPECT_DOUBLE_EQ(window_->lesson().temperature, before);
  QTest::keyClick(box, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
  EXPECT_DOUBLE_EQ(window_->lesson().temperature, 3.0);
}

TEST_F(WalkthroughWindowTest, TrainingResetAsksAndUndoBringsTheWeightsBack) {
  open(QStringLiteral("landscapes-in-3d"));
  ASSERT_TRUE(window_->lesson().energies[0].spec.contains("layers"));
  auto* reset = window_->findChild<QPushButton*>(QStringLiteral("resetTrainingButton"));
  ASSERT_TRUE(reset);
  answerNextQuestion(QMessageBox::Cancel);
  QTest::mouseClick(reset, Qt::LeftButton);
  EXPECT_TRUE(window_->lesson().energies[0].spec.contains("layers")) << "Cancel must keep the weights";
  answerNextQuestion(QMessageBox::Reset);
  QTest::mouseClick(reset, Qt::LeftButton);
  EXPECT_FALSE(window_->lesson().energies[0].spec.contains("layers"));
  waitFrames(3);
  window_->session()->undoStack()->undo();
  EXPECT_TRUE(window_->lesson().energies[0].spec.contains("layers"));
}

TEST_F(WalkthroughWindowTest, SaveAsHasItsShortcutAndSuggestsTheLessonsName) {
  open(QStringLiteral("landscapes-in-3d"));
  auto* saveAs = window_->findChild<QAction*>(QStringLiteral("saveAsAction"));
  ASSERT_TRUE(saveAs);
  EXPECT_EQ(saveAs->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  EXPECT_EQ(suggestedLessonFileName(window_->lesson()), QStringLiteral("landscapes-in-3d.json"));
  // Ctrl+Shift+S opens the dialog with that name.
  QString suggested;
  QTimer::singleShot(500, [&] {
    if (auto* dialog = QApplication::activeModalWidget()) {
      if (auto* name = dialog->findChild<QLineEdit*>()) suggested = name->text();
      dialog->close();
    }
  });
  QTest::keyClick(window_.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
  EXPECT_TRUE(suggested.endsWith(QStringLiteral("landscapes-in-3d.json"))) << suggested.toStdString();
}

TEST_F(WalkthroughWindowTest, TrainWithoutDataOffersTheDataPanel) {
  open(QStringLiteral("composing-energies"));
  QTest::keyClick(window_.get(), Qt::Key_T);
  EXPECT_TRUE(window_->messageBar()->text().contains(QStringLiteral("Training needs data")))
      << window_->messageBar()->text().toStdString();
  QPushButton* offer = window_->messageBar()->actionButton();
  ASSERT_TRUE(offer->isVisible());
  QTest::mouseClick(offer, Qt::LeftButton);
  EXPECT_TRUE(window_->panels()->isTabVisible(3));
  EXPECT_EQ(window_->panels()->currentIndex(), 3);
}

TEST_F(WalkthroughWindowTest, NoPanelScrollsSidewaysAtTheDefaultSize) {
  open(QStringLiteral("training-an-ebm"), QSize(1500, 900));
  for (int tab = 0; tab < window_->panels()->count(); ++tab) {
    if (!window_->panels()->isTabVisible(tab)) continue;
    window_->panels()->setCurrentIndex(tab);
    QTest::qWait(50);
    auto* area = qobject_cast<QScrollArea*>(window_->panels()->widget(tab));
    ASSERT_TRUE(area);
    window_->grab().save(QStringLiteral("/tmp/walkthrough-tab-%1.png").arg(tab));  // looked at by people
    EXPECT_FALSE(area->horizontalScrollBar()->isVisible())
        << window_->panels()->tabText(tab).toStdString() << " scrolls sideways: needs "
        << area->widget()->minimumSizeHint().width() << " px of " << area->viewport()->width();
  }
}

TEST_F(WalkthroughWindowTest, TheHelixLessonsParticlesAreJudgedMixed) {
  open(QStringLiteral("landscapes-in-3d"));
  window_->panels()->setCurrentIndex(1);
  QElapsedTimer waited;
  waited.start();
  while (waited.elapsed() < 60000 && !std::isfinite(window_->lastFrame()->particles->mixingDistance))
    waitFrames(5);
  const auto frame = window_->lastFrame();
  window_->screenshot().save(QStringLiteral("/tmp/walkthrough-helix-sampler.png"));
  ASSERT_TRUE(std::isfinite(frame->particles->mixingDistance)) << "never judged";
  EXPECT_LE(frame->particles->mixingDistance, 0.1) << frame->particles->mixingAdvice;
  auto* verdict = window_->findChild<QLabel*>(QStringLiteral("mixingVerdict"));
  ASSERT_TRUE(verdict);
  EXPECT_TRUE(verdict->text().contains(QStringLiteral("sample p<sub>T</sub>")))
      << verdict->text().toStdString();
  // Started uniformly in the box, as the lesson used to, they are told they have not mixed.
  ebm::SamplerSpec sampler = window_->lesson().sampler;
  sampler.startFromData = false;
  sampler.method = ebm::SamplerSpec::Method::Ula;
  sampler.stepSize = 0.01;
  window_->session()->edit(&ebm::Lesson::sampler, sampler, LessonPart::Sampler, QStringLiteral("uniform"));
  window_->worker()->resetParticles();
  waited.restart();
  while (waited.elapsed() < 60000 && !verdict->text().contains(QStringLiteral("have not mixed yet")))
    waitFrames(5);
  window_->screenshot().save(QStringLiteral("/tmp/walkthrough-helix-not-mixed.png"));
  EXPECT_TRUE(verdict->text().contains(QStringLiteral("have not mixed yet")))
      << verdict->text().toStdString();
}

TEST_F(WalkthroughWindowTest, MullerBrownBringsItsBox) {
  open(QStringLiteral("energy-and-probability"));
  QAction* add = nullptr;
  for (QAction* a : window_->findChildren<QAction*>()) {
    if (a->text() == QStringLiteral("Müller–Brown")) add = a;
  }
  ASSERT_TRUE(add);
  add->trigger();
  const ebm::Lesson& lesson = window_->lesson();
  EXPECT_DOUBLE_EQ(lesson.box.lower[0], -1.5);
  EXPECT_DOUBLE_EQ(lesson.box.upper[1], 2.0);
  EXPECT_EQ(lesson.composition.terms, std::vector<int>{int(lesson.energies.size()) - 1});
  waitFrames(20);
  const auto frame = window_->lastFrame();
  ASSERT_TRUE(frame->particles);
  EXPECT_LT(frame->particles->meanEnergy, 10.0) << "particles stranded on the plateau";
  window_->session()->undoStack()->undo();
  EXPECT_DOUBLE_EQ(window_->lesson().box.lower[0], -4.0);
}

TEST_F(WalkthroughWindowTest, ADataChangeRecalibratesTheAnomalyThreshold) {
  open(QStringLiteral("anomaly-detection"));
  ebm::DataSpec data = window_->lesson().data;
  data.dataset = "moons";
  window_->session()->editData(data, QStringLiteral("test"));
  waitFrames(5);
  const auto frame = window_->lastFrame();
  ASSERT_TRUE(frame->anomaly);
  EXPECT_NEAR(window_->lesson().threshold, frame->anomaly->calibratedThreshold, 1e-9);
  auto* slider = window_->findChild<QSlider*>(QStringLiteral("thresholdSlider"));
  ASSERT_TRUE(slider);
  auto* box = slider->parentWidget()->findChild<QDoubleSpinBox*>();
  EXPECT_NEAR(box->value(), frame->anomaly->calibratedThreshold, 1e-3);
}

}  // namespace
}  // namespace ebmui
