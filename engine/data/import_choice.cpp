#include "data/import_choice.h"

#include "core/errors.h"

namespace ebm {

void ImportChoice::validate() const {
  if (coordinates.size() == 1 || coordinates.size() > 3) {
    throw ArgumentError("Choose 2 or 3 columns as x, y[, z], not " + std::to_string(coordinates.size()) +
                        ".");
  }
  if (coordinates.empty() && !label.empty())
    throw ArgumentError("A label column is chosen together with the x and y columns.");
  for (const auto& column : coordinates)
    if (column.empty()) throw ArgumentError("A chosen column has no name or number.");
  if (skipLines < 0) throw ArgumentError("The lines to skip cannot be negative.");
}

}  // namespace ebm
