// libFuzzer target: the point-file parser (CSV/TSV/whitespace) on arbitrary bytes.
// A malformed file must end in a PointFileError (a DataError); anything else escaping is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/point_file_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // One label mode per input (each read sets up a 1 MiB buffer): the input's length picks it, so mutations
  // that add or remove a byte try the same text under the other modes.
  constexpr ebm::LabelColumn kModes[] = {ebm::LabelColumn::Auto, ebm::LabelColumn::None,
                                         ebm::LabelColumn::Last};
  ebm::PointFileOptions options;
  options.labelColumn = kModes[size % 3];
  options.maxPoints = 10'000;
  try {
    const ebm::DataSet points = ebm::readPointText(text, "fuzz.csv", options);
    (void)points;
  } catch (const ebm::DataError&) {
  }
  return 0;
}
