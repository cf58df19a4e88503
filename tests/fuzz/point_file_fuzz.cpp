// libFuzzer target: the point-file parser (CSV/TSV/whitespace) on arbitrary bytes.
// A malformed file must end in a PointFileError (a DataError); anything else escaping is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/point_file_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto column : {ebm::LabelColumn::Auto, ebm::LabelColumn::None, ebm::LabelColumn::Last}) {
    ebm::PointFileOptions options;
    options.labelColumn = column;
    options.maxPoints = 10'000;
    try {
      const ebm::DataSet data = ebm::readPointText(text, "fuzz.csv", options);
      (void)data;
    } catch (const ebm::DataError&) {
    }
  }
  return 0;
}
