// Saving a data set's points as a CSV/TSV file that readPointFile() reads back.
#pragma once

#include <filesystem>

#include "data/data_set.h"

namespace ebm {

/// Writes `data` as delimited text: tabs for a .tsv or .tab file, commas otherwise. A header
/// "x,y[,z][,label]" (the data set's column names if it has them), then one point per line with each
/// coordinate in the shortest form that reads back to the same float (whole numbers as "3.0", so they never
/// pass for labels), and the label's name (quoted when needed). readPointFile() returns the same points and
/// label names (label numbers follow the names' first appearance). The file appears whole or not at all: it
/// is written beside the target and renamed over it. Throws DataError if the data set is invalid
/// (DataSet::validate()) or the file cannot be written (the message says why: missing folder, no permission,
/// full disk).
void writePointFile(const DataSet& data, const std::filesystem::path& path);

}  // namespace ebm
