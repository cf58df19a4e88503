// libFuzzer target: the point-file parser (CSV/TSV/whitespace) and the import dialog's preview on arbitrary
// bytes. A malformed file must end in a PointFileError (a DataError); anything else escaping is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/point_file_preview.h"
#include "data/point_file_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // One mode per input (each read sets up a 1 MiB buffer): the input's length picks it, so mutations that add
  // or remove a byte try the same text under the other modes — the three label guesses, chosen columns after
  // a skipped line (names and numbers), and the preview.
  constexpr ebm::LabelColumn kModes[] = {ebm::LabelColumn::Auto, ebm::LabelColumn::None,
                                         ebm::LabelColumn::Last};
  ebm::PointFileOptions options;
  options.maxPoints = 10'000;
  try {
    switch (size % 5) {
      case 3:
        options.choice.coordinates = {"1", "y"};
        options.choice.label = "3";
        options.choice.skipLines = 1;
        (void)ebm::readPointText(text, "fuzz.csv", options);
        break;
      case 4:
        (void)ebm::previewPointText(text, int(size % 3), 2 + int(size % 2));
        break;
      default:
        options.labelColumn = kModes[size % 5];
        (void)ebm::readPointText(text, "fuzz.csv", options);
        break;
    }
  } catch (const ebm::DataError&) {
  }
  return 0;
}
