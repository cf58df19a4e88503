#include "io/exact_number.h"

#include <charconv>
#include <cstdlib>

namespace ebm {

double exactNumber(float value) {
  char text[32];
  const auto end = std::to_chars(text, text + sizeof(text) - 1, value).ptr;
  *end = '\0';
  const double shortest = std::strtod(text, nullptr);
  return float(shortest) == value ? shortest : double(value);
}

}  // namespace ebm
