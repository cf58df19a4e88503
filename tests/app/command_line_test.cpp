// The command line parsed in the test process (no program started): each subcommand's valid arguments give
// the options asked, and every missing or invalid value, unknown option or bad number is refused with its
// exact reason. Whether such a refusal exits 2 with the usage is the one process test that remains
// (command_line_reliability_test.cpp).
#include <gtest/gtest.h>

#include "usage_error_of.h"

#include "command_line.h"

namespace {

using ebmapp::Command;
using ebmapp::parseCommandLine;
using ebmtest::usageErrorOf;

// --- The window ---

TEST(CommandLineWindow, NoArgumentsOpenTheWindowOnTheLastLesson) {
  const Command c = parseCommandLine({});
  EXPECT_EQ(c.kind, Command::Kind::Gui);
  EXPECT_TRUE(c.lesson.isEmpty());
  EXPECT_EQ(c.width, 1600);
  EXPECT_EQ(c.height, 900);
  EXPECT_FALSE(c.play || c.presentation || c.recover);
  EXPECT_TRUE(c.screenshotPath.isEmpty());
  EXPECT_TRUE(c.data.file.empty());
}

TEST(CommandLineWindow, EveryOptionIsRead) {
  const Command c =
      parseCommandLine({"my-lesson.json", "--play", "--presentation", "--recover", "--screenshot", "shot.png",
                        "--width", "800", "--height", "600", "--data", "points.csv", "--columns", "a, b",
                        "--label", "kind", "--skip-lines", "2"});
  EXPECT_EQ(c.kind, Command::Kind::Gui);
  EXPECT_EQ(c.lesson, QStringLiteral("my-lesson.json"));
  EXPECT_TRUE(c.play);
  EXPECT_TRUE(c.presentation);
  EXPECT_TRUE(c.recover);
  EXPECT_EQ(c.screenshotPath, QStringLiteral("shot.png"));
  EXPECT_EQ(c.width, 800);
  EXPECT_EQ(c.height, 600);
  EXPECT_EQ(c.data.file, "points.csv");
  EXPECT_EQ(c.data.choice.coordinates, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(c.data.choice.label, "kind");
  EXPECT_EQ(c.data.choice.skipLines, 2);
}

TEST(CommandLineWindow, SizesAtTheLimitsAreTaken) {
  const Command smallest = parseCommandLine({"--width", "16", "--height", "16"});
  EXPECT_EQ(smallest.width, 16);
  EXPECT_EQ(smallest.height, 16);
  const Command largest = parseCommandLine({"--width", "3840", "--height", "2160"});
  EXPECT_EQ(largest.width, 3840);
  EXPECT_EQ(largest.height, 2160);
}

TEST(CommandLineWindow, NonsenseIsRefusedWithItsReason) {
  EXPECT_EQ(usageErrorOf({"--width", "inf"}), "--width needs a whole number from 16 to 3840, not \"inf\".");
  EXPECT_EQ(usageErrorOf({"--height", "nan"}), "--height needs a whole number from 16 to 2160, not \"nan\".");
  EXPECT_EQ(usageErrorOf({"--width", "99999999999"}),
            "--width needs a whole number from 16 to 3840, not \"99999999999\".");
  EXPECT_EQ(usageErrorOf({"--width", "0"}), "--width needs a whole number from 16 to 3840, not \"0\".");
  EXPECT_EQ(usageErrorOf({"--width", "15"}), "--width needs a whole number from 16 to 3840, not \"15\".");
  EXPECT_EQ(usageErrorOf({"--height", "-3"}), "--height needs a whole number from 16 to 2160, not \"-3\".");
  EXPECT_EQ(usageErrorOf({"--height", "2161"}),
            "--height needs a whole number from 16 to 2160, not \"2161\".");
  EXPECT_EQ(usageErrorOf({"--screenshot"}), "--screenshot needs a value.");
  EXPECT_EQ(usageErrorOf({"--screenshot", "--play"}), "--screenshot needs a value.");
  EXPECT_EQ(usageErrorOf({"--recover", "--frobnicate"}), "Unknown option \"--frobnicate\".");
  EXPECT_EQ(usageErrorOf({"--nonsense"}), "Unknown option \"--nonsense\".");
  EXPECT_EQ(usageErrorOf({"a.json", "b.json"}), "Open one lesson at a time, not also \"b.json\".");
}

// --- The point-file options, shared by the window, render, export and train ---

TEST(CommandLinePointFile, ColumnsAreTwoOrThreeNamesOrNumbers) {
  const Command three = parseCommandLine({"--data", "p.tsv", "--columns", "1,3,5"});
  EXPECT_EQ(three.data.choice.coordinates, (std::vector<std::string>{"1", "3", "5"}));
  EXPECT_EQ(three.data.choice.skipLines, 0);
  const std::string columns =
      "--columns needs 2 or 3 column names or numbers, separated by commas (x,y or x,y,z)";
  EXPECT_EQ(usageErrorOf({"--data", "p.csv", "--columns", "a"}), columns + ", not \"a\".");
  EXPECT_EQ(usageErrorOf({"--data", "p.csv", "--columns", "a,b,c,d"}), columns + ", not \"a,b,c,d\".");
  EXPECT_EQ(usageErrorOf({"--data", "p.csv", "--columns", "a,,b"}), columns + ", not \"a,,b\".");
}

TEST(CommandLinePointFile, OptionsWithoutTheirFileAreRefused) {
  const std::string withData = "--columns, --label and --skip-lines go with --data FILE.";
  EXPECT_EQ(usageErrorOf({"--columns", "a,b"}), withData);
  EXPECT_EQ(usageErrorOf({"--skip-lines", "1"}), withData);
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--columns", "a,b"}), withData);
  EXPECT_EQ(usageErrorOf({"export", "--out", "x.mp4", "--label", "kind", "--columns", "a,b"}), withData);
  EXPECT_EQ(usageErrorOf({"--data", "p.csv", "--label", "kind"}),
            "--label goes with --columns: choose the x and y columns too (--columns A,B).");
  EXPECT_EQ(usageErrorOf({"--data", "p.csv", "--columns", "a,b", "--label", " "}),
            "--label needs a column name or number.");
  EXPECT_EQ(usageErrorOf({"--data", "p.csv", "--skip-lines", "-1"}),
            "--skip-lines needs a whole number ≥ 0, not \"-1\".");
  EXPECT_EQ(usageErrorOf({"--data", "p.csv", "--skip-lines", "many"}),
            "--skip-lines needs a whole number ≥ 0, not \"many\".");
  EXPECT_EQ(usageErrorOf({"--data"}), "--data needs a value.");
}

// --- render ---

TEST(CommandLineRender, ReadsTheLessonTheFileAndTheSize) {
  const Command c = parseCommandLine({"render", "energy-and-probability", "--out", "still.PNG", "--width",
                                      "640", "--height", "360", "--data", "p.csv"});
  EXPECT_EQ(c.kind, Command::Kind::Render);
  EXPECT_EQ(c.lesson, QStringLiteral("energy-and-probability"));
  EXPECT_EQ(c.outputPath, QStringLiteral("still.PNG"));
  EXPECT_EQ(c.width, 640);
  EXPECT_EQ(c.height, 360);
  EXPECT_EQ(c.data.file, "p.csv");
  const Command defaults = parseCommandLine({"render", "--out", "x.png"});
  EXPECT_TRUE(defaults.lesson.isEmpty());
  EXPECT_EQ(defaults.width, 1600);
  EXPECT_EQ(defaults.height, 900);
}

TEST(CommandLineRender, NonsenseIsRefusedWithItsReason) {
  EXPECT_EQ(usageErrorOf({"render"}), "render needs --out FILE.png.");
  EXPECT_EQ(usageErrorOf({"render", "--width", "64"}), "render needs --out FILE.png.");
  EXPECT_EQ(usageErrorOf({"render", "--out"}), "--out needs a value.");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.bmp"}),
            "render writes PNG: the --out file must end in .png.");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.jpg"}),
            "render writes PNG: the --out file must end in .png.");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--width", "inf"}),
            "--width needs a whole number from 16 to 3840, not \"inf\".");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--width", "wide"}),
            "--width needs a whole number from 16 to 3840, not \"wide\".");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--width"}), "--width needs a value.");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--width", "4000"}),
            "--width needs a whole number from 16 to 3840, not \"4000\".");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--width", "100000"}),
            "--width needs a whole number from 16 to 3840, not \"100000\".");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--height", "1e9"}),
            "--height needs a whole number from 16 to 2160, not \"1e9\".");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--bogus"}),
            "render does not know the option \"--bogus\".");
  EXPECT_EQ(usageErrorOf({"render", "--out", "x.png", "--fps", "10"}),
            "render does not know the option \"--fps\".");
  EXPECT_EQ(usageErrorOf({"render", "a", "b", "--out", "x.png"}), "render takes one lesson, not also \"b\".");
}

// --- export ---

TEST(CommandLineExport, ReadsTheLessonTheFileTheSizeAndTheTiming) {
  const Command c = parseCommandLine({"export", "energy-and-probability", "--out", "film.mp4", "--width",
                                      "160", "--height", "96", "--fps", "10", "--duration", "0.5"});
  EXPECT_EQ(c.kind, Command::Kind::Export);
  EXPECT_EQ(c.lesson, QStringLiteral("energy-and-probability"));
  EXPECT_EQ(c.outputPath, QStringLiteral("film.mp4"));
  EXPECT_EQ(c.width, 160);
  EXPECT_EQ(c.height, 96);
  EXPECT_EQ(c.framesPerSecond, 10);
  EXPECT_EQ(c.durationSeconds, 0.5);
}

TEST(CommandLineExport, DefaultsAreFullHdAndTheLessonsTiming) {
  const Command c = parseCommandLine({"export", "--out", "frames/"});
  EXPECT_EQ(c.kind, Command::Kind::Export);
  EXPECT_TRUE(c.lesson.isEmpty());
  EXPECT_EQ(c.outputPath, QStringLiteral("frames/"));
  EXPECT_EQ(c.width, 1920);
  EXPECT_EQ(c.height, 1080);
  EXPECT_EQ(c.framesPerSecond, 0);
  EXPECT_EQ(c.durationSeconds, 0);
}

// A duration or format the lesson cannot be exported with (1e308 s, .mov, an odd MP4 size, a GIF at 60 fps)
// is the export's to refuse, once the lesson is loaded: export_command_test.cpp.
TEST(CommandLineExport, SettingsOnlyTheExportCanJudgeAreLetThrough) {
  EXPECT_EQ(parseCommandLine({"export", "--out", "x.mp4", "--duration", "1e308"}).durationSeconds, 1e308);
  EXPECT_EQ(parseCommandLine({"export", "--out", "x.mov"}).outputPath, QStringLiteral("x.mov"));
  EXPECT_EQ(parseCommandLine({"export", "--out", "x.mp4", "--width", "161"}).width, 161);
}

TEST(CommandLineExport, NonsenseIsRefusedWithItsReason) {
  const QStringList out = {"export", "--out", "x.mp4"};
  EXPECT_EQ(usageErrorOf({"export"}), "export needs --out FILE.mp4, FILE.gif or FOLDER/.");
  EXPECT_EQ(usageErrorOf({"export", "--fps", "10"}), "export needs --out FILE.mp4, FILE.gif or FOLDER/.");
  const std::string duration = "--duration needs a positive number of seconds, not ";
  EXPECT_EQ(usageErrorOf(out + QStringList{"--duration", "inf"}), duration + "\"inf\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--duration", "nan"}), duration + "\"nan\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--duration", "-inf"}), duration + "\"-inf\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--duration", "-1"}), duration + "\"-1\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--duration", "0"}), duration + "\"0\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--duration"}), "--duration needs a value.");
  const std::string fps = "--fps needs a whole number from 1 to 120, not ";
  EXPECT_EQ(usageErrorOf(out + QStringList{"--fps", "inf"}), fps + "\"inf\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--fps", "1000"}), fps + "\"1000\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--fps", "0"}), fps + "\"0\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--fps", "many"}), fps + "\"many\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--width", "1e4"}),
            "--width needs a whole number from 16 to 3840, not \"1e4\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--width", "5000"}),
            "--width needs a whole number from 16 to 3840, not \"5000\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--height", "99999"}),
            "--height needs a whole number from 16 to 2160, not \"99999\".");
  EXPECT_EQ(usageErrorOf(out + QStringList{"--bogus"}), "export does not know the option \"--bogus\".");
  EXPECT_EQ(usageErrorOf({"export", "one", "two", "--out", "x.mp4"}),
            "export takes one lesson, not also \"two\".");
}

// --- sample ---

TEST(CommandLineSample, ReadsTheLessonTheStepsAndJson) {
  const Command c = parseCommandLine({"sample", "langevin-sampling", "--steps", "30", "--json"});
  EXPECT_EQ(c.kind, Command::Kind::Sample);
  EXPECT_EQ(c.sample.lesson, "langevin-sampling");
  EXPECT_EQ(c.sample.steps, 30);
  EXPECT_TRUE(c.sample.json);
  const Command defaults = parseCommandLine({"sample", "lesson.json"});
  EXPECT_EQ(defaults.sample.steps, 0);
  EXPECT_FALSE(defaults.sample.json);
}

TEST(CommandLineSample, NonsenseIsRefusedWithItsReason) {
  EXPECT_EQ(usageErrorOf({"sample"}), "sample needs a lesson (a built-in name or a .json file).");
  EXPECT_EQ(usageErrorOf({"sample", "--json"}), "sample needs a lesson (a built-in name or a .json file).");
  EXPECT_EQ(usageErrorOf({"sample", "a", "--steps", "0"}),
            "--steps needs a whole number from 1 to 100000000, not \"0\".");
  EXPECT_EQ(usageErrorOf({"sample", "a", "--steps"}), "--steps needs a value.");
  EXPECT_EQ(usageErrorOf({"sample", "a", "--frames", "3"}), "sample does not know \"--frames\".");
  EXPECT_EQ(usageErrorOf({"sample", "a", "b"}), "sample takes one lesson, not also \"b\".");
}

// --- help, version, lessons ---

TEST(CommandLineInformation, HelpVersionAndLessonsTakeNoArguments) {
  for (const char* help : {"--help", "-h", "help"})
    EXPECT_EQ(parseCommandLine({help}).kind, Command::Kind::Help) << help;
  EXPECT_EQ(parseCommandLine({"--version"}).kind, Command::Kind::Version);
  EXPECT_EQ(parseCommandLine({"lessons"}).kind, Command::Kind::ListLessons);
  EXPECT_EQ(usageErrorOf({"lessons", "--all"}), "lessons takes no arguments.");
  EXPECT_EQ(usageErrorOf({"--help", "me"}), "--help takes no arguments.");
  EXPECT_EQ(usageErrorOf({"-h", "me"}), "--help takes no arguments.");
  EXPECT_EQ(usageErrorOf({"--version", "2"}), "--version takes no arguments.");
}

TEST(CommandLineInformation, TheUsageNamesEverySubcommandAndThePointFileOptions) {
  const QString usage = ebmapp::usageText();
  EXPECT_TRUE(usage.startsWith(QStringLiteral("Usage:\n")));
  for (const char* line :
       {"ebmscape [LESSON]", "ebmscape render [LESSON] --out FILE.png",
        "ebmscape train --dataset NAME|--data", "ebmscape export [LESSON] --out FILE.mp4|FILE.gif|FOLDER/",
        "ebmscape sample LESSON [--steps N]", "ebmscape solve PUZZLE | --file FILE",
        "ebmscape hopfield --capacity", "ebmscape lessons", "ebmscape --help | --version",
        "--data FILE.csv reads your own points"}) {
    EXPECT_TRUE(usage.contains(QLatin1String(line))) << line;
  }
}

// --- The walker every subcommand reads its arguments with ---

TEST(ArgumentWalker, AValueMayStartWithOneDashButNotTwo) {
  ebmapp::ArgumentWalker walker({"--shift", "-3", "--next", "--flag"});
  EXPECT_EQ(walker.next(), QStringLiteral("--shift"));
  EXPECT_EQ(walker.valueOf(QStringLiteral("--shift")), QStringLiteral("-3"));
  EXPECT_EQ(walker.next(), QStringLiteral("--next"));
  EXPECT_THROW((void)walker.valueOf(QStringLiteral("--next")), ebmapp::UsageError);
  EXPECT_EQ(walker.next(), QStringLiteral("--flag"));
  EXPECT_TRUE(walker.done());
  EXPECT_THROW((void)walker.valueOf(QStringLiteral("--flag")), ebmapp::UsageError);
}

TEST(ArgumentWalker, NumbersAreCheckedAgainstTheirRange) {
  EXPECT_EQ(ebmapp::parseWholeNumber("--n", "42", 1, 100), 42);
  EXPECT_EQ(ebmapp::parseSeed("--seed", "18446744073709551615"), 18446744073709551615ULL);
  EXPECT_EQ(ebmapp::parsePositiveNumber("--t", "2.5", 10, "a positive number"), 2.5);
  EXPECT_THROW((void)ebmapp::parseSeed("--seed", "18446744073709551616"), ebmapp::UsageError);
  EXPECT_THROW((void)ebmapp::parseSeed("--seed", "-1"), ebmapp::UsageError);
  EXPECT_THROW((void)ebmapp::parsePositiveNumber("--t", "10.5", 10, "a positive number"), ebmapp::UsageError);
}

}  // namespace
