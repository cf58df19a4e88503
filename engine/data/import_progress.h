// Progress and cancellation of a long import: a callback a GUI hangs its progress bar and Stop button on.
//
// These are generic (training and sampling jobs want the same shape); they live here until core/ has a shared
// Continue/Stop callback type, then they become aliases of it.
#pragma once

#include <cstdint>
#include <functional>

#include "core/errors.h"

namespace ebm {

/// What a progress callback answers: go on, or stop as soon as possible.
enum class ImportDecision { Continue, Stop };

/// Called after each chunk of input is read with the bytes read so far and the total (0 when unknown, e.g. a
/// pipe). Runs on the importing thread; it must be quick and must not throw.
using ImportProgress = std::function<ImportDecision(std::uint64_t bytesRead, std::uint64_t bytesTotal)>;

/// Thrown when an ImportProgress callback answered Stop: the import was cancelled on request, nothing is
/// wrong with the file, and no partial result exists. Not a DataError, so that a caller can tell the two
/// apart.
class ImportCancelled : public Error {
 public:
  using Error::Error;
};

}  // namespace ebm
