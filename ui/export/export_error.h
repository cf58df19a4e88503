// The error an export throws when its result cannot be made: a full disk, a vanished folder, an encoder that
// refuses the settings. Its what() says what happened and what the teacher can do about it.
#pragma once

#include "core/errors.h"

namespace ebmui {

/// Writing or encoding an export failed; nothing partial was left at the destination.
class ExportError : public ebm::Error {
 public:
  using ebm::Error::Error;
};

}  // namespace ebmui
