#include "panels/number_text.h"

#include <cmath>

namespace ebmui {

QString fixedText(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  // Adding +0.0 turns the −0.0 that rounding leaves for small negative values into +0.0.
  const double rounded = std::round(value * scale) / scale + 0.0;
  return QString::number(rounded, 'f', decimals);
}

}  // namespace ebmui
