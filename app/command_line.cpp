#include "command_line.h"

#include <algorithm>
#include <functional>
#include <limits>

#include "core/errors.h"
#include "data/data_set_registry.h"
#include "export/offscreen_scene.h"
#include "training/recommended_settings.h"

namespace ebmapp {
namespace {

// Pictures and windows larger than 4K cannot be drawn (or fill no screen); a frame rate above 120 is no
// animation a class can see.
constexpr int kLargestWidth = ebmui::kMaxRenderWidth;
constexpr int kLargestHeight = ebmui::kMaxRenderHeight;
constexpr int kFastestFrameRate = 120;

int parseWidth(const QString& flag, const QString& value) {
  return int(parseWholeNumber(flag, value, ebmui::kMinRenderSize, kLargestWidth));
}

int parseHeight(const QString& flag, const QString& value) {
  return int(parseWholeNumber(flag, value, ebmui::kMinRenderSize, kLargestHeight));
}

// The arguments render and export share — one lesson, --out, --width, --height — and, through `more`, the
// options only one of them knows (it returns false for an option it does not know either).
void parseOffscreen(ArgumentWalker& walker, Command& command, const QString& name,
                    const std::function<bool(const QString&)>& more) {
  while (!walker.done()) {
    const QString argument = walker.next();
    if (argument == QStringLiteral("--out")) {
      command.outputPath = walker.valueOf(argument);
    } else if (argument == QStringLiteral("--width")) {
      command.width = parseWidth(argument, walker.valueOf(argument));
    } else if (argument == QStringLiteral("--height")) {
      command.height = parseHeight(argument, walker.valueOf(argument));
    } else if (parsePointFileFlag(
                   argument, [&] { return walker.valueOf(argument); }, command.data) ||
               (more && more(argument))) {
      continue;
    } else if (argument.startsWith('-')) {
      throw UsageError(
          QStringLiteral("%1 does not know the option \"%2\".").arg(name, argument).toStdString());
    } else if (command.lesson.isEmpty()) {
      command.lesson = argument;
    } else {
      throw UsageError(
          QStringLiteral("%1 takes one lesson, not also \"%2\".").arg(name, argument).toStdString());
    }
  }
  checkPointFileArguments(command.data);
}

Command parseRender(ArgumentWalker& walker) {
  Command command;
  command.kind = Command::Kind::Render;
  parseOffscreen(walker, command, QStringLiteral("render"), {});
  if (command.outputPath.isEmpty()) throw UsageError("render needs --out FILE.png.");
  if (!command.outputPath.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
    throw UsageError("render writes PNG: the --out file must end in .png.");
  }
  return command;
}

// --dataset NAME | --data FILE [--columns --label --skip-lines], --method, --iterations N | --seconds S,
// --seed,
// --out, --json, --train N, --held-out N: every name and number is checked here, so a bad one exits 2 before
// any work.
Command parseTrain(ArgumentWalker& walker) {
  Command command;
  command.kind = Command::Kind::Train;
  TrainArguments& t = command.train;
  while (!walker.done()) {
    const QString argument = walker.next();
    if (argument == QStringLiteral("--dataset")) {
      t.dataset = walker.valueOf(argument).toStdString();
    } else if (parsePointFileFlag(
                   argument, [&] { return walker.valueOf(argument); }, t.data)) {
      continue;
    } else if (argument == QStringLiteral("--method")) {
      t.method = walker.valueOf(argument).toStdString();
    } else if (argument == QStringLiteral("--iterations")) {
      t.iterations = parseWholeNumber(argument, walker.valueOf(argument), 1, 100'000'000);
    } else if (argument == QStringLiteral("--seconds")) {
      t.seconds =
          parsePositiveNumber(argument, walker.valueOf(argument), 1e7, QStringLiteral("a positive number"));
    } else if (argument == QStringLiteral("--seed")) {
      t.seed = parseSeed(argument, walker.valueOf(argument));
    } else if (argument == QStringLiteral("--out")) {
      t.outputPath = walker.valueOf(argument).toStdString();
    } else if (argument == QStringLiteral("--json")) {
      t.json = true;
    } else if (argument == QStringLiteral("--train")) {
      t.trainPoints = parseWholeNumber(argument, walker.valueOf(argument), 1, 10'000'000);
    } else if (argument == QStringLiteral("--held-out")) {
      t.heldOutPoints = parseWholeNumber(argument, walker.valueOf(argument), 1, 10'000'000);
    } else if (argument == QStringLiteral("--energy-finetune")) {
      t.energyFinetune = true;
    } else {
      throw UsageError(QStringLiteral("train does not know \"%1\".").arg(argument).toStdString());
    }
  }
  if (t.dataset.empty() == t.data.file.empty())
    throw UsageError("train needs either --dataset NAME or --data FILE.");
  checkPointFileArguments(t.data);
  if (!t.dataset.empty()) {
    const auto names = ebm::dataSetNames();
    if (std::find(names.begin(), names.end(), t.dataset) == names.end()) {
      std::string known;
      for (const auto& name : names)
        known += (known.empty() ? "" : ", ") + name;
      throw UsageError("There is no data set called \"" + t.dataset + "\" (the data sets: " + known + ").");
    }
  }
  if (t.method != "classifier") {
    try {
      (void)ebm::trainingMethodFromName(t.method);
    } catch (const ebm::ArgumentError& e) {
      throw UsageError(std::string(e.what()) + " Labelled data train a classifier: --method classifier.");
    }
  }
  if (t.energyFinetune && t.method != "classifier")
    throw UsageError("--energy-finetune fine-tunes a classifier's energy: use it with --method classifier.");
  if (t.iterations > 0 && t.seconds > 0) throw UsageError("train takes --iterations or --seconds, not both.");
  return command;
}

Command parseExport(ArgumentWalker& walker) {
  Command command;
  command.kind = Command::Kind::Export;
  command.width = 1920;
  command.height = 1080;
  parseOffscreen(walker, command, QStringLiteral("export"), [&](const QString& argument) {
    if (argument == QStringLiteral("--fps")) {
      command.framesPerSecond =
          int(parseWholeNumber(argument, walker.valueOf(argument), 1, kFastestFrameRate));
    } else if (argument == QStringLiteral("--duration")) {
      // An endless export is refused here, not after hours.
      command.durationSeconds =
          parsePositiveNumber(argument, walker.valueOf(argument), std::numeric_limits<double>::infinity(),
                              QStringLiteral("a positive number of seconds"));
    } else {
      return false;
    }
    return true;
  });
  if (command.outputPath.isEmpty()) throw UsageError("export needs --out FILE.mp4, FILE.gif or FOLDER/.");
  return command;
}

// LESSON, --steps N, --json.
Command parseSample(ArgumentWalker& walker) {
  Command command;
  command.kind = Command::Kind::Sample;
  SampleArguments& s = command.sample;
  while (!walker.done()) {
    const QString argument = walker.next();
    if (argument == QStringLiteral("--steps")) {
      s.steps = parseWholeNumber(argument, walker.valueOf(argument), 1, 100'000'000);
    } else if (argument == QStringLiteral("--json")) {
      s.json = true;
    } else if (argument.startsWith('-')) {
      throw UsageError(QStringLiteral("sample does not know \"%1\".").arg(argument).toStdString());
    } else if (s.lesson.empty()) {
      s.lesson = argument.toStdString();
    } else {
      throw UsageError(
          QStringLiteral("sample takes one lesson, not also \"%1\".").arg(argument).toStdString());
    }
  }
  if (s.lesson.empty()) throw UsageError("sample needs a lesson (a built-in name or a .json file).");
  return command;
}

Command parseGui(ArgumentWalker& walker) {
  Command command;
  while (!walker.done()) {
    const QString argument = walker.next();
    if (argument == QStringLiteral("--screenshot")) {
      command.screenshotPath = walker.valueOf(argument);
    } else if (argument == QStringLiteral("--recover")) {
      command.recover = true;
    } else if (argument == QStringLiteral("--play")) {
      command.play = true;
    } else if (argument == QStringLiteral("--presentation")) {
      command.presentation = true;
    } else if (argument == QStringLiteral("--width")) {
      command.width = parseWidth(argument, walker.valueOf(argument));
    } else if (argument == QStringLiteral("--height")) {
      command.height = parseHeight(argument, walker.valueOf(argument));
    } else if (parsePointFileFlag(
                   argument, [&] { return walker.valueOf(argument); }, command.data)) {
      continue;
    } else if (argument.startsWith('-')) {
      throw UsageError(QStringLiteral("Unknown option \"%1\".").arg(argument).toStdString());
    } else if (command.lesson.isEmpty()) {
      command.lesson = argument;
    } else {
      throw UsageError(
          QStringLiteral("Open one lesson at a time, not also \"%1\".").arg(argument).toStdString());
    }
  }
  checkPointFileArguments(command.data);
  return command;
}

Command kindOnly(Command::Kind kind) {
  Command command;
  command.kind = kind;
  return command;
}

}  // namespace

Command parseCommandLine(const QStringList& arguments) {
  ArgumentWalker walker(arguments);
  if (walker.done()) return {};
  const QString& first = arguments.front();
  if (first == QStringLiteral("--help") || first == QStringLiteral("-h") || first == QStringLiteral("help")) {
    if (arguments.size() > 1) throw UsageError("--help takes no arguments.");
    return kindOnly(Command::Kind::Help);
  }
  if (first == QStringLiteral("--version")) {
    if (arguments.size() > 1) throw UsageError("--version takes no arguments.");
    return kindOnly(Command::Kind::Version);
  }
  if (first == QStringLiteral("lessons")) {
    if (arguments.size() > 1) throw UsageError("lessons takes no arguments.");
    return kindOnly(Command::Kind::ListLessons);
  }
  if (first == QStringLiteral("render")) {
    walker.next();
    return parseRender(walker);
  }
  if (first == QStringLiteral("train")) {
    walker.next();
    return parseTrain(walker);
  }
  if (first == QStringLiteral("solve")) {
    Command command = kindOnly(Command::Kind::Solve);
    command.solve = parseSolveArguments(arguments.mid(1));
    return command;
  }
  if (first == QStringLiteral("hopfield")) {
    Command command = kindOnly(Command::Kind::Hopfield);
    command.hopfield = parseHopfieldArguments(arguments.mid(1));
    return command;
  }
  if (first == QStringLiteral("export")) {
    walker.next();
    return parseExport(walker);
  }
  if (first == QStringLiteral("sample")) {
    walker.next();
    return parseSample(walker);
  }
  return parseGui(walker);
}

QString usageText() {
  return QStringLiteral(
             "Usage:\n"
             "  ebmscape [LESSON] [--play] [--presentation] [--recover] [--screenshot FILE.png] [--width W]\n"
             "           [--height H] [POINTS]\n"
             "      Open the window on a lesson (a built-in name or a .json file; default: the last one).\n"
             "      --play starts the demo: the particles (or the experiment) and the lesson's animation "
             "run.\n"
             "      --presentation opens full screen with larger text, for a projector (F11 in the window).\n"
             "      --recover reopens the lesson autosaved before a crash without asking.\n"
             "      --screenshot saves a picture of the window once the landscape is drawn, then quits.\n"
             "  ebmscape render [LESSON] --out FILE.png [--width W] [--height H] [POINTS]\n"
             "      Render the lesson's landscape offscreen to a PNG (default 1600x900; needs an X display,\n"
             "      e.g. xvfb-run).\n"
             "  ebmscape train --dataset NAME|--data FILE.csv [--columns X,Y[,Z]] [--label L]\n"
             "                 [--skip-lines N] [--method pcd|cd|dsm|nce|rbm|classifier]\n"
             "                 [--iterations N|--seconds S] [--seed S] [--out MODEL.json] [--json]\n"
             "                 [--train N] [--held-out N] [--energy-finetune]\n"
             "      Train headless with a progress bar, then print the held-out negative log-likelihood by\n"
             "      quadrature (and its gap to the true entropy where the data set's density is known); "
             "--json\n"
             "      prints one JSON object. Built-in sets: 20,000 train / 5,000 held-out points. A file's "
             "points\n"
             "      are standardized for training; their NLL is in the file's units. Ctrl-C stops early and\n"
             "      keeps what was learned. --method classifier trains on labelled data by cross-entropy\n"
             "      and reports accuracy and out-of-distribution detection (AUROC, FPR at 95% TPR) by the\n"
             "      energy and the max-softmax scores; --energy-finetune then fine-tunes the energy with\n"
             "      outliers.\n"
             "  ebmscape export [LESSON] --out FILE.mp4|FILE.gif|FOLDER/ [--width W] [--height H] [--fps F]\n"
             "                  [--duration S] [POINTS]\n"
             "      Export the lesson's animation (its keyframes, or a slow orbit with the particles "
             "playing)\n"
             "      offscreen as H.264 MP4, animated GIF or numbered PNG frames (default 1920x1080, the "
             "lesson's\n"
             "      frame rate and duration; needs an X display, e.g. xvfb-run). Ctrl+C cancels cleanly.\n"
             "  ebmscape sample LESSON [--steps N] [--json]\n"
             "      Run the lesson's particles without a window (default: the steps of its animation) and "
             "report\n"
             "      their mean energy, their energy histogram against the Boltzmann prediction and the "
             "total-\n"
             "      variation distance of the two (\"tv_distance\"; at most 0.1 means the particles sample "
             "p_T).\n"
             "  ebmscape solve PUZZLE | --file FILE [--method anneal|tempering|potts] [--seed S]\n"
             "                 [--time-limit S] [--json]\n"
             "      Solve Sudoku puzzles (81 characters: digits, '.' or '0' for blanks; a file holds one per "
             "line)\n"
             "      by energy descent: forced digits first, then parallel tempering (default), annealing, or "
             "the\n"
             "      one-hot Potts energy. Prints each solution, its time and sweeps; --json prints one JSON "
             "object.\n"
             "      Exit 0 only when every puzzle was solved (time limit per puzzle, default 10 s).\n"
             "  ebmscape hopfield --capacity [--neurons N] [--seed S] [--json]\n"
             "      Measure a Hebbian Hopfield network's capacity: store P = alpha*N random patterns for "
             "alpha\n"
             "      from 0.02 to 0.25, start at each, run T = 0 dynamics and print the mean final overlap "
             "and\n"
             "      alpha_c, the first load where it falls below 0.9 (default N = 1000; --json prints\n"
             "      {\"neurons\", \"alpha_c\", \"curve\": [[alpha, overlap], ...]}).\n"
             "  ebmscape lessons       List the built-in lessons.\n"
             "  ebmscape --help | --version\n"
             "  POINTS: --data FILE.csv [--columns X,Y[,Z]] [--label L] [--skip-lines N]\n") +
         pointFileUsage();
}

}  // namespace ebmapp
