#include "io/lesson_import.h"

#include "core/errors.h"
#include "data/standardization.h"

namespace ebm {

void adoptImportedPoints(Lesson& lesson, DataSet data, const std::string& fileName,
                         const ImportChoice& choice, Index skippedRows) {
  const int d = lesson.box.dimension;
  if (data.dimension != d) {
    throw DataError(std::to_string(data.dimension) + "D points do not fit a " + std::to_string(d) +
                    "D lesson: choose " + (d == 2 ? "2 columns (x, y)" : "3 columns (x, y, z)") +
                    ", or open a " + std::to_string(data.dimension) + "D lesson first.");
  }
  data.validate();
  DataSpec spec;
  spec.source = DataSpec::Source::Points;
  spec.standardization = Standardization::fit(data.points);
  const Box box = boxAround(spec.standardization.toEngine(data.points), kImportBoxMargin);
  spec.points = std::move(data.points);
  spec.labels = std::move(data.labels);
  spec.labelNames = std::move(data.labelNames);
  spec.columnNames = std::move(data.columnNames);
  if (!spec.columnNames.empty() && int(spec.columnNames.size()) != d) spec.columnNames.clear();
  spec.importedFrom = fileName;
  spec.importChoice = choice;
  spec.skippedRows = skippedRows;
  lesson.data = std::move(spec);
  lesson.box = box;
  lesson.view.camera.set = false;
}

}  // namespace ebm
