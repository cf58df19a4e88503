#include "run_program.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

#include "command_line.h"
#include "core/errors.h"
#include "export/still_image.h"
#include "export_command.h"
#include "i18n/language.h"
#include "main_window.h"
#include "panels/point_import.h"
#include "presentation_mode.h"
#include "session/lesson_library.h"
#include "session/memory_policy.h"
#include "vtk/vtk_messages.h"
#include "vtk/vtk_view.h"

namespace ebmapp {
namespace {

void printError(const QString& message) {
  std::fprintf(stderr, "ebmscape: %s\n", qPrintable(message));
}

// A command line that does not fit the usage: the reason, the usage, exit code 2.
int refuseUsage(const char* reason) {
  printError(QString::fromStdString(reason));
  std::fputs(qPrintable(usageText()), stderr);
  return 2;
}

// Offscreen pictures paint an experiment's stage (text, bars) with Qt: a GUI application on Qt's offscreen
// platform, while VTK draws through its own X connection as before.
std::unique_ptr<QGuiApplication> headlessPainter(int& argc, char** argv) {
  if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  return std::make_unique<QGuiApplication>(argc, argv);
}

int runRender(const Command& command) {
  ebm::Lesson lesson = ebmui::loadLesson(command.lesson.isEmpty() ? ebmui::kDefaultLesson : command.lesson);
  if (!command.data.file.empty()) readPointsIntoLesson(lesson, command.data);
  ebmui::renderLessonStill(lesson, command.outputPath, command.width, command.height);
  std::printf("wrote %s (%dx%d)\n", qPrintable(command.outputPath), command.width, command.height);
  return 0;
}

int runGui(int argc, char** argv, const Command& command) {
  ebmui::useReturnableMemory();
  QApplication app(argc, argv);
  QApplication::setApplicationName(QStringLiteral("ebmscape"));
  QApplication::setOrganizationName(QStringLiteral("ebmscape"));

  ebmui::installLanguage();  // the saved choice, else the system's (LANGUAGE, LANG)
  auto window = std::make_unique<ebmui::MainWindow>();
  window->resize(command.width, command.height);
  // After a crash the autosaved lesson comes first: restored at once with --recover, offered otherwise when
  // no lesson is named (but not in the unattended screenshot mode). Without a lesson on the command line,
  // reopen the last one (or the default lesson the first time).
  bool restored = false;
  if (command.recover) {
    restored = window->offerRecovery(false);
  } else if (command.lesson.isEmpty() && command.screenshotPath.isEmpty()) {
    restored = window->offerRecovery(true);
  }
  if (!restored) {
    QString lesson = command.lesson;
    if (lesson.isEmpty())
      lesson = QSettings().value(QStringLiteral("lastLesson"), ebmui::kDefaultLesson).toString();
    if (!window->openLessonNamed(lesson) && !window->openLessonNamed(ebmui::kDefaultLesson)) return 1;
  }

  if (command.play) window->play();

  // --data: the teacher's own points, read into the lesson as the import dialog would.
  const bool importing = !command.data.file.empty();
  ebmui::PointImport* import = window->pointImport();
  if (importing) {
    QObject::connect(import, &ebmui::PointImport::imported, window.get(),
                     [](const QString& message) { printError(message); });
    QObject::connect(import, &ebmui::PointImport::failed, window.get(), [&](const QString& message) {
      printError(message);
      if (!command.screenshotPath.isEmpty()) QApplication::exit(1);
    });
    import->importFile(QString::fromStdString(command.data.file), command.data.choice);
  }

  if (!command.screenshotPath.isEmpty()) {
    // Save the window once the landscape (of the imported points, with --data) has been drawn into it, then
    // quit.
    const auto shoot = [&] {
      QObject::connect(
          window->view(), &ebmui::VtkView::frameRendered, window.get(),
          [&] {
            QTimer::singleShot(50, window.get(), [&] {
              const bool saved = window->writeScreenshot(command.screenshotPath);
              if (!saved) printError(QStringLiteral("cannot write %1").arg(command.screenshotPath));
              QApplication::exit(saved ? 0 : 1);
            });
          },
          Qt::SingleShotConnection);
    };
    if (importing) {
      QObject::connect(import, &ebmui::PointImport::imported, window.get(), [&, shoot] {
        auto* waiting = new QObject(window.get());
        QObject::connect(window.get(), &ebmui::MainWindow::frameShown, waiting, [&, shoot, waiting] {
          const ebm::FramePtr frame = window->lastFrame();
          if (!frame || !frame->energyGrid || frame->energyGrid->lattice.box != window->lesson().box) return;
          waiting->deleteLater();
          shoot();
        });
      });
    } else {
      QObject::connect(window.get(), &ebmui::MainWindow::landscapeShown, window.get(), shoot);
    }
  }
  window->show();
  if (command.presentation) window->presentation()->setActive(true);
  // View ▸ Language: widgets keep the texts they were made with, so the window is made again in the new
  // language and takes over the lesson as it stands.
  std::function<void()> followLanguage;
  followLanguage = [&] {
    QObject::connect(window.get(), &ebmui::MainWindow::languageChosen, window.get(), [&](const QString& tag) {
      QTimer::singleShot(0, window.get(), [&, tag] {
        ebmui::installLanguage(tag);
        ebmui::MainWindow* previous = window.release();
        window = std::make_unique<ebmui::MainWindow>();
        window->takeOverFrom(*previous);
        window->show();
        previous->hide();
        previous->deleteLater();
        followLanguage();
      });
    });
  };
  followLanguage();
  return QApplication::exec();
}

}  // namespace

int runProgram(int argc, char** argv) {
  QStringList arguments;
  for (int i = 1; i < argc; ++i)
    arguments << QString::fromLocal8Bit(argv[i]);

  Command command;
  try {
    command = parseCommandLine(arguments);
  } catch (const UsageError& e) {
    return refuseUsage(e.what());
  }
  ebmui::routeVtkMessagesToQt();

  try {
    switch (command.kind) {
      case Command::Kind::Help:
        std::fputs(qPrintable(usageText()), stdout);
        return 0;
      case Command::Kind::Version:
        std::printf("ebmscape %s\n", EBMSCAPE_VERSION);
        return 0;
      case Command::Kind::ListLessons: {
        QCoreApplication app(argc, argv);
        for (const QString& name : ebmui::builtInLessonNames())
          std::printf("%s\n", qPrintable(name));
        return 0;
      }
      case Command::Kind::Render: {
        const auto app = headlessPainter(argc, argv);
        return runRender(command);
      }
      case Command::Kind::Train:
        return runTrain(command.train);
      case Command::Kind::Solve:
        return runSolve(command.solve);
      case Command::Kind::Hopfield:
        return runHopfield(command.hopfield);
      case Command::Kind::Export: {
        const auto app = headlessPainter(argc, argv);
        return runExport(command);
      }
      case Command::Kind::Sample: {
        QCoreApplication app(argc, argv);
        return runSample(command.sample);
      }
      case Command::Kind::Gui:
        return runGui(argc, argv, command);
    }
  } catch (const UsageError& e) {
    return refuseUsage(e.what());
  } catch (const ebm::ArgumentError& e) {
    // Arguments the parser let through but the command cannot use (a picture size the renderer refuses).
    return refuseUsage(e.what());
  } catch (const std::exception& e) {
    printError(QString::fromStdString(e.what()));
    return 1;
  }
  return 0;
}

}  // namespace ebmapp
