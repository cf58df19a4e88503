#include "data/point_file_writer.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>

#include "core/errors.h"
#include "io/atomic_file.h"

namespace ebm {
namespace {

constexpr std::size_t kFlushBytes = std::size_t(1) << 20;

bool needsQuotes(const std::string& text, char delimiter) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return true;
  for (const char c : text) {
    if (c == delimiter || c == '"' || c == '#' || c == ',' || c == ';' || c == '\t' || c == '\n' ||
        c == '\r') {
      return true;
    }
  }
  return false;
}

void appendField(std::string& out, const std::string& text, char delimiter) {
  if (!needsQuotes(text, delimiter)) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';  // a point file has one point per line
      continue;
    }
    out += c;
    if (c == '"') out += '"';
  }
  out += '"';
}

// The header and the points, into an AtomicFile in pieces of about kFlushBytes.
void writePoints(const DataSet& data, const std::filesystem::path& path) {
  AtomicFile file(path);
  const std::string extension = path.extension().string();
  const char delimiter = extension == ".tsv" || extension == ".tab" ? '\t' : ',';

  std::string out;
  const char* const axes[] = {"x", "y", "z"};
  for (int axis = 0; axis < data.dimension; ++axis) {
    if (axis > 0) out += delimiter;
    const bool named =
        data.columnNames.size() == std::size_t(data.dimension) && !data.columnNames[axis].empty();
    appendField(out, named ? data.columnNames[std::size_t(axis)] : axes[axis], delimiter);
  }
  // "label" tells the reader that this column holds names, whatever they look like.
  if (data.hasLabels()) out += std::string(1, delimiter) + "label";
  out += '\n';

  char number[32];
  for (Index i = 0; i < data.size(); ++i) {
    for (int axis = 0; axis < data.dimension; ++axis) {
      if (axis > 0) out += delimiter;
      const auto result = std::to_chars(number, number + sizeof number, data.points(axis, i));
      out.append(number, result.ptr);
      // "3.0", not "3": a column of whole numbers would otherwise read back as labels.
      if (std::find_if(number, result.ptr, [](char c) { return c == '.' || c == 'e'; }) == result.ptr)
        out += ".0";
    }
    if (data.hasLabels()) {
      out += delimiter;
      appendField(out, data.labelNames[std::size_t(data.labels[std::size_t(i)])], delimiter);
    }
    out += '\n';
    if (out.size() > kFlushBytes) {
      file.write(out);
      out.clear();
    }
  }
  file.write(out);
  file.commit();
}

}  // namespace

void writePointFile(const DataSet& data, const std::filesystem::path& path) {
  data.validate();
  try {
    writePoints(data, path);
  } catch (const FileWriteError& e) {
    throw DataError("Could not save the points to \"" + path.string() +
                    "\": " + std::strerror(e.errorNumber()) + ".");
  }
}

}  // namespace ebm
