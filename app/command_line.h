// The ebmscape command line: what each subcommand takes, parsed into a Command or refused with a usage line.
#pragma once

#include <QString>
#include <QStringList>

#include "argument_walker.h"
#include "hopfield_command.h"
#include "sample_command.h"
#include "solve_command.h"
#include "train_command.h"

namespace ebmapp {

struct Command {
  enum class Kind { Gui, Render, Train, Export, Sample, Solve, Hopfield, ListLessons, Help, Version };
  Kind kind = Kind::Gui;
  QString lesson;      ///< built-in name or file; empty = the default lesson
  QString outputPath;  ///< render: the PNG to write; export: FILE.mp4, FILE.gif or a folder
  int width = 1600;
  int height = 900;
  int framesPerSecond = 0;     ///< export: 0 = the lesson's
  double durationSeconds = 0;  ///< export: 0 = the lesson's
  QString screenshotPath;     ///< GUI: save a screenshot of the window once the landscape is shown, then quit
  bool recover = false;       ///< GUI: reopen the lesson autosaved before a crash, without asking
  bool play = false;          ///< GUI: start the demo — particles and the lesson's animation playing
  bool presentation = false;  ///< GUI: open in presentation mode (full screen, larger text)
  PointFileArguments data;    ///< GUI, render, export: the teacher's own points, read into the lesson
  TrainArguments train;       ///< train: everything it was asked
  SampleArguments sample;     ///< sample: everything it was asked
  SolveArguments solve;       ///< solve: everything it was asked
  HopfieldArguments hopfield;  ///< hopfield: everything it was asked
};

/// Parses the arguments after the program name. Throws UsageError with a one-line reason.
[[nodiscard]] Command parseCommandLine(const QStringList& arguments);

/// The usage text printed by --help and after a UsageError.
[[nodiscard]] QString usageText();

}  // namespace ebmapp
