// A teacher's own points adopted by a lesson: kept in the file's units, standardized for the engine, and the
// box fitted around them.
#pragma once

#include <string>

#include "data/data_set.h"
#include "data/import_choice.h"
#include "io/lesson.h"

namespace ebm {

/// The margin around imported points, as a fraction of their extent on each side of each axis.
constexpr double kImportBoxMargin = 0.1;

/// Makes `lesson`'s data the points of `data` (in the file's units, with its column and label names), with
/// the standardization fitted to them and the box that holds them with kImportBoxMargin, in engine units.
/// Remembers where they came from: `fileName`, the `choice` of columns and the `skippedRows`. A camera the
/// lesson had set is released (the box moved). Throws DataError if the points' dimension is not the
/// lesson's (the message says what to choose) or the data set is invalid; the lesson is then unchanged.
void adoptImportedPoints(Lesson& lesson, DataSet data, const std::string& fileName,
                         const ImportChoice& choice, Index skippedRows);

}  // namespace ebm
