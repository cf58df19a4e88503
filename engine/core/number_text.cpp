#include "core/number_text.h"

#include <sstream>

namespace ebm {

std::string shortNumber(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace ebm
